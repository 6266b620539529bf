"""Filling an event frame's sides (actors/sides.py) from resolved heads, on hand-made tokens."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.sides import (
    assumed_source,
    event_actors,
    named_act_agent,
    own_side_warning,
    placed_actors,
)
from eventwire.attribution.sources import NO_ATTRIBUTION
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense
from eventwire.models import Actor, Location

WORDS = ["Ruritania", "and", "Freedonia", "met", "in", "Zenda", "."]
RUR = Actor(text="Ruritania", country="RUR", code="RUR")
FRE = Actor(text="Freedonia", country="FRE", code="FRE")


def _frame(ptype: str = "CONSULT") -> EventFrame:
    doc = Doc(spacy.blank("en").vocab, words=WORDS)
    sense = Sense(ptype, "040", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    return EventFrame(doc[3], doc[3], sense, [doc[0]], [], [], [], "asserted", NO_ATTRIBUTION)


def test_a_split_pair_makes_the_second_conjunct_the_target() -> None:
    frame = _frame()
    frame.split_pair = True
    event_actors(frame, {0: [RUR, FRE]})
    assert (frame.source, frame.target) == ([RUR], [FRE])


def test_a_joint_act_of_two_countries_splits_rather_than_taking_a_third_party() -> None:
    zenda = Actor(text="Zenda", country="ZEN", code="ZEN")
    frame = _frame()
    frame.fallback_foreign = [frame.trigger.doc[5]]
    event_actors(frame, {0: [RUR, FRE], 5: [zenda]})
    assert (frame.source, frame.target) == ([RUR], [FRE])
    frame = _frame()
    event_actors(frame, {0: [RUR, FRE]})
    assert placed_actors(frame, dateline_country="ZEN")
    assert ([a.code for a in frame.source], [a.code for a in frame.target]) == (["RUR"], ["FRE"])


def test_a_joint_act_with_no_other_party_keeps_both_as_its_source() -> None:
    frame = _frame()
    event_actors(frame, {0: [RUR, FRE]})
    assert placed_actors(frame)
    assert (frame.source, frame.target) == ([RUR, FRE], [])


@pytest.mark.parametrize(("words", "head"), [(["each", "other"], 1), (["one", "another"], 0)])
def test_sides_acting_on_each_other_are_each_others_target(words: list[str], head: int) -> None:
    """ "Ruritania and Freedonia blamed each other": both sides, both ways, and no third party
    (with a dateline the story's country would otherwise be taken as the target)."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Ruritania", "and", "Freedonia", "blamed", *words],
        heads=[3, 0, 0, 3, 4 + head, 4 + head],
        deps=["nsubj", "cc", "conj", "ROOT", *(["dobj", "det"] if head == 0 else ["det", "dobj"])],
    )
    sense = Sense("ACCUSE", "112", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    frame = EventFrame(doc[3], doc[3], sense, [doc[0]], [doc[4 + head]], [], [], "asserted", NO_ATTRIBUTION)
    event_actors(frame, {0: [RUR, FRE]})
    assert (frame.source, frame.target) == ([RUR, FRE], [RUR, FRE])


def test_a_missing_target_falls_back_to_a_near_head_that_is_not_the_source() -> None:
    frame = _frame()
    frame.fallback_heads = [frame.trigger.doc[0], frame.trigger.doc[2]]
    event_actors(frame, {0: [RUR], 2: [FRE]})
    assert (frame.source, frame.target) == ([RUR], [FRE])


def test_the_source_named_again_in_other_words_is_no_target() -> None:
    frame = _frame()
    frame.target_heads = [frame.trigger.doc[5]]
    both_sides = [a.model_copy(update={"text": "both sides", "name": a.text}) for a in (RUR, FRE)]
    named = [a.model_copy(update={"name": a.text}) for a in (RUR, FRE)]
    event_actors(frame, {0: named, 5: both_sides})
    assert (frame.source, frame.target) == (named, [])
    other = Actor(text="officials", country="RUR", sector="GOV", code="RURGOV")
    event_actors(frame, {0: [RUR], 5: [other]})
    assert frame.target == [other]


def test_a_fallback_target_is_not_the_source_named_again_by_a_pronoun() -> None:
    """ "Xi said he had a deep exchange of views with Trump": "he" is the speaker, not the target."""
    frame = _frame()
    frame.fallback_heads = [frame.trigger.doc[2], frame.trigger.doc[5]]
    xi = Actor(text="Xi", name="Xi Jinping", country="CHN", sector="GOV", code="CHNGOV")
    he = xi.model_copy(update={"text": "he"})
    trump = Actor(text="Trump", name="Donald Trump", country="USA", sector="GOV", code="USAGOV")
    event_actors(frame, {0: [xi], 2: [he], 5: [trump]})
    assert (frame.source, frame.target) == ([xi], [trump])


def test_a_left_out_agent_is_the_unnamed_actor_of_its_sector() -> None:
    frame = _frame("COERCE")
    frame.source_heads, frame.implied_agent = [], "COP"
    event_actors(frame, {})
    assert [(a.text, a.sector) for a in frame.source] == [("", "COP")]


def test_placed_actors_put_a_left_out_agent_in_the_country_of_the_place() -> None:
    frame = _frame("COERCE")
    frame.source_heads, frame.implied_agent = [], "COP"
    event_actors(frame, {})
    frame.location = Location(text="Zenda", country="MEX", source="clause")
    assert placed_actors(frame)
    assert [a.code for a in frame.source] == ["MEXCOP"]


def test_a_left_out_agent_is_of_the_story_not_of_those_it_acts_on() -> None:
    """ "Six Haitian men were arrested" in a MIAMI story: American police, not Haitian."""
    frame = _frame("COERCE")
    frame.source_heads, frame.implied_agent = [], "COP"
    event_actors(frame, {})
    frame.target = [Actor(text="Six Haitian men", country="HTI", sector="CVL", code="HTICVL")]
    assert placed_actors(frame, dateline_country="USA")
    assert [a.code for a in frame.source] == ["USACOP"]
    frame = _frame("ASSAULT")  # an unknown bomber: no sector, placed by its victims
    frame.source_heads, frame.implied_agent = [], ""
    event_actors(frame, {})
    frame.target = [Actor(text="Haitian civilians", country="HTI", sector="CVL", code="HTICVL")]
    assert placed_actors(frame, dateline_country="USA")
    assert [a.country for a in frame.source] == ["HTI"]


def test_a_caution_about_the_sources_own_side_becomes_its_untargeted_threat() -> None:
    threat = Sense("THREATEN", "130", None, None, ("object",), ("subject",), MappingProxyType({}), 0.75)
    frame = _frame("ACCUSE")
    frame.own_side_sense = threat
    frame.source, frame.target = (
        [RUR],
        [Actor(text="Ruritanian troops", country="RUR", sector="MIL", code="RURMIL")],
    )
    own_side_warning(frame)
    assert (frame.sense, frame.target) == (threat, [])
    frame = _frame("ACCUSE")
    frame.own_side_sense = threat
    frame.source, frame.target = [RUR], [FRE]  # another party: the caution stands
    own_side_warning(frame)
    assert (frame.sense.type, frame.target) == ("ACCUSE", [FRE])


def test_a_threat_aimed_only_at_its_source_named_again_is_aimed_at_the_other_country() -> None:
    """ "Ruritania's foreign ministry warned that Zenda would retaliate if Freedonia ...": Zenda is
    the ministry's government named again, not whom it threatens; the sentence's other country is.
    Its own army stays a target, and with no other country to aim at nothing changes."""
    government = Actor(text="Ruritania's foreign ministry", country="RUR", sector="GOV", code="RURGOV")
    capital = Actor(text="Zenda", name="Ruritania", country="RUR", sector="GOV", code="RURGOV")
    army = Actor(text="Ruritanian troops", country="RUR", sector="MIL", code="RURMIL")
    for target, dateline, aimed in [
        ([capital], "RUR", ["FRE"]),
        ([army], "RUR", ["RURMIL"]),
        ([capital], None, ["RURGOV"]),
    ]:
        frame = _frame("THREATEN")
        frame.source, frame.target = [government], target
        assert placed_actors(frame, dateline_country=dateline, named=["RUR", "FRE"])
        assert [a.code for a in frame.target] == aimed


def test_placed_actors_drop_a_left_out_agent_with_no_country() -> None:
    frame = _frame("COERCE")
    frame.source_heads, frame.implied_agent = [], "COP"
    event_actors(frame, {})
    assert not placed_actors(frame)


def test_an_unplaced_attacker_of_victims_of_known_country_stays_unnamed() -> None:
    """ "A car bomb killed three soldiers": the attack is coded on its target, with no source."""
    soldiers = Actor(text="three soldiers", country="RUR", sector="MIL", code="RURMIL")
    frame = _frame("ASSAULT")
    frame.source_heads, frame.implied_agent = [], ""
    event_actors(frame, {})
    frame.target = [soldiers]
    assert placed_actors(frame)
    assert (frame.source, frame.target) == ([], [soldiers])
    frame = _frame("ASSAULT")  # victims of no known country: nothing to code
    frame.source_heads, frame.implied_agent = [], ""
    event_actors(frame, {})
    frame.target = [Actor(text="three people")]
    assert not placed_actors(frame)
    frame = _frame("COERCE")  # police the text leaves out are not unknown attackers
    frame.source_heads, frame.implied_agent = [], "COP"
    event_actors(frame, {})
    frame.target = [soldiers]
    assert not placed_actors(frame)


def test_an_unplaced_name_pronoun_or_common_noun_takes_the_story_country() -> None:
    words = ["Moore", "said", "he", "and", "it", "backed", "the", "plan"]
    pos = ["PROPN", "VERB", "PRON", "CCONJ", "PRON", "VERB", "DET", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert assumed_source([doc[0]], "RUR") == [Actor(text="Moore", country="RUR", code="RUR")]
    assert [a.country for a in assumed_source([doc[2]], "RUR")] == ["RUR"]
    assert assumed_source([doc[4]], "RUR") == []  # "it" names no actor
    assert assumed_source([doc[7]], "RUR") == [Actor(text="plan", country="RUR", code="RUR")]
    assert assumed_source([doc[0]], None) == []  # no dateline, no country
    assert assumed_source([], "RUR") == []


def test_an_unplaced_name_is_of_the_storys_country() -> None:
    from eventwire.actors.sides import home_names

    stranger = Actor(text="Diane Shima Rwigara", name="Diane Shima Rwigara")
    known = Actor(text="Paul Kagame", country="RWA", sector="GOV", code="RWAGOV")
    implied = Actor(text="", sector="JUD", code="JUD")
    placed = home_names([stranger, known, implied], "RWA")
    assert [(a.country, a.code) for a in placed] == [("RWA", "RWA"), ("RWA", "RWAGOV"), (None, "JUD")]
    assert home_names([stranger], None) == [stranger]


def test_an_act_named_again_goes_to_the_doer_of_an_earlier_act_of_its_type() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Rebels", "fired", ".", "Gunmen", "condemned", "the", "attack", "."],
        pos=["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["rebel", "fire", ".", "gunman", "condemn", "the", "attack", "."],
        heads=[1, 1, 1, 4, 4, 6, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
    )
    sense = Sense("ASSAULT", "190", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    earlier = EventFrame(doc[1], doc[1], sense, [doc[0]], [], [], [], "asserted", NO_ATTRIBUTION)
    rebels = Actor(text="Rebels", sector="REB")
    earlier.source = [rebels]
    found = named_act_agent(doc[6], [earlier], {"attack": frozenset({"ASSAULT"})}, own=set())
    assert found == [rebels]
    assert named_act_agent(doc[6], [earlier], {}, own=set()) == []  # neither its word nor its type
    earlier.factuality = "hypothetical"  # "until the rebels fire": no act to name again
    assert named_act_agent(doc[6], [earlier], {"attack": frozenset({"ASSAULT"})}, own=set()) == []


def test_a_deed_named_again_is_not_an_earlier_protest() -> None:
    words = ["Rebels", "fired", ".", "Peru", "protested", ".", "Chile", "condemned", "the", "launch", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=[w.lower() for w in words],
        heads=[1, 1, 1, 4, 4, 4, 7, 7, 9, 7, 7],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
    )

    def frame(i: int, ptype: str, source: Actor) -> EventFrame:
        sense = Sense(ptype, "190", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
        made = EventFrame(doc[i], doc[i], sense, [doc[i - 1]], [], [], [], "asserted", NO_ATTRIBUTION)
        made.source = [source]
        return made

    rebels, peru = Actor(text="Rebels", sector="REB"), Actor(text="Peru", country="PER", code="PER")
    earlier = [frame(1, "ASSAULT", rebels), frame(4, "ACCUSE", peru)]
    assert named_act_agent(doc[9], earlier, {}, own=set()) == [rebels]


@pytest.mark.model
def test_a_speaker_coordinated_as_i_with_a_named_source_is_a_source_too(coder: Any) -> None:
    events = coder.code(
        '"President Lula and I discussed trade," Peru\'s president told reporters.', date="2023-06-10"
    )
    talks = next(e for e in events if e.trigger == "discussed")
    assert sorted(a.country for a in talks.source) == ["BRA", "PER"]
