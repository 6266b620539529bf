"""The working record of one event while the pipeline fills it in (internal; see models.Event)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.attribution import AttributionFrame
from eventwire.events import roles
from eventwire.events.lexicon import Sense
from eventwire.events.words import event_words
from eventwire.models import Actor, Factuality, Location
from eventwire.temporal.event import EventDate


@dataclass
class EventFrame:
    """Written by ``eventwire_events``; actors, time and place components fill in the rest."""

    trigger: Token
    anchor: Token
    sense: Sense
    source_heads: list[Token]
    target_heads: list[Token]
    fallback_heads: list[Token]
    fallback_foreign: list[Token]
    factuality: Factuality
    attribution: AttributionFrame
    nominal: bool = False
    split_pair: bool = False
    embedded: bool = False
    implied_agent: str | None = None  # sector of an agent the text leaves out ("" if unknown)
    judgement: bool = False  # a judgement (events/evaluations.py): no event without the one judged
    source_assumed: bool = False  # the source is the story's country, for a phrase no table resolves
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    attribution_actor: Actor | None = None
    date: EventDate | None = None
    location: Location | None = None

    @property
    def confidence(self) -> float:
        score = self.sense.confidence
        if not self.target:
            score *= 0.85
        if self.nominal:
            score *= 0.9
        if self.source and all(a.country is None and a.code is None for a in self.source):
            score *= 0.8
        if self.source_assumed:
            score *= 0.8
        if _subordinate(self.anchor):
            score *= 0.9
        if self.embedded:
            score *= 0.8
        return round(min(max(score, 0.0), 1.0), 3)


_SUBORDINATE_DEPS = frozenset({"advcl", "acl", "relcl", "pcomp"})


def _subordinate(anchor: Token) -> bool:
    """True for an event in a background clause ("..., killing 20", "who fled", "to disperse them"):
    the sentence's main event is reported with more weight than what it mentions in passing."""
    return any(t.dep_ in _SUBORDINATE_DEPS for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB")


def without_echoes(frames: list[EventFrame]) -> list[EventFrame]:
    """One event for an attack that is the subject of its result: "Israeli air strikes on Gaza
    killed ten people" is the strikes on Gaza; "an Israeli air strike killed three fighters" is
    the killing of the fighters (the noun names no target of its own)."""
    nominal = {f.trigger.i: f for f in frames if f.nominal}
    dropped: set[int] = set()
    for frame in frames:
        if frame.implied_agent != "":
            continue
        subjects = roles.children(frame.trigger, "nsubj")
        echo = next((nominal[t.i] for t in subjects if t.i in nominal), None)
        if echo is not None:
            dropped.add(id(frame) if echo.target_heads else id(echo))
    return [f for f in frames if id(f) not in dropped]


def without_natural_causes(frames: list[EventFrame]) -> list[EventFrame]:
    """No attack by a natural hazard or a disease: "the 1985 earthquake, which killed 5,000 people",
    "people were killed by the quake", "flooding that killed scores" name no actor who attacked."""
    causes = event_words("natural_causes")
    return [
        f
        for f in frames
        if f.sense.type != "ASSAULT"
        or not f.source_heads
        or not all(h.lemma_.lower() in causes for h in f.source_heads)
    ]


def mark_embedded(frames: list[EventFrame]) -> list[EventFrame]:
    """Flag the events mentioned inside another event's phrase ("closed its borders because of
    fighting", "demanded an end to the raids"): they are that event's circumstance or content."""
    for frame in frames:
        own = {frame.trigger.i, frame.anchor.i}
        others = {i for f in frames for i in (f.trigger.i, f.anchor.i)} - own
        frame.embedded = any(t.i in others for t in frame.trigger.ancestors)
    return frames
