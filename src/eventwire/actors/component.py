"""The ``eventwire_actors`` stage: resolve argument heads to actors, fill each frame's sides (sides.py)
and settle its event type (events.decide.event_type)."""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.actors.charges import HOSTILE_TYPES, reported_charges
from eventwire.actors.leaders import is_led
from eventwire.actors.lexicon import norm
from eventwire.actors.resolver import ActorResolver
from eventwire.actors.sides import (
    act_noun_types,
    answered_accuser,
    assumed_source,
    denied_accuser,
    event_actors,
    home_names,
    named_act_agent,
    own_side_warning,
    struck_by_named_act,
    within_adjoined_act,
    within_named_act,
)
from eventwire.actors.words import actor_words
from eventwire.events import roles
from eventwire.events.cues import load_factuality_cues
from eventwire.events.decide import event_type
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense, VerbalReadings, load_lexicon
from eventwire.models import Actor
from eventwire.settings import Settings
from eventwire.spans import entities_in
from eventwire.stage import ARTICLE_DATE, DATELINE_PLACE, EVENT_FRAMES, Stage

_QUANTITIES = frozenset({"NUM", "DET", "PRON", "ADJ"})


def _partitive_whole(head: Token) -> Token:
    """The group a quantity is taken from: "donors" in "eleven of 16 major donors", "some of the
    administrators"; other heads are themselves."""
    if head.pos_ not in _QUANTITIES:
        return head
    groups = [o for o in roles.prep_objects(head, "of") if o.pos_ in ("NOUN", "PROPN")]
    return groups[0] if groups else head


class ActorsComponent(Stage):
    """Fills source, target and attribution actors of ``Doc._.event_frames``; drops frames that code
    no event (no source actor, or a vague sense without a target)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.resolver = ActorResolver()
        self.verbal_readings: VerbalReadings | None = None
        self.noun_types: dict[str, frozenset[str]] = {}
        self.charge_sense: Sense | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        actor_dictionaries: Sequence[Path] = (),
        lexicon_path: Path | None = None,
    ) -> None:
        """Load the actor tables with the user's ``actor_dictionaries``, and the verbal readings of
        the event lexicon (``lexicon_path``, else the bundled one)."""
        self.resolver = ActorResolver(Settings.make(actor_dictionaries=tuple(actor_dictionaries)))
        self.resolver.initialize()
        lexicon = load_lexicon(lexicon_path)
        self.verbal_readings = lexicon.verbal_readings
        self.noun_types = act_noun_types(lexicon.nouns)
        self.charge_sense = lexicon.evaluations.conduct_sense if lexicon.evaluations else None
        self.ready = True

    def _misnamed_country(self, ent: Span) -> bool:
        """A country's name the model tagged as a person or organisation ("Mali", "Burkina Faso")."""
        return ent.label_ in ("PERSON", "ORG") and self.resolver.names_country(ent.text)

    def _heads(self, doc: Doc, ents: list[Span]) -> list[Token]:
        heads = {ent.root.i: ent.root for ent in ents if ent.label_ in ("PERSON", "NORP", "ORG")}
        for ent in ents:  # "Greece and Turkey ...": a group that "the two countries" may name later
            if ent.label_ == "GPE" and any(c.dep_ == "conj" for c in ent.root.children):
                heads[ent.root.i] = ent.root
        for token in doc:  # "the Saudi-led coalition": a group that "the coalition" may name later
            if is_led(token):
                heads[token.head.i] = token.head
        for frame in doc._.event_frames or []:
            for token in (
                *frame.source_heads,
                *frame.target_heads,
                *frame.fallback_heads,
                *frame.fallback_foreign,
            ):
                heads[token.i] = token
            if frame.attribution.head is not None:
                heads[frame.attribution.head.i] = frame.attribution.head
        return [heads[i] for i in sorted(heads)]

    def _unresolved_source(self, frame: EventFrame, home: str | None) -> list[Actor]:
        """A source no dictionary or memory resolves, taken for the author of a document ("a Russian
        bill": the Russian legislature), for the country its phrase names as a modifier, or else for
        an actor of the story's country (marking the frame ``source_assumed``), in that order; none
        when the wire that files the copy heads it ("a Reuters investigation found")."""
        for head in (_partitive_whole(h) for h in frame.source_heads[:1]):
            actors = self.resolver.document_author(head, home) or self.resolver.modifier_country(head)
            if actors:
                return actors
            if norm(head.lemma_) in actor_words("wire_names"):
                return []  # "a Reuters investigation found": the newsroom's work, no one's act
        assumed = assumed_source(frame.source_heads, home)
        frame.source_assumed = bool(assumed)
        return assumed

    def _act_as_source(
        self, frame: EventFrame, resolved: dict[int, list[Actor]], kept: list[EventFrame]
    ) -> dict[int, list[Actor]]:
        """``resolved`` for the frame's source, where an act named again is the subject of the
        frame's own verb ("Pakistan said the strikes killed 26 civilians": those who struck);
        only for this frame, not for a verb that shares the subject ("... and vowed to retaliate")."""
        heads = frame.source_heads[:1]
        if not heads or resolved.get(heads[0].i):
            return {}
        carrier = _carrier(heads[0], frame.trigger, kept, self.noun_types)
        if carrier is not None and carrier.sense.type != frame.sense.type:  # "an attack KILLING 20"
            return {heads[0].i: list(carrier.source)}
        if not _act_of(heads[0], frame.trigger):
            return {}
        return {heads[0].i: named_act_agent(heads[0], kept, self.noun_types, set())}

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        ents = entities_in(doc[:])  # doc.ents makes them again on each call
        places = [e.text for e in ents if e.label_ in ("GPE", "NORP") or self._misnamed_country(e)]
        memory = self.resolver.article_memory(doc._.dateline_place, places)
        day = doc._.article_date
        resolved = {t.i: self.resolver.resolve(t, day, memory) for t in self._heads(doc, ents)}
        frames = doc._.event_frames or []
        kept: list[EventFrame] = []  # in text order: an act named again refers back to an earlier one
        cues = load_factuality_cues()
        for frame in sorted(frames, key=lambda f: f.trigger.i):
            carrier = _restated(frame, kept, self.noun_types)
            if carrier is not None:  # one act: what the participle names it aims at is the noun's
                if not carrier.target:
                    event_actors(frame, resolved)
                    carrier.target = [a for a in frame.target if a not in carrier.source]
                continue
            own_act = self._act_as_source(frame, resolved, kept)
            sides = {**resolved, **own_act} if own_act else resolved  # a copy only for that frame
            own = {a.country for h in frame.source_heads for a in sides.get(h.i, []) if a.country}
            for head in frame.target_heads[:1]:
                if not resolved.get(head.i):
                    resolved[head.i] = sides[head.i] = named_act_agent(head, kept, self.noun_types, own)
            event_actors(frame, sides)
            within_named_act(frame, kept)
            within_adjoined_act(frame, kept)
            struck_by_named_act(frame, kept, self.noun_types)
            accuser = denied_accuser(frame, kept, cues.denial_verbs, cues.claim_nouns)
            accuser = accuser or answered_accuser(frame, kept)
            if accuser:
                frame.target = accuser
            if not frame.source:
                frame.source = self._unresolved_source(frame, memory.home_country)
            frame.source = home_names(frame.source, memory.home_country)
            frame.target = home_names(frame.target, memory.home_country)
            own_side_warning(frame)
            sense = event_type(frame, self.verbal_readings)
            if sense is not None:
                frame.sense = sense
                kept.append(frame)
        coded = {id(f) for f in kept}
        charges = reported_charges(kept, self.charge_sense) if self.charge_sense else []
        doc._.event_frames = [f for f in frames if id(f) in coded] + charges
        return doc


@Language.factory(
    "eventwire_actors",
    assigns=[EVENT_FRAMES],
    requires=[EVENT_FRAMES, ARTICLE_DATE, DATELINE_PLACE, "doc.ents", "token.dep"],
)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(name)


def _carrier(
    noun: Token, trigger: Token, kept: list[EventFrame], noun_types: Mapping[str, frozenset[str]]
) -> EventFrame | None:
    """The event coded on the act ``noun`` names, when ``trigger`` hangs right on it ("Israel
    carried out an air strike TARGETING Hamas leaders": the strike's agent targets them; "a pledge
    by Trump TO WITHDRAW"): the frame whose trigger is the noun, or the verb that takes the noun as
    its object in a type the noun itself has ("carried out an air strike"; not "condemned Maduro's
    threat to ban": the condemnation is no threat)."""
    if trigger.dep_ != "acl" or trigger.head.i != noun.i:
        return None
    own = noun_types.get(noun.lemma_.lower(), frozenset())
    for frame in reversed(kept):
        carried = noun.dep_ == "dobj" and frame.trigger.i == noun.head.i and frame.sense.type in own
        if frame.source and (frame.trigger.i == noun.i or carried):
            return frame
    return None


def _restated(
    frame: EventFrame, kept: list[EventFrame], noun_types: Mapping[str, frozenset[str]]
) -> EventFrame | None:
    """The attack or use of force a participle tells again, in the same type, of the noun it follows
    ("launched a missile attack TARGETING energy facilities"): one event, coded on the noun."""
    if frame.sense.type not in HOSTILE_TYPES:
        return None  # a request, a pledge: told twice, as before
    carrier = next((_carrier(h, frame.trigger, kept, noun_types) for h in frame.source_heads[:1]), None)
    return carrier if carrier is not None and carrier.sense.type == frame.sense.type else None


def _act_of(head: Token, trigger: Token) -> bool:
    """True when ``head`` is the subject of ``trigger`` itself, or the noun a relative clause
    reports it of ("the attack, which it said KILLED five")."""
    if head.head.i == trigger.i:
        return True
    reported = trigger.head
    return trigger.dep_ == "ccomp" and reported.dep_ == "relcl" and reported.head.i == head.i
