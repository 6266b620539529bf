"""Locate each event's trigger, source and target inside its sentence, for highlighting on the page."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from eventwire.models import Actor, Event
from eventwire.server.schemas import Mark, MarkKind, SentenceView


def _occurrences(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Case-insensitive whole-word occurrences of ``needle`` in ``haystack``."""
    needle = needle.strip()
    if not needle:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(haystack)]


def _word_prefix(stem: str, haystack: str) -> list[tuple[int, int]]:
    """Words of ``haystack`` that inflect ``stem`` (trigger given as a lemma: "accuse" -> "accused")."""
    stem = stem.strip()
    base = stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem
    if len(base) < 3 or " " in base:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(base)}\w*", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(haystack)]


def _nearest(spans: Sequence[tuple[int, int]], anchor: int | None) -> tuple[int, int] | None:
    if not spans:
        return None
    if anchor is None:
        return spans[0]
    return min(spans, key=lambda s: abs(s[0] - anchor))


def sentence_start(text: str, event: Event) -> int | None:
    """Offset of the event's sentence in the article text (the occurrence that contains the event span)."""
    sentence = event.sentence
    if not sentence:
        return None
    lo = max(0, event.span[0] - len(sentence))
    found = text.find(sentence, lo)
    while found != -1 and found <= event.span[0]:
        if found + len(sentence) >= event.span[1]:
            return found
        found = text.find(sentence, found + 1)
    first = text.find(sentence)
    return first if first != -1 else None


def event_marks(event: Event, start: int | None) -> list[Mark]:
    """Trigger, source and target marks of one event, with offsets relative to its sentence."""
    sentence = event.sentence
    trigger: tuple[int, int] | None = None
    anchor: int | None = None
    if start is not None:
        rel = (event.trigger_span[0] - start, event.trigger_span[1] - start)
        if 0 <= rel[0] < rel[1] <= len(sentence):
            trigger = rel
        span_start = event.span[0] - start
        anchor = span_start if 0 <= span_start <= len(sentence) else None
    trigger = trigger or _nearest(_occurrences(event.trigger, sentence), anchor)
    trigger = trigger or _nearest(_word_prefix(event.trigger, sentence), anchor)
    marks: list[Mark] = []
    if trigger is not None:
        marks.append(Mark(kind="trigger", start=trigger[0], end=trigger[1], event_id=event.event_id))
    pivot = trigger[0] if trigger else anchor
    roles: tuple[tuple[MarkKind, list[Actor]], ...] = (("source", event.source), ("target", event.target))
    for kind, actors in roles:
        for actor in actors:
            found = _nearest(_occurrences(actor.text, sentence), pivot)
            if found is not None:
                marks.append(Mark(kind=kind, start=found[0], end=found[1], event_id=event.event_id))
    return marks


def annotate(text: str, events: Iterable[Event]) -> list[SentenceView]:
    """One view per sentence that carries events, in sentence order, with all their marks."""
    views: dict[tuple[int, str], SentenceView] = {}
    for event in events:
        key = (event.sentence_index, event.sentence)
        if key not in views:
            views[key] = SentenceView(
                index=event.sentence_index,
                text=event.sentence,
                start=sentence_start(text, event),
                event_ids=[],
                marks=[],
            )
        view = views[key]
        view.event_ids.append(event.event_id)
        view.marks.extend(event_marks(event, view.start))
    return sorted(views.values(), key=lambda v: (v.index, v.start or 0))
