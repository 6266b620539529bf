"""What an object measures or pays for (events/measures.py)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.events.measures import measure_preps


@pytest.mark.parametrize(
    ("word", "lemma", "preps"),
    [
        ("million", "million", ("in",)),  # "$160 million of state funding" is a budget's part
        ("euros", "euro", ("in", "of")),
        ("pounds", "pound", ("in", "of")),
        ("tons", "ton", ("of",)),
    ],
)
def test_what_a_container_holds_is_read_through_its_prepositions(
    word: str, lemma: str, preps: tuple[str, ...]
) -> None:
    token = spacy.blank("en")(word)[0]
    token.lemma_ = lemma
    assert measure_preps(token) == preps
