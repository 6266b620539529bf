"""guess_tense and guess_tense_at: cue-based tense of a sentence or of one expression in it."""

from __future__ import annotations

import pytest

from eventwire.temporal import guess_tense, guess_tense_at


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president will visit Mexico on Monday.", "future"),
        ("Officials said the talks are expected to resume in May.", "future"),
        ("The government plans to raise taxes next year.", "future"),
        ("The minister is to meet his counterpart on Friday.", "future"),
        ("They'll decide soon.", "future"),
        ("Protesters clashed with police on Tuesday.", "past"),
        ("The minister said on Tuesday that prices rose.", "past"),
        ("The agreement was signed two years ago.", "past"),
        ("Prices are high.", None),
        ("", None),
    ],
)
def test_guess_tense(sentence: str, expected: str | None) -> None:
    assert guess_tense(sentence) == expected


def test_guess_tense_at_prefers_the_nearest_cue() -> None:
    sentence = "The minister said Tuesday he will travel to Ottawa."
    start = sentence.index("Tuesday")
    assert guess_tense(sentence) == "future"
    assert guess_tense_at(sentence, start, start + len("Tuesday")) == "past"


def test_guess_tense_at_counts_clause_boundaries_first() -> None:
    sentence = "Closures will begin on April 7, the agency said."
    start = sentence.index("April 7")
    assert guess_tense_at(sentence, start, start + len("April 7")) == "future"


def test_guess_tense_at_ignores_passive_participles_and_own_cues() -> None:
    sentence = "A memoir is due to be published in May."
    start = sentence.index("May")
    assert guess_tense_at(sentence, start, start + 3) == "future"
    assert guess_tense_at("last year", 0, 9) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "She will be formally named to the post on Wednesday.",
        "Officials say the ban will be quickly reversed on Wednesday.",
    ],
)
def test_an_adverb_between_auxiliary_and_participle_keeps_it_a_participle(sentence: str) -> None:
    start = sentence.index("Wednesday")
    assert guess_tense_at(sentence, start, start + len("Wednesday")) == "future"
