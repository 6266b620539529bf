"""Size limits (article and sentence length) and the not-English warning, on ingest alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import SettingsError
from eventwire.ingest import prepare_article
from eventwire.ingest.limits import (
    _ENGLISH_FUNCTION_WORDS,
    _NOT_LATIN,
    _WORD,
    apply_limits,
    english_share,
    language_note,
    long_stretch,
)
from eventwire.settings import Settings

SENTENCE = "Peru's foreign minister met his Chilean counterpart in Lima on Tuesday, officials said. "


def test_article_over_max_chars_is_cut_and_reported() -> None:
    text = SENTENCE * 100
    article, notes = prepare_article(text, max_chars=1_000, max_sentence_chars=500)
    assert 800 < len(article.text) <= 1_000 and text.startswith(article.text)
    assert article.text.endswith(" his")  # cut at a word boundary
    assert article.truncated_from == len(text.strip())
    assert len(notes) == 1 and "truncated to 999 of" in notes[0] and "--max-chars" in notes[0]


def test_five_megabyte_article_is_cut_quickly() -> None:
    text = SENTENCE * (5_000_000 // len(SENTENCE) + 1)
    assert len(text) > 5_000_000
    article, notes = prepare_article(text, max_chars=20_000, max_sentence_chars=5_000)
    assert 19_800 < len(article.text) <= 20_000 and article.truncated_from == len(text.strip())
    assert len(notes) == 1 and "--max-chars" in notes[0]


def test_one_megabyte_sentence_is_cut_inside_the_sentence() -> None:
    sentence = " ".join(["officials from Peru and Chile met in Lima"] * 25_000)
    assert len(sentence) > 1_000_000 and "." not in sentence
    article, notes = prepare_article("Talks opened. " + sentence, max_sentence_chars=5_000)
    assert article.text.startswith("Talks opened. ")
    assert len(article.text) <= len("Talks opened. ") + 5_000
    assert not article.text.endswith((" ", "Lim"))  # cut at a word boundary
    assert article.truncated_from == len("Talks opened. " + sentence)
    assert "character 14" in notes[0] and "--max-sentence-chars" in notes[0]


def test_line_breaks_and_non_latin_sentence_ends_count_as_sentence_ends() -> None:
    lines = "\n".join(["a table row without a full stop"] * 300)
    assert long_stretch(lines, 100) is None
    assert long_stretch("。".join(["秘鲁外交部长会见了中国外长"] * 300), 100) is None
    assert long_stretch("x" * 50 + ". " + "y" * 150, 100) == 52


def test_no_limit_no_cut() -> None:
    text = "word " * 5_000
    assert apply_limits(text, None, None) == (text, None)
    assert prepare_article(text)[0].truncated_from is None


@pytest.mark.parametrize(
    "text",
    [
        "El ministro de Relaciones Exteriores del Perú se reunió el martes con su homólogo chino para "
        "discutir el puerto de Chancay, dijeron funcionarios. Las conversaciones se celebraron en Lima.",
        "Der peruanische Außenminister hat am Dienstag seinen chinesischen Amtskollegen getroffen, um über "
        "den Hafen von Chancay zu sprechen, sagten Beamte. Die Gespräche fanden in Lima statt.",
        "Министр иностранных дел Перу во вторник встретился со своим китайским коллегой.",
        "秘鲁外交部长周二会见了中国外长，讨论钱凯港问题。官员们说，会谈在利马举行。",
    ],
)
def test_non_english_text_is_accepted_with_a_warning(text: str) -> None:
    article, notes = prepare_article(text)
    assert article.text == text
    assert len(notes) == 1 and "does not look like English" in notes[0]


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE * 3,
        "PERU CHILE PORT DEAL SIGNED AFTER TALKS",  # too short to judge
        "Peru, Chile sign port deal",
    ],
)
def test_english_and_short_text_get_no_language_warning(text: str) -> None:
    assert language_note(text) is None


def test_settings_bound_the_article_limit_by_spacy_maximum() -> None:
    assert Settings().max_article_chars <= 1_000_000
    with pytest.raises(SettingsError, match="max_article_chars"):
        Settings.make(max_article_chars=2_000_000)
    with pytest.raises(SettingsError, match="max_sentence_chars"):
        Settings.make(max_sentence_chars=0)


@given(
    st.text(alphabet="aAtThHeEsSiI \u00e9\u0142\u03a3\u03c3\u0416\u4e2d\u0645\u0130\u212a1_.,'", max_size=80)
)
def test_english_share_counts_words_and_letters_one_by_one(text: str) -> None:
    """The counts are those of a plain loop over the words and their letters."""
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    latin = sum(1 for w in words for ch in w if not _NOT_LATIN.match(ch))
    english = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS)
    expected = (len(words), letters, english / len(words), latin / letters) if words else (0, 0, 0.0, 0.0)
    assert english_share(text) == expected
