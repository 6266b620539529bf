from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.attribution import load_attribution_lexicon
from eventwire.events.fallbacks import (
    authors,
    doers_through_verb,
    fallback_targets,
    meeting_partners,
    occurring_verb,
    taking_part,
)
from eventwire.events.lexicon import load_lexicon


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


def test_the_other_side_of_talks_asked_for_is_a_near_target() -> None:
    doc = _doc(
        ["Peru", "called", "for", "talks", "with", "Chile", "."],
        [1, 1, 1, 2, 3, 4, 1],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"],
    )
    assert [t.text for t in fallback_targets(doc[1])[0]] == ["Chile"]


@pytest.mark.parametrize(("noun", "far"), [("talks", []), ("raids", ["Lima"])])
def test_the_place_a_gathering_meets_in_is_no_target(noun: str, far: list[str]) -> None:
    doc = _doc(
        ["Peru", "rejected", "the", noun, "in", "Lima", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"],
    )
    doc[3].lemma_ = noun.rstrip("s")
    assert [t.text for t in fallback_targets(doc[1])[1]] == far


def test_whom_a_complement_is_aimed_at_comes_before_its_object() -> None:
    """ "threatened to use force against protesters": the protesters, then the force."""
    doc = _doc(
        ["Peru", "threatened", "to", "use", "force", "against", "protesters", "."],
        [1, 1, 3, 1, 3, 3, 5, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"],
        ["B-GPE", "O", "O", "O", "O", "O", "O", "O"],
    )
    near, far = fallback_targets(doc[1])
    assert near == [] and [t.text for t in far] == ["protesters", "force"]


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


@pytest.mark.parametrize(
    ("prep", "event_verbs", "partner", "expected"),
    [
        ("after", set(), True, ["Ruto"]),  # "Ruto spoke after talks with Chile"
        ("after", {1}, True, ["Ruto"]),  # "Ruto agreed after talks with Chile": the talks came first
        ("during", set(), True, ["Ruto"]),
        ("during", {1}, True, []),  # an act of its own during the talks: its own event
        ("after", set(), False, []),  # "after talks on trade": no other side named
    ],
)
def test_talks_held_before_or_while_the_subject_acts_are_its_own(
    prep: str, event_verbs: set[int], partner: bool, expected: list[str]
) -> None:
    """ "Ruto spoke after talks with Chile": Ruto held the talks, with the side they name."""
    other = ["with", "Chile"] if partner else ["on", "trade"]
    doc = _doc(
        ["Ruto", "spoke", prep, "talks", *other],
        [1, 1, 1, 2, 3, 4],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
        ["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN" if partner else "NOUN"],
        ["B-PERSON", "O", "O", "O", "O", "B-GPE" if partner else "O"],
    )
    assert [t.text for t in taking_part(doc[3], "CONSULT", event_verbs)] == expected


@pytest.mark.parametrize(
    ("addressee", "ent", "event_type", "expected"),
    [
        ("Aoun", "B-PERSON", "CONSULT", ["Aoun"]),
        ("reporters", "O", "CONSULT", []),  # no named actor: the people told are no side of the call
        ("Aoun", "B-PERSON", "AGREE", []),
    ],
)
def test_the_one_a_verb_addressed_is_the_other_side_of_the_call_it_was_done_in(
    addressee: str, ent: str, event_type: str, expected: list[str]
) -> None:
    """ "Hariri told Aoun in a phone call": Aoun was on the call."""
    doc = _doc(
        ["Hariri", "told", addressee, "in", "a", "call"],
        [1, 1, 1, 1, 5, 3],
        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
        ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN"],
        ["B-PERSON", "O", ent, "O", "O", "O"],
    )
    found = meeting_partners(doc[5], event_type, ("prep:with", "prep:between"))
    assert [t.text for t in found] == expected


def test_a_place_gone_to_during_a_visit_is_no_side_of_it() -> None:
    doc = _doc(
        ["delegations", "went", "to", "China", "during", "a", "visit"],
        [1, 1, 1, 2, 1, 6, 4],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
        ["NOUN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN"],
        ["O", "O", "O", "B-GPE", "O", "O", "O"],
    )
    assert meeting_partners(doc[6], "CONSULT", ("prep:to",)) == []


@pytest.mark.model
def test_a_meeting_an_act_was_done_in_is_with_the_one_it_addressed(coder: Any) -> None:
    text = (
        "WASHINGTON (Reuters) - On Feb. 14, Trump asked FBI Director James Comey in an Oval Office "
        "meeting to end the investigation into ties between Flynn and Russia."
    )
    meetings = [e for e in coder.code(text, date="2017-06-01") if e.event_type == "CONSULT"]
    assert [(e.source[0].code, e.target[0].code) for e in meetings] == [("USAGOV", "USACOP")]


def _doers(nlp: Any, sentence: str, noun: str, verbs: frozenset[int] = frozenset()) -> tuple[list[str], Any]:
    doc = nlp(sentence)
    word = next(t for t in doc if t.text == noun)
    lexicon, reporting = load_lexicon(), load_attribution_lexicon().reporting_verbs
    doers, verb = doers_through_verb(word, lexicon.light_verbs, reporting, set(verbs))
    return [t.text for t in doers], verb.text if verb is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "noun", "doers", "verb"),
    [
        ("The offensive was carried out by Iraqi troops.", "offensive", ["troops"], "carried"),
        ("It was a demand made by Iran and Turkey.", "demand", ["Iran"], "made"),  # conjuncts: actors stage
        ("The agreement that Sanders reached with Corker ended.", "agreement", ["Sanders"], "reached"),
        ("He spoke of the talks he had with Abe.", "talks", ["he"], "had"),
        ("The rebels claimed responsibility for the attack.", "attack", ["rebels"], "claimed"),
        # a present "have" is a state, a reporting verb judges, a date is no agent, "no group" claims nothing
        ("That is the concern we have about the plan.", "concern", [], None),
        ("He repeated a charge that Comey declared false.", "charge", [], None),
        ("An agreement could be reached by mid-August.", "agreement", [], None),
        ("No group has claimed responsibility for the attack.", "attack", [], None),
        ("The rebels denied responsibility for the attack.", "attack", [], None),
        ("The summit, which made headlines, ended.", "summit", [], None),
    ],
)
def test_who_does_a_noun_event_through_a_verb(
    nlp: Any, sentence: str, noun: str, doers: list[str], verb: str | None
) -> None:
    assert _doers(nlp, sentence, noun) == (doers, verb)


@pytest.mark.model
def test_a_light_verb_that_is_an_event_of_its_own_carries_its_own_frame(nlp: Any) -> None:
    """ "sanctions imposed by the U.S.": the verb's own frame, when the rules coded it, names the doer."""
    doc = nlp("The sanctions imposed by Washington hurt Russia.")
    imposed = next(t.i for t in doc if t.text == "imposed")
    assert _doers(nlp, doc.text, "sanctions", frozenset({imposed})) == ([], None)
    assert _doers(nlp, doc.text, "sanctions") == (["Washington"], "imposed")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "noun", "verb"),
    [
        ("Talks between the two sides took place in Oslo on Tuesday.", "Talks", "took"),
        ("The offensive began on Monday.", "offensive", "began"),
        ("Negotiations will resume in Vienna next week.", "Negotiations", "resume"),
        ("Fighting broke out in the north on Sunday.", "Fighting", "broke"),
        ("The meeting was held in Cairo on Friday.", "meeting", "held"),
        # a verb of ending or planning, or one that is not about the event happening
        ("He will leave after the war ends.", "war", None),
        ("The summit had been set for April 5.", "summit", None),
        ("The talks failed on Tuesday.", "talks", None),
        ("They discussed the talks on Tuesday.", "talks", None),
    ],
)
def test_the_verb_that_says_when_a_noun_event_happens(
    nlp: Any, sentence: str, noun: str, verb: str | None
) -> None:
    doc = nlp(sentence)
    found = occurring_verb(next(t for t in doc if t.text == noun), set())
    assert (found.text if found is not None else None) == verb


@pytest.mark.model
def test_a_verb_the_rules_code_is_no_occurring_verb(nlp: Any) -> None:
    doc = nlp("The protests continued on Friday.")
    continued = next(t.i for t in doc if t.text == "continued")
    assert occurring_verb(doc[1], {continued}) is None
    assert occurring_verb(doc[1], set()) == doc[continued]


@pytest.mark.model
def test_a_noun_event_takes_the_date_place_and_mood_of_the_verb_it_happens_by(coder: Any) -> None:
    text = (
        "KYIV, March 5 (Reuters) - Talks between Russian and Ukrainian officials took place in Istanbul "
        "on Tuesday. Negotiations between Russia and Ukraine will resume in Geneva on Friday."
    )
    took, resume = coder.code(text, date="2025-03-05")
    assert (took.date, took.location.name, took.factuality) == ("2025-03-04", "Istanbul", "asserted")
    assert (resume.date, resume.location.name, resume.factuality) == ("2025-03-07", "Geneva", "planned")


def test_whom_a_warned_act_is_aimed_at_is_a_far_target() -> None:
    doc = _doc(
        ["Peru", "warned", "that", "it", "would", "retaliate", "against", "Chile", "."],
        [1, 1, 5, 5, 5, 1, 5, 6, 1],
        ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
    )
    near, far = fallback_targets(doc[1])
    assert [t.text for t in near] == [] and [t.text for t in far] == ["Chile"]


def test_the_agent_of_a_participle_on_the_object_owns_it() -> None:
    """ "Peru criticised remarks made by Chile": Chile's remarks."""
    doc = _doc(
        ["Peru", "criticised", "remarks", "made", "by", "Chile", "."],
        [1, 1, 1, 2, 3, 4, 1],
        ["nsubj", "ROOT", "dobj", "acl", "agent", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"],
    )
    assert [t.text for t in fallback_targets(doc[1])[0]] == ["Chile"]


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("Chilean air strikes pounded Peruvian rebels near the border.", ["PERREB"]),
        ("Chilean air strikes hit Peruvian rebels in the north.", ["PERREB"]),
    ],
)
def test_whom_an_attack_named_as_a_subject_reaches_is_its_verbs_object(
    coder: Any, sentence: str, targets: list[str]
) -> None:
    """ "air strikes pounded X": the verb codes nothing of its own, so X is the attack's target."""
    attack = next(e for e in coder.code(sentence, date="2021-06-10") if e.event_type == "ASSAULT")
    assert [a.code for a in attack.target] == targets
