"""The event place (places/locate.py: event_place) and the eventwire_places stage (no model)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.build import StoryActor
from eventwire.attribution.sources import NO_ATTRIBUTION
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense
from eventwire.models import Actor
from eventwire.places.component import PlacesComponent
from eventwire.places.gazetteer import Gazetteer
from eventwire.places.locate import event_place

SENSE = Sense("PROTEST", "140", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)


def _frame() -> EventFrame:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Students", "protested", "in", "Lima", "."],
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "B-GPE", "O"],
    )
    frame = EventFrame(doc[1], doc[1], SENSE, [doc[0]], [], [], [], "asserted", NO_ATTRIBUTION)
    frame.source = [Actor(text="Students", sector="EDU", code="EDU")]
    return frame


def test_event_place_reads_the_clause(gazetteer: Gazetteer) -> None:
    place = event_place(_frame(), gazetteer, [], None)
    assert place is not None and (place.country, place.source) == ("PER", "clause")


def test_the_places_stage_places_the_actors_and_the_implied_target() -> None:
    frame = _frame()
    doc = frame.anchor.doc
    doc._.event_frames, doc._.dateline_place = [frame], "MEXICO CITY"
    stage = PlacesComponent("eventwire_places")
    stage.initialize()
    (kept,) = stage(doc)._.event_frames
    assert kept.location is not None and kept.location.country == "PER"
    assert [a.code for a in kept.source] == ["PEREDU"]
    assert [a.code for a in kept.target] == ["PERGOV"]


def test_a_local_group_given_the_storys_country_is_moved_to_the_place_of_its_act() -> None:
    frame = _frame()
    frame.source = [StoryActor(text="Students", country="MEX", sector="EDU", code="MEXEDU")]
    doc = frame.anchor.doc
    doc._.event_frames, doc._.dateline_place = [frame], "MEXICO CITY"
    stage = PlacesComponent("eventwire_places")
    stage.initialize()
    (kept,) = stage(doc)._.event_frames
    assert [(type(a), a.code) for a in kept.source] == [(Actor, "PEREDU")]


@pytest.mark.model
def test_rebels_of_no_named_country_are_of_the_country_they_shell(coder: Any) -> None:
    text = (
        "BEIRUT (Reuters) - Rebels shelled a town in Syria on Monday, police said. "
        "Police in Beirut arrested a man."
    )
    events = {e.trigger: e for e in coder.code(text, date="2017-06-01")}
    assert [a.code for a in events["shelled"].source] == ["SYRREB"]  # not the dateline's LBN
    assert [a.code for a in events["arrested"].source] == ["LBNCOP"]
    speaker = events["shelled"].attribution.actor  # no act places the one who tells of it
    assert speaker is not None and (type(speaker), speaker.code) == (Actor, "LBNCOP")


def test_without_a_dateline_a_country_the_story_keeps_naming_is_the_implied_target() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Kenya", "voted", ".", "Kenyan", "voters", "waited", ".", "Odinga", "complained", "."],
        heads=[1, 1, 1, 4, 5, 5, 5, 8, 8, 8],
        deps=["nsubj", "ROOT", "punct", "amod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
        ents=["B-GPE", "O", "O", "B-NORP", "O", "O", "O", "B-PERSON", "O", "O"],
    )
    accuse = Sense("ACCUSE", "111", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    frame = EventFrame(doc[8], doc[8], accuse, [doc[7]], [], [], [], "asserted", NO_ATTRIBUTION)
    frame.source = [Actor(text="Odinga", country="KEN", code="KEN")]
    doc._.event_frames, doc._.dateline_place = [frame], None
    stage = PlacesComponent("eventwire_places")
    stage.initialize()
    (kept,) = stage(doc)._.event_frames
    assert [(a.code, a.text) for a in kept.target] == [("KEN", "")]


def _arrest(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]
) -> EventFrame:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    sense = Sense("COERCE", "173", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    return EventFrame(doc[1], doc[1], sense, [doc[0]], [doc[3]], [], [], "asserted", NO_ATTRIBUTION)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos"),
    [
        (  # "Police arrested three men who fought in Syria ."
            ["Police", "arrested", "three", "men", "who", "fought", "in", "Syria", "."],
            [1, 1, 3, 1, 5, 3, 5, 6, 1],
            ["nsubj", "ROOT", "nummod", "dobj", "nsubj", "relcl", "prep", "pobj", "punct"],
            ["NOUN", "VERB", "NUM", "NOUN", "PRON", "VERB", "ADP", "PROPN", "PUNCT"],
        ),
        (  # "Police arrested three men wanted in Syria ."
            ["Police", "arrested", "three", "men", "wanted", "in", "Syria", "."],
            [1, 1, 3, 1, 3, 4, 5, 1],
            ["nsubj", "ROOT", "nummod", "dobj", "acl", "prep", "pobj", "punct"],
            ["NOUN", "VERB", "NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ),
    ],
)
def test_a_place_in_a_clause_about_an_argument_is_not_where_the_event_happened(
    gazetteer: Gazetteer, words: list[str], heads: list[int], deps: list[str], pos: list[str]
) -> None:
    ents = ["B-GPE" if w == "Syria" else "O" for w in words]
    place = event_place(_arrest(words, heads, deps, pos, ents), gazetteer, ["SYR"], None)
    assert place is None or place.country != "SYR"


def test_a_place_in_a_clause_hung_on_the_event_word_itself_is_where_it_happened(gazetteer: Gazetteer) -> None:
    # "Police made arrests carried out in Syria ." with the arrests' own participle clause
    words = ["Police", "arrests", "were", "made", "carried", "out", "in", "Syria", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 3, 3, 3, 1, 4, 4, 6, 3],
        deps=["compound", "nsubjpass", "auxpass", "ROOT", "acl", "prt", "prep", "pobj", "punct"],
        pos=["NOUN", "NOUN", "AUX", "VERB", "VERB", "ADP", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
    )
    sense = Sense("COERCE", "173", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    frame = EventFrame(doc[1], doc[1], sense, [doc[0]], [], [], [], "asserted", NO_ATTRIBUTION)
    place = event_place(frame, gazetteer, [], None)
    assert place is not None and (place.country, place.source) == ("SYR", "clause")
