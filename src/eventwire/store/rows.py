"""Flatten articles and events into the column order of the store's tables."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventwire.models import Actor, Article, Event

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "event_type", "mode", "context", "cameo", "quad_class", "goldstein",
    "source_code", "source_country", "source_sector", "source_name",
    "target_code", "target_country", "target_sector", "target_name",
    "date", "date_precision", "location_name", "location_country", "lat", "lon",
    "factuality", "attribution_kind", "attribution_text", "trigger", "sentence", "sentence_index",
    "span_start", "span_end", "confidence", "record",
)  # fmt: skip
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "content_hash", "source_id", "title", "date", "text", "dateline_place", "agency",
    "coded_at", "run_id",
)  # fmt: skip

_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def event_date(value: str | None) -> dt.date | None:
    """The first day an event date string can mean: a day, an ISO week, a month or a year; else None."""
    if not value:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    week = _WEEK.match(text)
    month = _MONTH.match(text)
    year = _YEAR.match(text)
    try:
        if week:
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        if month:
            return dt.date(int(month.group(1)), int(month.group(2)), 1)
        if year:
            return dt.date(int(year.group(1)), 1, 1)
    except ValueError:
        return None
    return None


def _actor_fields(actors: list[Actor]) -> tuple[str | None, str | None, str | None, str | None]:
    if not actors:
        return None, None, None, None
    first = actors[0]
    return first.code, first.country, first.sector, first.name or first.text


def event_row(event: Event) -> tuple[Any, ...]:
    """One ``events`` row, in :data:`EVENT_COLUMNS` order."""
    location = event.location
    return (
        event.event_id,
        event.article_id,
        event.event_type,
        event.mode,
        event.context,
        event.cameo,
        event.quad_class,
        event.goldstein,
        *_actor_fields(event.source),
        *_actor_fields(event.target),
        event_date(event.date),
        event.date_precision,
        (location.name or location.text) if location else None,
        location.country if location else None,
        location.lat if location else None,
        location.lon if location else None,
        event.factuality,
        event.attribution.kind,
        event.attribution.text,
        event.trigger,
        event.sentence,
        event.sentence_index,
        event.span[0],
        event.span[1],
        event.confidence,
        event.model_dump_json(),
    )


def article_row(
    article: Article, source_id: str | None, coded_at: dt.datetime, run_id: str
) -> tuple[Any, ...]:
    """One ``articles`` row, in :data:`ARTICLE_COLUMNS` order (the article id is its content hash)."""
    dateline = article.dateline
    return (
        article.id,
        article.id,
        source_id,
        article.title,
        article.date,
        article.text,
        dateline.place if dateline else None,
        dateline.agency if dateline else None,
        coded_at,
        run_id,
    )
