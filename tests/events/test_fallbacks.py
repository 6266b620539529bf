from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.events.fallbacks import authors, fallback_targets, taking_part


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_the_owner_of_the_object_is_a_near_target() -> None:
    doc = _doc(
        ["Peru", "rejected", "an", "Indian", "proposal", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
        ["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
        ["B-GPE", "O", "O", "B-NORP", "O", "O"],
    )
    near, far = fallback_targets(doc[1])
    assert [t.text for t in near] == ["Indian"] and far == []


@pytest.mark.parametrize(("prep", "far"), [("to", ["Chile"]), ("despite", [])])
def test_a_place_deep_in_the_object_is_a_far_target_unless_a_circumstance(prep: str, far: list[str]) -> None:
    doc = _doc(
        ["Peru", "demanded", "an", "end", prep, "raids", "in", "Chile", "."],
        [1, 1, 3, 1, 3, 4, 5, 6, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
    )
    assert [t.text for t in fallback_targets(doc[1])[1]] == far


def test_the_authors_of_a_ruling_are_its_owner_and_its_by_phrase() -> None:
    doc = _doc(
        ["the", "court", "'s", "ruling", "by", "judges"],
        [3, 3, 1, 3, 3, 4],
        ["det", "poss", "case", "ROOT", "prep", "pobj"],
        ["DET", "NOUN", "PART", "NOUN", "ADP", "NOUN"],
        ["O"] * 6,
    )
    assert [t.text for t in authors(doc[3])] == ["court", "judges"]


@pytest.mark.parametrize(
    ("event_type", "event_verbs", "expected"),
    [("CONSULT", set(), ["envoys"]), ("AGREE", set(), []), ("CONSULT", {1}, [])],
)
def test_the_subject_of_a_clause_in_talks_takes_part_in_them(
    event_type: str, event_verbs: set[int], expected: list[str]
) -> None:
    """ "envoys are in talks with Chile": the envoys, for talks, not for an agreement ("in agreement
    that" is a shared view) nor when the verb is an event of its own (``event_verbs``)."""
    doc = _doc(
        ["envoys", "are", "in", "talks", "with", "Chile"],
        [1, 1, 1, 2, 3, 4],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
        ["NOUN", "AUX", "ADP", "NOUN", "ADP", "PROPN"],
        ["O", "O", "O", "O", "O", "B-GPE"],
    )
    assert [t.text for t in taking_part(doc[3], event_type, event_verbs)] == expected
