"""Attribution of a claim to its source and the kind of source, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.attribution import continued_quotes, find_attribution, load_attribution_lexicon
from eventwire.data import load_yaml
from eventwire.errors import DataFileError
from eventwire.models import ATTRIBUTION_KINDS

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ("Rebels attacked the village, sources said.", "anonymous", "sources"),
        (
            "Rebels attacked the village, two people familiar with the matter said.",
            "anonymous",
            "two people familiar with the matter",
        ),
        (
            "Officials speaking on condition of anonymity said rebels attacked the village.",
            "anonymous",
            "Officials speaking on condition of anonymity",
        ),
        ("A ministry spokesman said rebels attacked the village.", "official", "A ministry spokesman"),
        ("The ministry said rebels attacked the village.", "official", "The ministry"),
        ("The government said rebels attacked the village.", "official", "The government"),
        ("Rebels attacked the village, according to CNN.", "media", "CNN"),
        ("The newspaper reported that rebels attacked the village.", "media", "The newspaper"),
        ("Reuters reported that Chile recalled its ambassador.", "media", "Reuters"),
        ("John Smith said rebels attacked the village.", "named", "John Smith"),
    ],
)
def test_attribution_kind_and_text(nlp: Any, sentence: str, kind: str, text: str) -> None:
    doc = nlp(sentence)
    anchor = next(t for t in doc if t.lemma_ in ("attack", "recall"))
    found = find_attribution(anchor, anchor.sent)
    assert (found.kind, found.text) == (kind, text)
    assert found.head is not None and found.head.text in text


def test_according_to_an_official_body(nlp: Any) -> None:
    doc = nlp("According to the Foreign Ministry, Russia expelled two diplomats.")
    anchor = next(t for t in doc if t.text == "expelled")
    found = find_attribution(anchor, anchor.sent)
    assert found.kind == "official" and found.text == "the Foreign Ministry"


def test_unattributed_claim_has_kind_none(nlp: Any) -> None:
    doc = nlp("Rebels attacked the village on Monday.")
    found = find_attribution(doc[1], doc[1].sent)
    assert (found.kind, found.text, found.head) == ("none", None, None)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Hezbollah, which is backed by Iran, said on Monday that it attacked the base.", "backed"),
        ("The Kremlin, which has denied meddling in the vote, said it would respond.", "denied"),
    ],
)
def test_what_describes_the_reporter_is_not_its_report(nlp: Any, sentence: str, word: str) -> None:
    """A relative clause on the one who reports is the writer's description of it, not its words."""
    doc = nlp(sentence)
    anchor = next(t for t in doc if t.text == word)
    assert find_attribution(anchor, anchor.sent).kind == "none"
    reported = next(t for t in doc if t.lemma_ in ("attack", "respond"))
    assert find_attribution(reported, reported.sent).kind == "official"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile rejected the talks on Wednesday, a day after Peru's president said he had sent a letter.",
        "Chile rejected the talks on Wednesday as Peru's president said he had sent a letter.",
    ],
)
def test_a_report_told_as_a_circumstance_does_not_attribute_the_main_clause(nlp: Any, sentence: str) -> None:
    """ "a day after X said", "as X said": the writer tells the main clause, not X."""
    doc = nlp(sentence)
    anchor = next(t for t in doc if t.text == "rejected")
    said = next(t for t in doc if t.text == "said")
    assert said.head == anchor  # the attachment this test is about
    assert find_attribution(anchor, anchor.sent).kind == "none"
    reported = next(t for t in doc if t.text == "sent")
    assert find_attribution(reported, reported.sent).text == "Peru's president"


def _continued(nlp: Any, text: str) -> dict[int, str | None]:
    doc = nlp(text)
    sents = list(doc.sents)
    found = continued_quotes(sents)
    return {i: found[s.start].text for i, s in enumerate(sents) if s.start in found}


def test_a_quotation_going_on_in_the_next_sentence_is_the_same_speakers(nlp: Any) -> None:
    text = '"We condemn the decision," the minister said. "We reject the sanctions." Trade fell in May.'
    assert _continued(nlp, text) == {1: "the minister"}
    opened = 'The minister said: "We condemn the decision. We reject the sanctions." Trade fell in May.'
    assert _continued(nlp, opened) == {1: "The minister"}
    closed = 'The minister condemned the decision. "We reject the sanctions," an aide said.'
    assert _continued(nlp, closed) == {}


def test_a_text_that_lost_its_quotation_marks_keeps_its_speakers(nlp: Any) -> None:
    """Some copies of wire text have a space where each quotation mark was ("...the sanctions,  the
    minister said."): those spaces stand for the marks, and a sentence in the first or second
    person goes on with the quotation before it; the story's next line does not."""
    lost = (
        "Chile protested on Monday.  We condemn the decision,  the minister said.  "
        "We reject the sanctions.  Trade fell in May.  Our exports will recover."
    )
    assert _continued(nlp, lost) == {2: "the minister"}
    spaced = "Chile protested.  We condemn the decision, the minister said.  We reject the sanctions."
    assert _continued(nlp, spaced) == {}, "double spaces alone, with no reporting clause after a comma"


def test_attribution_yaml_integrity() -> None:
    raw = load_yaml("attribution.yaml")
    lex = load_attribution_lexicon()
    for name in (
        "reporting_verbs",
        "anonymous_heads",
        "anonymous_cues",
        "official_heads",
        "media_heads",
        "spokes_words",
    ):
        words = [str(w) for w in raw[name]]
        assert words and len(words) == len(set(words)), f"empty list or duplicate in {name}"
        assert all(w == w.strip().lower() and w for w in words), name
    names = [str(n).lower() for n in raw["media_names"]]
    assert len(names) == len(set(names))
    heads = [lex.anonymous_heads, lex.official_heads, lex.media_heads]
    for i, first in enumerate(heads):
        for second in heads[i + 1 :]:
            assert not first & second, "a head noun belongs to two kinds"
    assert set(ATTRIBUTION_KINDS) == {"named", "anonymous", "official", "media", "none"}


def test_attribution_yaml_is_checked_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.attribution.sources as sources

    broken = {**load_yaml("attribution.yaml"), "reporting_verbs": ["say", "Say"]}
    monkeypatch.setattr(sources, "load_yaml", lambda name: broken)
    sources.load_attribution_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="reporting_verbs"):
            sources.load_attribution_lexicon()
    finally:
        monkeypatch.undo()
        sources.load_attribution_lexicon.cache_clear()


def test_we_in_a_quotation_that_lost_its_marks_is_the_speaker(coder: Any) -> None:
    text = (
        "LIMA (Reuters) - Talks with Chile stalled on Monday.  We have asked Chile to reopen the border,  "
        "Peru's foreign minister said.  We have also asked Bolivia to help us."
    )
    (event,) = [e for e in coder.code(text, date="2021-06-10") if e.sentence_index == 2]
    assert event.event_type == "REQUEST" and event.attribution.text == "Peru's foreign minister"
    assert [a.code for a in event.source] == ["PERGOV"]
