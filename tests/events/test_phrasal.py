"""A verb's lexicon keys read from the parse (events/phrasal.py), on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events import phrasal, roles

pytestmark = pytest.mark.model


def test_phrasal_keys_kept_per_document_are_those_read_from_the_parse(nlp: Any) -> None:
    doc = nlp("The minister stepped down and the troops pulled out of the town, then came under fire.")
    for verb in (t for t in doc if t.pos_ == "VERB"):
        lemma = verb.lemma_.lower()
        particles = [c for c in verb.children if c.dep_ in phrasal.PARTICLE_DEPS]
        expected = (*(f"{lemma} {c.lower_}" for c in particles), lemma)
        assert phrasal.phrasal_keys(verb) == expected  # read
        assert phrasal.phrasal_keys(verb) == expected  # kept
    stepped = next(t for t in doc if t.text == "stepped")
    assert phrasal.phrasal_keys(stepped)[0] == "step down"
    assert phrasal.phrasal_keys(stepped, frozenset({"nsubj"})) == ("step minister", "step")  # read again
    other = nlp("The minister stepped in.")
    assert (
        phrasal.phrasal_keys(next(t for t in other if t.text == "stepped"))[0] == "step in"
    )  # its own doc's


@pytest.mark.parametrize(
    ("sentence", "verb", "voter"),
    [
        ("Peru's senate passed a bill that would expel Chilean diplomats.", "expel", "senate"),
        ("The Peruvian senate approved a measure imposing tariffs on Chile.", "imposing", "senate"),
        ("The Peruvian senate voted for legislation to impose tariffs on Chile.", "impose", "senate"),
    ],
)
def test_roles_an_enacted_bill_acts_through_its_voters(
    nlp: Any, sentence: str, verb: str, voter: str
) -> None:
    clause = next(t for t in nlp(sentence) if t.text == verb)
    assert roles.enacting_verb(clause) is not None
    assert [t.text for t in roles.subject(clause)] == [voter]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("A senator introduced a bill that would expel Chilean diplomats.", "expel"),
        ("The Peruvian senate passed a bill that Chilean diplomats opposed.", "opposed"),
    ],
)
def test_roles_a_bill_only_introduced_or_a_clause_of_its_own_enacts_nothing(
    nlp: Any, sentence: str, verb: str
) -> None:
    clause = next(t for t in nlp(sentence) if t.text == verb)
    assert roles.enacting_verb(clause) is None


@pytest.mark.parametrize(
    ("sentence", "key", "found"),
    [
        ("The Kenyan blogger was found guilty at a trial in July.", "find guilty", True),
        ("The Kenyan blogger was found not guilty at a trial in July.", "find guilty", False),
        ("A Nairobi court found the blogger guilty of sedition.", "find guilty", True),
        ("The jury found him not guilty.", "find guilty", False),
        ("The Kenyan man pleaded guilty to the charges.", "plead guilty", True),
    ],
)
def test_a_predicate_adjective_makes_a_key_unless_negated(
    nlp: Any, sentence: str, key: str, found: bool
) -> None:
    """ "was found GUILTY" (the parser's object predicate) and "found the blogger GUILTY" (an
    adjective heading a clause of the object) read as "find guilty"; "not guilty" does not."""
    verb = next(t for t in nlp(sentence) if t.pos_ == "VERB")
    assert (key in phrasal.phrasal_keys(verb)) is found


def test_the_subject_of_an_objects_adjective_is_the_verbs_object(nlp: Any) -> None:
    """ "found the blogger guilty": the parser makes "the blogger" the subject of "guilty"."""
    verb = next(t for t in nlp("A Nairobi court found the blogger guilty of sedition.") if t.text == "found")
    assert [t.text for t in roles.direct_object(verb)] == ["blogger"]
