"""The event decisions of events/decide.py, called directly: sense choice, type, CAMEO code."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import spacy
from spacy.tokens import Doc

from eventwire.attribution.sources import NO_ATTRIBUTION
from eventwire.events.decide import (
    announced_by_source,
    event_code,
    event_type,
    noun_sense,
    offered,
    verb_sense,
)
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense, VerbalReadings
from eventwire.models import Actor


def _sense(ptype: str = "CONSULT", cameo: str = "040", when: object = None, confidence: float = 0.8) -> Sense:
    constraint = MappingProxyType(dict(when)) if isinstance(when, Mapping) else MappingProxyType({})
    return Sense(ptype, cameo, None, None, ("object",), ("subject",), constraint, confidence)


GENERAL = _sense()
TALKS = _sense("CONSULT", "043", when={"object": ("talk",)})


def _never(when: Mapping[str, object]) -> bool:
    return False


def _always(when: Mapping[str, object]) -> bool:
    return True


def test_verb_sense_prefers_a_constrained_sense_that_holds() -> None:
    assert verb_sense((GENERAL, TALKS), _always) is TALKS
    assert verb_sense((GENERAL, TALKS), _never) is GENERAL


def test_verb_sense_of_a_reporting_verb_needs_its_constraint() -> None:
    assert verb_sense((GENERAL, TALKS), _never, constrained_only=True) is None
    assert verb_sense((GENERAL, TALKS), _always, constrained_only=True) is TALKS


def test_a_light_verb_yields_to_its_event_noun() -> None:
    assert verb_sense((GENERAL,), _never, yields=lambda: True) is None
    assert verb_sense((TALKS,), _always, yields=lambda: True) is TALKS


def test_noun_sense_takes_the_first_that_applies_in_order() -> None:
    assert noun_sense((GENERAL, TALKS), _always) is GENERAL
    assert noun_sense((TALKS, GENERAL), _never) is GENERAL
    assert noun_sense((TALKS,), _never) is None


def test_event_code_of_a_planned_act_is_its_intent() -> None:
    planned = event_code(_sense("CONSULT", "040"), "planned")
    assert (planned.cameo, planned.event_type) == ("036", "AGREE")
    asserted = event_code(_sense("CONSULT", "040"), "asserted")
    assert (asserted.cameo, asserted.event_type, asserted.quad_class) == ("040", "CONSULT", 1)


def test_a_planned_withdrawal_is_a_concession_when_announced_and_an_offer_when_willing() -> None:
    scheduled = event_code(_sense("RETREAT", "0874"), "planned", announced=False)
    assert (scheduled.cameo, scheduled.event_type) == ("0874", "RETREAT")
    announced = event_code(_sense("RETREAT", "0874"), "planned")
    assert (announced.cameo, announced.event_type) == ("080", "CONCEDE")
    willing = event_code(_sense("RETREAT", "0874"), "planned", offered=True)
    assert (willing.cameo, willing.event_type) == ("035", "AGREE")


def test_an_act_is_offered_as_the_infinitive_of_a_willingness_word() -> None:
    words = ["Chad", "is", "willing", "to", "withdraw", "troops"]
    heads = [1, 1, 1, 4, 2, 4]
    deps = ["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"]
    lemmas = ["Chad", "be", "willing", "to", "withdraw", "troop"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    retreat = _sense("RETREAT", "0874")
    assert offered(EventFrame(doc[4], doc[4], retreat, [], [], [], [], "planned", NO_ATTRIBUTION))
    assert not offered(EventFrame(doc[2], doc[2], retreat, [], [], [], [], "planned", NO_ATTRIBUTION))


def test_event_code_keeps_the_manuals_exceptions_to_the_cameo_table() -> None:
    # CAMEO 055 (apologise) maps to SUPPORT in the table; the PLOVER manual codes an apology as CONCEDE
    apology = event_code(_sense("CONCEDE", "055"), "asserted")
    assert (apology.cameo, apology.event_type) == ("055", "CONCEDE")
    resignation = event_code(_sense("RETREAT", "0831"), "asserted")
    assert (resignation.cameo, resignation.event_type) == ("0831", "RETREAT")


def _frame(sense: Sense, source: list[Actor], target: list[Actor]) -> EventFrame:
    doc = Doc(spacy.blank("en").vocab, words=["They", "met", "officials"], pos=["PRON", "VERB", "NOUN"])
    frame = EventFrame(doc[1], doc[1], sense, [], [], [], [], "asserted", NO_ATTRIBUTION)
    frame.source, frame.target = source, target
    return frame


USA, MEX = Actor(text="US", country="USA", code="USA"), Actor(text="Mexico", country="MEX", code="MEX")


def test_a_meeting_of_civilians_or_refugees_only_is_no_event() -> None:
    migrants = Actor(text="migrants", country="DEU", sector="REF", code="DEUREF")
    doctors = Actor(text="doctors", country="BHR", sector="CVL", code="BHRCVL")
    assert event_type(_frame(GENERAL, [migrants], [MEX]), None) is None
    assert event_type(_frame(GENERAL, [migrants, doctors], [MEX]), None) is None
    assert event_type(_frame(GENERAL, [doctors, USA], [MEX]), None) is GENERAL  # a party that meets
    assert event_type(_frame(_sense("PROTEST", "140"), [doctors], [MEX]), None) is not None


def test_a_states_protest_is_criticism_and_a_crowds_stays_a_protest() -> None:
    protest = _sense("PROTEST", "140")
    lawmakers = Actor(text="lawmakers", country="DEU", sector="LEG", code="DEULEG")
    students = Actor(text="students", country="DEU", sector="EDU", code="DEUEDU")
    doc = Doc(spacy.blank("en").vocab, words=["They", "protested", "it"], lemmas=["they", "protest", "it"])
    state = EventFrame(doc[1], doc[1], protest, [], [], [], [], "asserted", NO_ATTRIBUTION)
    state.source, state.target = [lawmakers], [MEX]
    criticism = event_type(state, None)
    assert criticism is not None and (criticism.type, criticism.cameo, criticism.mode) == (
        "ACCUSE",
        "111",
        "disapprove",
    )
    state.source = [students]
    assert event_type(state, None) is protest
    rally = _frame(protest, [lawmakers], [MEX])  # "met": not the word "protest"
    assert event_type(rally, None) is protest


def test_event_type_needs_a_source_and_keeps_a_vague_sense_without_a_target() -> None:
    vague = _sense(confidence=0.45)
    assert event_type(_frame(GENERAL, [], [MEX]), None) is None
    assert event_type(_frame(GENERAL, [USA], []), None) is GENERAL
    assert event_type(_frame(vague, [USA], []), None) is vague
    assert event_type(_frame(vague, [USA], [MEX]), None) is vague


def test_a_judgement_of_a_thing_is_no_event() -> None:
    judgement = _frame(GENERAL, [USA], [])
    judgement.judgement = True
    judgement.target_heads = [judgement.trigger.doc[2]]  # a common noun no dictionary resolves
    assert event_type(judgement, None) is None
    judgement.target = [MEX]
    assert event_type(judgement, None) is GENERAL


def test_a_judgement_of_someone_unresolved_is_kept() -> None:
    judgement = _frame(GENERAL, [USA], [])
    judgement.judgement = True
    judgement.target_heads = [judgement.trigger.doc[0]]  # "They": an actor the article leaves unnamed
    assert event_type(judgement, None) is GENERAL


def test_a_vague_sense_without_a_target_has_the_lowest_confidence() -> None:
    vague = _sense(confidence=0.45)
    assert _frame(vague, [USA], []).confidence < _frame(vague, [USA], [MEX]).confidence
    assert _frame(vague, [USA], []).confidence < _frame(GENERAL, [USA], []).confidence


def test_event_type_keeps_a_sense_the_verbal_readings_do_not_cover() -> None:
    verbal = VerbalReadings(frozenset({"meet"}), frozenset({"GOV"}), _sense("ACCUSE", "111"))
    assert event_type(_frame(GENERAL, [USA], [MEX]), verbal) is GENERAL


def test_a_violence_verb_between_politicians_is_read_as_words() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Smith", "clashed", "with", "Jones"],
        pos=["PROPN", "VERB", "ADP", "PROPN"],
        lemmas=["Smith", "clash", "with", "Jones"],
    )
    assault = _sense("ASSAULT", "190")
    frame = EventFrame(doc[1], doc[1], assault, [], [], [], [], "asserted", NO_ATTRIBUTION)
    smith = Actor(text="Smith", country="USA", sector="GOV", code="USAGOV")
    frame.source, frame.target = [smith], [smith.model_copy(update={"text": "Jones"})]
    words = _sense("ACCUSE", "111")
    verbal = VerbalReadings(frozenset({"clash"}), frozenset({"GOV"}), words)
    assert event_type(frame, verbal) is words
    frame.target = [Actor(text="troops", country="USA", sector="MIL", code="USAMIL")]
    assert event_type(frame, verbal) is assault


def test_a_claim_is_announced_by_the_source_when_the_speaker_is_of_its_side() -> None:
    frame = _frame(_sense("ASSAULT", "190"), [USA], [MEX])
    assert not announced_by_source(frame)  # no speaker: the report states it
    frame.attribution_actor = Actor(text="the Pentagon", country="USA", code="USAMIL")
    assert announced_by_source(frame)
    frame.attribution_actor = Actor(text="Mexican officials", country="MEX", code="MEXGOV")
    assert not announced_by_source(frame)


def test_an_exercise_of_two_states_is_military_cooperation_and_of_one_a_show_of_force(coder: Any) -> None:
    """The PLOVER manual: "Joint military operations are coded as COOPERATE but single-country
    exercises should be coded as MOBILIZE"."""
    cases = {
        "French and Egyptian warships on Monday launched ten days of war games.": ("COOPERATE", "062"),
        "Russia held military exercises with Belarus on Monday.": ("COOPERATE", "062"),
        "South Korea began military drills on Monday.": ("MOBILIZE", "150"),
        # a state named another way is the one the show of force is aimed at
        "Russia held military exercises near its border with Ukraine on Monday.": ("MOBILIZE", "150"),
    }
    for sentence, coding in cases.items():
        events = coder.code(sentence, "2017-06-01")
        assert [(e.event_type, e.cameo) for e in events] == [coding], sentence


def test_forces_sent_for_disaster_relief_are_aid(coder: Any) -> None:
    """The PLOVER manual: "Mobilizing police or military forces for disaster relief should be coded as
    AID"; forces sent to fight, or with no purpose said, stay a mobilisation."""
    cases = {
        "The government deployed 2,000 troops to help victims of the typhoon.": ("AID", "073"),
        "Mexico deployed soldiers and police to search for survivors of the earthquake.": ("AID", "073"),
        "The United States deployed 3,000 more troops to Afghanistan to fight the Taliban.": (
            "MOBILIZE",
            "154",
        ),
        "South Korea deployed troops to the border after the attack.": ("MOBILIZE", "154"),
    }
    for sentence, coding in cases.items():
        events = coder.code(sentence, "2017-06-01")
        assert [(e.event_type, e.cameo) for e in events] == [coding], sentence


def test_backing_forces_or_fighters_is_military_aid(coder: Any) -> None:
    """The wire gold's convention: "militias backed by Iran", "its support for separatists" are
    AID; backing a measure or praising an army stays SUPPORT."""
    cases = {
        "MOSCOW (Reuters) - Russia has backed separatists in eastern Ukraine since 2014.": ("AID", "072"),
        "DAMASCUS (Reuters) - The Syrian army, supported by Russia, reached the garrison.": ("AID", "072"),
        "WASHINGTON (Reuters) - Obama praised the Iraqi army.": ("SUPPORT", "051"),
        "PARIS (Reuters) - France backed Germany's proposal.": ("SUPPORT", "051"),
    }
    for sentence, coding in cases.items():
        events = coder.code(sentence, "2017-06-01")
        assert [(e.event_type, e.cameo) for e in events] == [coding], sentence


def test_ordering_ones_own_forces_to_a_place_is_a_mobilisation(coder: Any) -> None:
    """An order that sends a state's own troops somewhere mobilises them; an order to act stays a demand."""
    cases = {
        "MOSCOW (Reuters) - Putin ordered troops into eastern Ukraine.": ("MOBILIZE", "154"),
        "CARACAS (Reuters) - Maduro ordered the army to crack down on protesters.": ("REQUEST", "100"),
    }
    for sentence, coding in cases.items():
        events = coder.code(sentence, "2025-09-10")
        assert [(e.event_type, e.cameo) for e in events if e.trigger == "ordered"] == [coding], sentence
