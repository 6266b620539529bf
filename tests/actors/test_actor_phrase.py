"""Phrase expansion helpers (actors/phrase.py) on hand-built parses (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors import ActorResolver
from eventwire.actors.lexicon import Lexicon
from eventwire.actors.phrase import expand, join_formal_name, polity_country


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    resolver = ActorResolver()
    resolver.initialize()
    return resolver.lexicon


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = [w.lower() for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_formal_name_is_one_zone(lexicon: Lexicon) -> None:
    doc = _doc(["Republic", "of", "Korea"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["PROPN", "ADP", "PROPN"])
    zones = expand(doc[0], lexicon.generic)
    assert zones[doc[2]] == "of"
    join_formal_name(doc[0], zones, lexicon)
    assert {zones[t] for t in doc} == {"main"}


def test_a_head_or_object_of_only_skippable_words_changes_nothing(lexicon: Lexicon) -> None:
    doc = _doc(["the", "of", "the"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["DET", "ADP", "DET"])
    zones = expand(doc[0], lexicon.generic)
    join_formal_name(doc[0], zones, lexicon)
    assert zones[doc[2]] == "of"
    state = _doc(["state", "of", "the"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "DET"])
    assert polity_country(state[0], frozenset({"state"}), lexicon) is None


def test_a_polity_noun_stands_for_the_country_of_its_of_phrase(lexicon: Lexicon) -> None:
    doc = _doc(["state", "of", "Qatar"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"])
    found = polity_country(doc[0], frozenset({"state"}), lexicon)
    assert found is not None and found.text == "Qatar"
    assert polity_country(doc[0], frozenset({"kingdom"}), lexicon) is None
