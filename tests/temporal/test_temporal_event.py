"""The event date (temporal/event.py: event_date) and the eventwire_time stage, on hand-made parses."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.attribution.sources import NO_ATTRIBUTION
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense
from eventwire.models import Factuality
from eventwire.stage import ComponentNotInitializedError
from eventwire.temporal.component import TimeComponent
from eventwire.temporal.event import NO_DATE, EventDate, event_date, sentence_expressions

PUBLISHED = dt.date(2017, 2, 2)  # a Thursday
SENSE = Sense("CONSULT", "040", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)


def _frame(words: list[str], heads: list[int], deps: list[str], factuality: Factuality) -> EventFrame:
    pos = ["VERB" if d == "ROOT" else "X" for d in deps]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return EventFrame(root, root, SENSE, [], [], [], [], factuality, NO_ATTRIBUTION)


def _met_on_tuesday(factuality: Factuality = "asserted") -> EventFrame:
    words = ["They", "met", "on", "Tuesday", "."]
    return _frame(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"], factuality)


def test_a_date_in_the_events_own_clause() -> None:
    frame = _met_on_tuesday()
    found = event_date(frame, sentence_expressions(frame.anchor.sent), PUBLISHED)
    assert found == EventDate("2017-01-31", "day", "Tuesday", False, "clause")


def test_a_planned_event_looks_forward() -> None:
    frame = _met_on_tuesday("planned")
    assert event_date(frame, sentence_expressions(frame.anchor.sent), PUBLISHED).value == "2017-02-07"


def test_without_a_time_expression_the_publication_date() -> None:
    frame = _frame(["They", "met", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], "asserted")
    assert event_date(frame, [], PUBLISHED) == EventDate("2017-02-02", "day", None, False, "publication")


def test_without_a_publication_date_no_date() -> None:
    frame = _met_on_tuesday()
    assert event_date(frame, sentence_expressions(frame.anchor.sent), None) == NO_DATE


def test_the_time_stage_dates_every_frame() -> None:
    frame = _met_on_tuesday()
    doc = frame.anchor.doc
    doc._.event_frames, doc._.article_date = [frame], PUBLISHED
    stage = TimeComponent("eventwire_time")
    with pytest.raises(ComponentNotInitializedError):
        stage(doc)
    stage.initialize()
    stage(doc)
    assert frame.date is not None and frame.date.value == "2017-01-31"
