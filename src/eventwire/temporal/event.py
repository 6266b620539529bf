"""When an event happened: :func:`event_date` is the one place the date of an event record is decided."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Span, Token

from eventwire.temporal.finder import find_time_expressions
from eventwire.temporal.resolve import resolve_date
from eventwire.temporal.tense import guess_tense_at
from eventwire.temporal.types import Precision, Tense, TimeExpression

if TYPE_CHECKING:
    from eventwire.events.frames import EventFrame

DateSource = Literal["clause", "sentence", "publication"]


@dataclass(frozen=True)
class EventDate:
    """The date of an event record, and where it came from (all None without a publication date)."""

    value: str | None = None
    precision: Precision | None = None
    text: str | None = None
    approximate: bool = False
    source: DateSource | None = None


NO_DATE = EventDate()


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


def sentence_expressions(sent: Span) -> list[tuple[TimeExpression, Token]]:
    """The time expressions of a sentence, each with the verb it hangs on."""
    found = []
    for expr in find_time_expressions(sent.text):
        span = sent.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is not None:
            found.append((expr, _governor(span.root)))
    return found


def event_date(
    frame: EventFrame, exprs: list[tuple[TimeExpression, Token]], published: dt.date | None
) -> EventDate:
    """The date of ``frame``: the first time expression (of ``exprs``, its sentence's) that resolves,
    taken from the event's own clause, then from the reporting verb's; else the publication date."""
    if published is None:
        return NO_DATE
    own = [e for e, gov in exprs if gov.i in (frame.anchor.i, frame.trigger.i)]
    inner = [e for e, gov in exprs if _inside(gov, frame.anchor, frame.attribution.verb)]
    reporting = frame.attribution.verb
    said = [e for e, gov in exprs if reporting is not None and gov.i == reporting.i]
    found: tuple[tuple[list[TimeExpression], DateSource], ...] = (
        (own, "clause"),
        (inner, "clause"),
        (said, "sentence"),
    )
    for expressions, source in found:
        for expr in expressions:
            tense: Tense = "future" if frame.factuality == "planned" else None
            tense = tense or guess_tense_at(frame.anchor.sent.text, expr.start, expr.end)
            value = resolve_date(expr.text, published, tense)
            if value is not None and "REF" not in value.value:
                return EventDate(value.value, value.precision, value.text, value.approximate, source)
    return EventDate(published.isoformat(), "day", None, False, "publication")
