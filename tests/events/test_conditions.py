"""When a lexicon sense's conditions hold for a trigger (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.conditions import holds, holds_for_noun

pytestmark = pytest.mark.model


def _word(doc: Any, text: str, nth: int = 0) -> Any:
    return [t for t in doc if t.lower_ == text][nth]


def test_a_noun_s_verb_is_the_one_it_is_the_subject_of(nlp: Any) -> None:
    doc = nlp("The strike destroyed two houses, and the strike paralysed the port.")
    when = {"subject_of": ["destroy", "kill"]}
    assert holds_for_noun(when, _word(doc, "strike")) and not holds_for_noun(when, _word(doc, "strike", 1))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Ukrainian strike damaged a refinery.", True),
        ("Israel's strike hit a house.", True),
        ("A French rail strike disrupted travel.", False),
        ("The strike entered its third week.", False),
    ],
)
def test_a_state_modifies_a_noun_unless_a_common_noun_says_its_kind(
    nlp: Any, sentence: str, expected: bool
) -> None:
    assert holds_for_noun({"state_modifier": True}, _word(nlp(sentence), "strike")) is expected


def test_a_verb_s_object_condition_reads_its_object(nlp: Any) -> None:
    doc = nlp("Slovakia dropped its veto on the package.")
    assert holds({"object": ["veto"]}, _word(doc, "dropped"))
    assert not holds({"object": ["objection"]}, _word(doc, "dropped"))


@pytest.mark.parametrize(
    ("sentence", "verb", "clause", "infinitive"),
    [
        ("The court demonstrated that the law was void.", "demonstrated", True, False),
        ("The board declined to renew the licence.", "declined", False, True),
        ("Farmers demonstrated outside parliament.", "demonstrated", False, False),
    ],
)
def test_a_verb_s_clause_and_infinitive_flags(
    nlp: Any, sentence: str, verb: str, clause: bool, infinitive: bool
) -> None:
    token = _word(nlp(sentence), verb)
    assert holds({"clause_any": True}, token) is clause
    assert holds({"infinitive_any": True}, token) is infinitive
    assert holds({"clause_any": False, "infinitive_any": False}, token) is (not clause and not infinitive)
