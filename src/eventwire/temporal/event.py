"""When an event happened: :func:`event_date` dates an event from its sentence, and :class:`StoryDay`
carries the story's day to the events of later sentences that name no date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from eventwire.events.roles import enacting_verb
from eventwire.models import DateSource
from eventwire.spans import is_participial_adjunct, is_to_infinitive, sentence_of, span_text
from eventwire.temporal.calendar import date_range
from eventwire.temporal.counted import counted_days
from eventwire.temporal.finder import find_time_expressions
from eventwire.temporal.lexicon import load_lexicon
from eventwire.temporal.resolve import counts_from_story, resolve_date
from eventwire.temporal.tense import guess_tense_at
from eventwire.temporal.types import Precision, ResolvedDate, Tense, TimeExpression

if TYPE_CHECKING:
    from eventwire.events.frames import EventFrame


@dataclass(frozen=True)
class EventDate:
    """The date of an event record, and where it came from (all None without a publication date)."""

    value: str | None = None
    precision: Precision | None = None
    text: str | None = None
    approximate: bool = False
    source: DateSource | None = None
    counted: bool = False  # counted from another clause's day ("a day after"): no day of the story


NO_DATE = EventDate()


def _governor(token: Token) -> Token:
    """The nearest verb (or the sentence root) above a time expression's first token."""
    node = token
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


# clauses that describe something else than the event: "who visited Kiev in January", "since
# taking office in March", "after the talks in May collapsed"
_OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "csubj"})
# prepositions whose time is a span's edge or a deadline, not when the event happened
_EDGE_PREPOSITIONS = frozenset({"since", "by", "until", "till", "through", "throughout"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "poss", "nmod"})
_ANY_DAY = dt.date(2001, 1, 1)


def _purpose(verb: Token) -> bool:
    """True for a purpose clause, a to-infinitive with no subject of its own, which is dated, when
    it names no time of its own, by the act it is the purpose of ("moved in on Saturday to CRUSH
    the protests")."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    return verb.dep_ == "advcl" and is_to_infinitive(verb) and not own


def _inside(token: Token, anchor: Token, reporting: Token | None) -> bool:
    """True when ``token`` lies in the clause below ``anchor`` without crossing the reporting verb
    or entering a clause of its own (a relative or adverbial clause)."""
    node = token
    while node.head != node:
        if reporting is not None and node.i == reporting.i:
            return False
        if node.dep_ in _OTHER_CLAUSES:
            return False
        node = node.head
        if node.i == anchor.i:
            return True
    return False


def _background(span: Span) -> bool:
    """A time that names something else than an event's date: a modifier of a noun ("the 2014 war",
    "the 1994 NAFTA", "last year's election") or the edge of a span ("since March", "by 2025")."""
    root = span.root
    head = root.head
    outside = head.i < span.start or head.i >= span.end
    if outside and root.dep_ in _NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN"):
        return not _names_a_day(span.text)  # "Tuesday's meeting" still dates what happened there
    edges = [t for t in root.ancestors if t.dep_ == "prep"]  # "since taking office in March"
    edges += [t for t in span if t.dep_ == "prep" and t.head.i >= span.start]
    return any(t.lower_ in _EDGE_PREPOSITIONS for t in edges) or (
        span.start > 0 and span.doc[span.start - 1].lower_ in _EDGE_PREPOSITIONS
    )


def _names_a_day(text: str) -> bool:
    resolved = resolve_date(text, _ANY_DAY, None)
    return resolved is not None and resolved.precision == "day"


def _date_sharer(anchor: Token) -> Token | None:
    """The verb whose time is also the event's: the clause a result participle hangs on ("fired tear
    gas last week, KILLING two people"), the verb a bare conjunct shares its subject with ("attacked
    the town on Monday and KILLED ten"), the vote that enacts the bill the clause describes
    ("passed a bill on Tuesday that would IMPOSE sanctions"), the implicative verb an infinitive
    completes ("tried on Monday to ARREST him") or the act a purpose clause serves ("held a meeting
    on Friday to DISCUSS sanctions"); None for another clause with a subject or a marker of its own."""
    enactor = enacting_verb(anchor)
    if enactor is not None:
        return enactor
    if _completes_implicative(anchor):
        return anchor.head  # "tried on Monday to arrest him", "voted on Saturday to impeach him"
    own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in anchor.children)
    adjunct = is_participial_adjunct(anchor) or _purpose(anchor)
    if own or not (adjunct or anchor.dep_ == "conj") or anchor.head.pos_ not in ("VERB", "AUX"):
        return None
    return anchor.head


def _when_linked(anchor: Token) -> set[int]:
    """The verbs a "when" clause ties to the event's time: the "when" clause of the event's own verb
    ("WHEN I TALKED to him last night, I told him"), or the clause a "when" clause of the event hangs
    on ("began on Aug. 25, when insurgents attacked police posts": attacked on Aug. 25)."""

    def is_when(verb: Token) -> bool:
        return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children)

    linked = {c.i for c in anchor.children if c.dep_ == "advcl" and is_when(c)}
    if anchor.dep_ in ("advcl", "relcl") and is_when(anchor):
        linked.add(_governor(anchor.head).i)
    return linked


def sentence_expressions(sent: Span) -> list[tuple[TimeExpression, Token]]:
    """The time expressions of a sentence that can date an event, each with the verb it hangs on."""
    found = []
    for expr in find_time_expressions(span_text(sent)):
        span = sent.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is not None and not _background(span):
            found.append((expr, _governor(span.root)))
    return found


def _looks_ahead(verb: Token) -> bool:
    """True for a to-infinitive that comes after its governing verb's time ("agreed to meet on
    Friday"), not one that shares it ("tried to arrest him on Wednesday": implicative verbs)."""
    return is_to_infinitive(verb) and not _completes_implicative(verb)


def _completes_implicative(verb: Token) -> bool:
    """True for the complement of a verb whose infinitive happens when it does (``implicative_verbs``)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in load_lexicon().implicative_verbs


def _resolved(
    frame: EventFrame,
    expressions: list[tuple[TimeExpression, Token]],
    sharer: Token | None,
    references: tuple[dt.date, dt.date | None],
) -> ResolvedDate | None:
    """The first of ``expressions`` that resolves to a date, against the publication date or, for one
    counted from the story's day, the day reached (``references``)."""
    published, reached = references
    purpose = _purpose(frame.anchor)  # "will meet ... to discuss": the plan's own time
    # an act already done is not dated by what it threatens or asks for; an agreement is, as the
    # gold dates "agreed to meet on Wednesday" by the planned meeting
    done = frame.factuality in ("asserted", "negated", "denied") and frame.sense.type != "AGREE"
    for expr, gov in expressions:
        planned = frame.factuality == "planned" and (sharer is None or gov.i != sharer.i or purpose)
        tense: Tense = "future" if planned or _looks_ahead(gov) else None
        tense = tense or guess_tense_at(span_text(sentence_of(frame.anchor)), expr.start, expr.end)
        reference = reached if counts_from_story(expr.text) else published
        value = None if reference is None else resolve_date(expr.text, reference, tense)
        if value is None or "REF" in value.value:
            continue
        if done and published is not None and _after(value, published):
            continue  # "threatened to impose tariffs from Nov. 1": the time of what is threatened
        return value
    return None


def _after(value: ResolvedDate, published: dt.date) -> bool:
    """True when a resolved date (a day, an ISO week, a month or a year; not a season) starts after
    ``published``: no time of an act already done."""
    span = date_range(value.value) if value.precision != "season" else None
    return span is not None and span[0] > published


def _counted(
    frame: EventFrame, exprs: list[tuple[TimeExpression, Token]], references: tuple[dt.date, dt.date | None]
) -> EventDate | None:
    """The date of an event in a counted phrase ("a day after Trump recognized Jerusalem"): the day of
    the clause it hangs on (its own time expression, else the publication date), moved by the count."""
    counted = counted_days(frame.anchor)
    if counted is None:
        return None
    governor, days, text = counted
    own = [(e, gov) for e, gov in exprs if gov.i == governor.i]
    value = _resolved(frame, own, None, references)
    if value is None:
        day: dt.date | None = references[0]
    else:
        day = _day_of(value.value) if value.precision == "day" else None
    if day is None:
        return None
    return EventDate((day + dt.timedelta(days=days)).isoformat(), "day", text, False, "clause", counted=True)


def event_date(
    frame: EventFrame,
    exprs: list[tuple[TimeExpression, Token]],
    published: dt.date | None,
    reached: dt.date | None = None,
) -> EventDate:
    """The date of ``frame``: the first time expression (of ``exprs``, its sentence's) that resolves,
    taken from the event's own clause, then from the clause a counted phrase hangs on ("a day after"),
    then from the reporting verb's; else the publication date. An expression counted from the story's
    day ("two days later") is resolved against ``reached``, the day the story has reached
    (:attr:`StoryDay.reached`), and skipped when there is none."""
    if published is None:
        return NO_DATE
    references = (published, reached)
    own = [(e, gov) for e, gov in exprs if gov.i in (frame.anchor.i, frame.trigger.i)]
    inner = [(e, gov) for e, gov in exprs if _inside(gov, frame.anchor, frame.attribution.verb)]
    reporting = frame.attribution.verb
    sharer = _date_sharer(frame.anchor)
    if sharer is not None and reporting is not None and sharer.i == reporting.i:
        sharer = None  # the reporting verb's time is tried last, as the sentence's
    value = _resolved(frame, own + inner, sharer, references)
    if value is not None:
        return EventDate(value.value, value.precision, value.text, value.approximate, "clause")
    counted = _counted(frame, exprs, references)
    if counted is not None:
        return counted
    linked = _when_linked(frame.anchor)
    found: tuple[tuple[list[tuple[TimeExpression, Token]], DateSource], ...] = (
        ([(e, gov) for e, gov in exprs if sharer is not None and gov.i == sharer.i], "clause"),
        ([(e, gov) for e, gov in exprs if gov.i in linked], "clause"),
        ([(e, gov) for e, gov in exprs if reporting is not None and gov.i == reporting.i], "sentence"),
    )
    for expressions, source in found:
        value = _resolved(frame, expressions, sharer, references)
        if value is not None:
            return EventDate(value.value, value.precision, value.text, value.approximate, source)
    return EventDate(published.isoformat(), "day", None, False, "publication")


def _pluperfect(verb: Token) -> bool:
    """True for a verb in the past perfect ("had dared", "had been warned"): an act before the
    story's own time, whose day is background to it."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def _day_of(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


class StoryDay:
    """The day an article's story happened, carried from sentence to sentence: an event its own
    sentence does not date is taken to be of the day an earlier sentence gave an event ("Militants
    killed 16 police on Friday ... The ministry said 13 more were wounded": Friday), not of the
    publication date. The wire gold dates such events so. Only a day of the week before publication,
    read from an event's clause, is carried (an older one is background: "in May 2015", and so is
    the day of an act in the past perfect: "had dared Congress on Wednesday"); planned events keep
    their own. Frames must come in text order."""

    RECENT_DAYS = 7

    def __init__(self, published: dt.date | None) -> None:
        self._published = published
        self._day: EventDate | None = None
        self._sentence = -1
        self.reached: dt.date | None = None
        """The last day an event's own clause named, however old: what "two days later" counts from."""

    def _recent(self, found: EventDate) -> bool:
        if self._published is None or found.value is None or found.precision != "day":
            return False
        day = _day_of(found.value)
        return day is not None and 0 < (self._published - day).days <= self.RECENT_DAYS

    def date_of(self, frame: EventFrame, found: EventDate, sentence: int) -> EventDate:
        """``found``, the frame's own date, or the story's day in place of the publication date
        (``sentence``: where the frame's sentence starts)."""
        if found.counted:
            return found  # a background event's day ("a day after X"), not the story's
        if found.source == "clause" and found.precision == "day" and found.value is not None:
            self.reached = _day_of(found.value) or self.reached
        if found.source == "clause" and self._recent(found):
            if not _pluperfect(frame.anchor):  # "had dared Congress on Wednesday": before the story
                self._day, self._sentence = found, sentence
            return found
        if found.source != "publication" or self._day is None or self._sentence == sentence:
            return found
        if frame.factuality != "asserted":
            return found
        return replace(self._day, source="article")
