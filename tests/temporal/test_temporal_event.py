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


def _two_sentences(
    first: list[str], first_heads: list[int], first_deps: list[str], then: Factuality
) -> list[EventFrame]:
    """The frames of "<first> They talked .": an event of the first sentence, then an undated one."""
    words = [*first, "They", "talked", "."]
    n = len(first)
    heads = [*first_heads, n + 1, n + 1, n + 1]
    deps = [*first_deps, "nsubj", "ROOT", "punct"]
    pos = ["VERB" if d == "ROOT" else "X" for d in deps]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    facts: list[Factuality] = ["asserted", then]
    frames = [
        EventFrame(r, r, SENSE, [], [], [], [], f, NO_ATTRIBUTION) for r, f in zip(roots, facts, strict=True)
    ]
    doc._.event_frames, doc._.article_date = frames, PUBLISHED
    stage = TimeComponent("eventwire_time")
    stage.initialize()
    stage(doc)
    return frames


MET_ON_TUESDAY = (
    ["They", "met", "on", "Tuesday", "."],
    [1, 1, 1, 2, 1],
    ["nsubj", "ROOT", "prep", "pobj", "punct"],
)


def test_an_undated_event_of_a_later_sentence_takes_the_storys_day() -> None:
    _, talked = _two_sentences(*MET_ON_TUESDAY, "asserted")
    assert talked.date == EventDate("2017-01-31", "day", "Tuesday", False, "article")


def test_a_planned_event_keeps_its_own_date() -> None:
    _, talked = _two_sentences(*MET_ON_TUESDAY, "planned")
    assert talked.date is not None and talked.date.source == "publication"


def test_a_day_more_than_a_week_old_is_background_and_not_carried() -> None:
    words = ["They", "met", "on", "January", "3", "."]
    met, talked = _two_sentences(
        words, [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "prep", "pobj", "nummod", "punct"], "asserted"
    )
    assert met.date is not None and met.date.value == "2017-01-03"
    assert talked.date is not None and talked.date.source == "publication"


def test_the_day_of_an_act_in_the_past_perfect_is_not_carried() -> None:
    """ "They had met on Tuesday": an act before the story's time, whose day later sentences do not take."""
    met, talked = _two_sentences(
        ["They", "had", "met", "on", "Tuesday", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        "asserted",
    )
    assert met.date is not None and met.date.value == "2017-01-31"
    assert talked.date is not None and talked.date.source == "publication"


def test_a_shift_counts_from_the_day_the_story_reached() -> None:
    """ "They met on January 3. Two days later they talked": January 5, though January 3 is too old to
    be carried to an undated event."""
    words = ["They", "met", "on", "January", "3", ".", "Two", "days", "later", "they", "talked", "."]
    heads = [1, 1, 1, 2, 3, 1, 7, 8, 10, 10, 10, 10]
    deps = ["nsubj", "ROOT", "prep", "pobj", "nummod", "punct"]
    deps += ["nummod", "npadvmod", "advmod", "nsubj", "ROOT", "punct"]
    pos = ["X", "VERB", "X", "X", "X", "X", "X", "X", "X", "X", "VERB", "X"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    met, talked = (
        EventFrame(t, t, SENSE, [], [], [], [], "asserted", NO_ATTRIBUTION) for t in (doc[1], doc[10])
    )
    doc._.event_frames, doc._.article_date = [met, talked], PUBLISHED
    stage = TimeComponent("eventwire_time")
    stage.initialize()
    stage(doc)
    assert talked.date == EventDate("2017-01-05", "day", "Two days later", False, "clause")


def test_a_shift_with_no_day_reached_is_not_read_from_the_publication_date() -> None:
    words = ["Two", "days", "later", "they", "talked", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 2, 4, 4, 4, 4],
        deps=["nummod", "npadvmod", "advmod", "nsubj", "ROOT", "punct"],
        pos=["X", "X", "X", "X", "VERB", "X"],
    )
    talked = EventFrame(doc[4], doc[4], SENSE, [], [], [], [], "asserted", NO_ATTRIBUTION)
    exprs = sentence_expressions(doc[:])
    assert [e.text for e, _ in exprs] == ["Two days later"]
    assert event_date(talked, exprs, PUBLISHED).source == "publication"
    assert event_date(talked, exprs, PUBLISHED, dt.date(2017, 1, 20)).value == "2017-01-22"
