"""eventwire's pipeline components, each declared once with ``Language.factory``.

- ``eventwire_events`` reads sentences, the dependency parse, lemmas and entities; writes
  ``Doc._.event_frames`` (triggers, argument heads, factuality, attribution).
- ``eventwire_actors`` reads the frames, ``Doc._.article_date`` and ``Doc._.dateline_place``;
  fills source, target and attribution actors and drops frames without a source actor.
- ``eventwire_time`` reads the frames and ``Doc._.article_date``; fills date, precision, date source.
- ``eventwire_places`` reads the frames and ``Doc._.dateline_place``; fills the location.

Data loads in each component's ``initialize()``, never at import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.actors import ActorResolver
from eventwire.actors.conventions import implicit_actors, unnamed_agent
from eventwire.attribution import AttributionLexicon
from eventwire.errors import EventwireError
from eventwire.events.extract import EventExtractor
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import VerbalReadings, load_lexicon
from eventwire.events.verbal import is_verbal
from eventwire.models import Actor
from eventwire.places import Gazetteer, dateline_location, locate, sentence_countries
from eventwire.settings import Settings
from eventwire.temporal import Tense, TimeExpression, find_time_expressions, guess_tense_at, resolve_date

for _name, _default in (("article_date", None), ("dateline_place", None), ("event_frames", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


_VAGUE = 0.6  # senses below this prior count only with a resolved target


class ComponentNotInitializedError(EventwireError):
    """A component was called before ``initialize()``."""


class _Component:
    name = "eventwire"
    ready = False

    def _check(self) -> None:
        if not self.ready:
            raise ComponentNotInitializedError(
                f"{self.name} must be initialized before use: call nlp.initialize()"
            )


class EventsComponent(_Component):
    def __init__(self, name: str, max_sentence_chars: int) -> None:
        self.name = name
        self.max_sentence_chars = max_sentence_chars
        self.extractor: EventExtractor | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, nlp: Language | None = None
    ) -> None:
        self.extractor = EventExtractor(load_lexicon(), AttributionLexicon.bundled())
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        assert self.extractor is not None
        frames: list[EventFrame] = []
        for sent in doc.sents:
            if len(sent.text) <= self.max_sentence_chars:
                frames.extend(self.extractor.sentence_frames(sent))
        doc._.event_frames = frames
        return doc


def _without(actors: list[Actor], others: list[Actor]) -> list[Actor]:
    taken = {(a.text, a.code) for a in others}
    return [a for a in actors if (a.text, a.code) not in taken]


def _first_other(
    tokens: list[Token], resolved: dict[int, list[Actor]], excluded: Callable[[Actor], bool]
) -> list[Actor]:
    """The first resolved actor among ``tokens`` that is not ``excluded``."""
    for token in tokens:
        for actor in resolved.get(token.i, []):
            if not excluded(actor):
                return [actor]
    return []


class ActorsComponent(_Component):
    def __init__(self, name: str, actor_dictionaries: list[str]) -> None:
        self.name = name
        self.resolver = ActorResolver(Settings.make(actor_dictionaries=tuple(actor_dictionaries)))
        self.verbal_readings: VerbalReadings | None = None

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, nlp: Language | None = None
    ) -> None:
        self.resolver.initialize()
        self.verbal_readings = load_lexicon().verbal_readings
        self.ready = True

    def _heads(self, doc: Doc) -> list[Token]:
        heads = {ent.root.i: ent.root for ent in doc.ents if ent.label_ in ("PERSON", "NORP", "ORG")}
        for ent in doc.ents:  # "Greece and Turkey ...": a group that "the two countries" may name later
            if ent.label_ == "GPE" and any(c.dep_ == "conj" for c in ent.root.children):
                heads[ent.root.i] = ent.root
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

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        memory = self.resolver.article_memory(doc._.dateline_place)
        resolved = {t.i: self.resolver.resolve(t, doc._.article_date, memory) for t in self._heads(doc)}
        kept = []
        readings = self.verbal_readings
        for frame in doc._.event_frames or []:
            self._fill(frame, resolved)
            if readings is not None and is_verbal(frame, readings):
                frame.sense = readings.sense
            if frame.source and (frame.target or frame.sense.confidence >= _VAGUE):
                kept.append(frame)
        doc._.event_frames = kept
        return doc

    @staticmethod
    def _fill(frame: EventFrame, resolved: dict[int, list[Actor]]) -> None:
        source = [a for t in frame.source_heads for a in resolved.get(t.i, [])]
        speaker = frame.attribution.head
        if (
            not source
            and speaker is not None
            and any(_speaker_pronoun(t, speaker) for t in frame.source_heads)
        ):
            source = list(resolved.get(speaker.i, []))
        if not source and frame.implied_agent is not None:
            source = unnamed_agent(frame.implied_agent)
        target = [a for t in frame.target_heads for a in resolved.get(t.i, [])]
        if frame.split_pair and len(source) > 1 and not target:
            source, target = source[:1], source[1:]
        target = _without(target, source)
        pairs = {(a.text, a.code) for a in source}
        countries = {a.country for a in source if a.country}
        if not target:
            target = _first_other(
                frame.fallback_heads,
                resolved,
                lambda a: (a.text, a.code) in pairs or (a.code == a.country and a.country in countries),
            )
        if not target:
            sectors = {a.sector for a in source} | {None, "MIL"}
            target = _first_other(
                frame.fallback_foreign, resolved, lambda a: a.country in countries and a.sector in sectors
            )
        frame.source, frame.target = source, target
        head = frame.attribution.head
        if head is not None and resolved.get(head.i):
            frame.attribution_actor = resolved[head.i][0]


def _governor(token: Token) -> Token:
    """The nearest verb (or the sentence root) above a time expression's first token."""
    node = token
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


def _inside(token: Token, anchor: Token, reporting: Token | None) -> bool:
    """True when ``token`` lies in the clause below ``anchor`` without crossing the reporting verb."""
    for ancestor in token.ancestors:
        if reporting is not None and ancestor.i == reporting.i:
            return False
        if ancestor.i == anchor.i:
            return True
    return False


class TimeComponent(_Component):
    def __init__(self, name: str) -> None:
        self.name = name

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, nlp: Language | None = None
    ) -> None:
        find_time_expressions("on Tuesday")
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        cache: dict[int, list[tuple[TimeExpression, Token]]] = {}
        for frame in doc._.event_frames or []:
            sent = frame.anchor.sent
            if sent.start not in cache:
                cache[sent.start] = self._expressions(sent)
            self._date(frame, cache[sent.start], doc._.article_date)
        return doc

    @staticmethod
    def _expressions(sent: Span) -> list[tuple[TimeExpression, Token]]:
        found = []
        for expr in find_time_expressions(sent.text):
            span = sent.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is not None:
                found.append((expr, _governor(span.root)))
        return found

    @staticmethod
    def _date(frame: EventFrame, exprs: list[tuple[TimeExpression, Token]], published: Any) -> None:
        if published is None:
            return
        own = [e for e, gov in exprs if gov.i in (frame.anchor.i, frame.trigger.i)]
        inner = [e for e, gov in exprs if _inside(gov, frame.anchor, frame.attribution.verb)]
        reporting = frame.attribution.verb
        said = [e for e, gov in exprs if reporting is not None and gov.i == reporting.i]
        for expressions, source in ((own, "clause"), (inner, "clause"), (said, "sentence")):
            for expr in expressions:
                tense: Tense = "future" if frame.factuality == "planned" else None
                tense = tense or guess_tense_at(frame.anchor.sent.text, expr.start, expr.end)
                value = resolve_date(expr.text, published, tense)
                if value is not None and "REF" not in value.value:
                    frame.date, frame.date_source = value, source
                    return
        frame.date_source = "publication"


class PlacesComponent(_Component):
    def __init__(self, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer()

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, nlp: Language | None = None
    ) -> None:
        self.gazetteer.initialize()
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        place = doc._.dateline_place
        fallback = dateline_location(place, self.gazetteer) if place else None
        kept = []
        named: dict[int, list[str]] = {}  # countries each sentence names, computed once
        for frame in doc._.event_frames or []:
            sent = frame.anchor.sent
            if sent.start not in named:
                named[sent.start] = sentence_countries(sent, self.gazetteer)
            context = [a.country for a in (*frame.source, *frame.target) if a.country] + named[sent.start]
            if fallback is not None and fallback.country:
                context.append(fallback.country)
            clause = (
                _own_clause(frame.anchor) if frame.implied_agent is not None else list(frame.anchor.subtree)
            )
            frame.location = locate(clause, self.gazetteer, context) or fallback
            frame.source, frame.target = implicit_actors(
                frame.source, frame.target, frame.sense.type, frame.location
            )
            if frame.implied_agent is None or any(a.country or (a.text and a.code) for a in frame.source):
                kept.append(frame)
        doc._.event_frames = kept
        return doc


def _speaker_pronoun(token: Token, speaker: Token) -> bool:
    """A pronoun that can stand for the one who reports the event ("it said it would", "rebels
    said they would", "a group said they would"); "they" after a named person is the people
    talked about ("they kept firing", imam Mohamed Abdel Fattah said)."""
    if token.pos_ != "PRON":
        return False
    return token.lower_ not in ("they", "them") or speaker.ent_type_ != "PERSON"


def _own_clause(anchor: Token) -> list[Token]:
    """The anchor's clause without the clauses attached to it: where an implied agent acted is
    not where "he tried to cross the border into Bolivia" later."""
    inner = {t.i for c in anchor.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
    return [t for t in anchor.subtree if t.i not in inner]


_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp"})


@Language.factory("eventwire_events", default_config={"max_sentence_chars": 5000})
def make_events(nlp: Language, name: str, max_sentence_chars: int) -> EventsComponent:
    return EventsComponent(name, max_sentence_chars)


@Language.factory("eventwire_actors", default_config={"actor_dictionaries": []})
def make_actors(nlp: Language, name: str, actor_dictionaries: list[str]) -> ActorsComponent:
    return ActorsComponent(name, actor_dictionaries)


@Language.factory("eventwire_time")
def make_time(nlp: Language, name: str) -> TimeComponent:
    return TimeComponent(name)


@Language.factory("eventwire_places")
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(name)
