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
    mutual: bool = False  # its sources act on each other ("traded fire"), as "each other" says
    embedded: bool = False
    implied_agent: str | None = None  # sector of an agent the text leaves out ("" if unknown)
    judgement: bool = False  # a judgement (events/evaluations.py): no event without the one judged
    source_assumed: bool = False  # the source is the story's country, for a phrase no table resolves
    own_side_sense: Sense | None = None  # a caution's sense once its target is the source's own side
    proposed: bool = False  # proposed by the sentence classifier (events/learned.py), not a rule
    named_attack: EventFrame | None = None  # the earlier attack whose victims these are (actors/sides.py)
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


_WHEN_WORDS = frozenset({"when", "after", "as"})


def _of_heads(prep: Token) -> list[Token]:
    """The nouns an "of" phrase on the preposition's object names: "into a crowd OF worshippers"."""
    return [o for n in roles.children(prep, "pobj") for o in roles.prep_objects(n, "of")]


def _accident(verb: Token) -> bool:
    """A verb of an accident with no object and no person as its subject: "the ferry capsized", "a
    train crashed into an army truck"; not "crashed his car into demonstrators", "he crashed", "a van
    plunged into a crowd"."""
    if verb.lemma_.lower() not in event_words("accident_verbs") or roles.children(verb, "dobj"):
        return False
    hit = [o for p in roles.children(verb, "prep") for o in (*roles.children(p, "pobj"), *_of_heads(p))]
    if any(o.lemma_.lower() in event_words("ramming_targets") for o in hit):
        return False  # "a van plunged into a crowd of worshippers"
    subjects = roles.children(verb, "nsubj")
    return not any(s.ent_type_ == "PERSON" or (s.pos_ == "PRON" and s.lower_ != "it") for s in subjects)


def _in_accident(head: Token) -> bool:
    """True when ``head`` or a noun it is joined to is the subject of an accident or has one as its
    clause: "the ferry [capsized]", "a train and a truck [collided]" (either parse)."""
    for noun in (head, *head.conjuncts):
        if noun.dep_ == "nsubj" and _accident(noun.head):
            return True
        if any(c.dep_ in ("acl", "relcl") and _accident(c) for c in noun.children):
            return True
    return False


def _done_by_accident(frame: EventFrame) -> bool:
    """An act an accident does: the accident's verb itself, an act whose every source is in an
    accident ("two trains collided, KILLING three") or a clause of time that is one ("four people
    were KILLED when a train crashed into a truck")."""
    anchor = frame.anchor
    if _accident(anchor) or (frame.source_heads and all(_in_accident(h) for h in frame.source_heads)):
        return True
    clauses = [c for a in (anchor, *anchor.conjuncts) for c in roles.children(a, "advcl")]
    return any(_accident(c) for c in clauses if any(w.lower_ in _WHEN_WORDS for w in c.children))


def _a_cause(head: Token, causes: frozenset[str]) -> bool:
    """A natural hazard, disease or accident, named by its kind or with it ("Hurricane Irma")."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in causes for w in words)


def without_mishaps(frames: list[EventFrame]) -> list[EventFrame]:
    """No act by a natural hazard, a disease or an accident: "the 1985 earthquake, which killed
    5,000 people", "Hurricane Irma slammed the islands", "the crash injured his leg" name no actor;
    nor an attack done in an accident ("the bus plunged into a canal, killing 20"), nor an act
    without an agent whose passive names such a cause ("destroyed in the 1985 quake")."""
    causes = event_words("natural_causes") | event_words("accidents")
    return [
        f
        for f in frames
        if not (f.source_heads and all(_a_cause(h, causes) for h in f.source_heads))
        and not (f.sense.type == "ASSAULT" and _done_by_accident(f))
        and not (f.implied_agent == "" and _in_a_cause(f.anchor, causes))
    ]


_CAUSE_PREPS = ("in", "during", "by", "from")


def _in_a_cause(verb: Token, causes: frozenset[str]) -> bool:
    """A passive the text gives no agent but a cause: "a home destroyed IN the 1985 QUAKE", "were
    injured DURING the STORM"."""
    return any(_a_cause(o, causes) for p in _CAUSE_PREPS for o in roles.prep_objects(verb, p))


def mark_embedded(frames: list[EventFrame]) -> list[EventFrame]:
    """Flag the events mentioned inside another event's phrase ("closed its borders because of
    fighting", "demanded an end to the raids"): they are that event's circumstance or content."""
    for frame in frames:
        own = {frame.trigger.i, frame.anchor.i}
        others = {i for f in frames for i in (f.trigger.i, f.anchor.i)} - own
        frame.embedded = any(t.i in others for t in frame.trigger.ancestors)
    return frames
