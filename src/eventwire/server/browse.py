"""The store browser's filter and sort order, shared by ``GET /events`` and its downloads.

``GET /events.csv`` and ``GET /events.jsonl`` stream every event that the same filter selects, in the
same order, so a download holds exactly what the browse table pages through.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from eventwire.events.cameo import UnknownCameoCodeError, cameo_info, load_cameo
from eventwire.models import Actor, Event, EventType, Factuality
from eventwire.server.errors import ApiError
from eventwire.server.schemas import ErrorResponse
from eventwire.server.storeview import StoreReader, event_from_record
from eventwire.store.queries import event_filters

SortKey = Literal["date", "type", "source", "target", "cameo", "factuality", "trigger"]
_SORT_SQL: dict[str, str] = {
    "date": "date",
    "type": "event_type",
    "source": "coalesce(source_code, source_country)",
    "target": "coalesce(target_code, target_country)",
    "cameo": "cameo",
    "factuality": "factuality",
    "trigger": "lower(trigger)",
}
_TIEBREAK = "date DESC NULLS LAST, article_id, sentence_index, event_id"
_FETCH = 500
CSV_COLUMNS = (
    "event_id", "article_id", "article_date", "article_title", "date", "date_precision", "event_type",
    "mode", "context", "cameo", "cameo_label", "quad_class", "goldstein", "source", "source_text",
    "target", "target_text", "location", "location_country", "factuality", "attribution_kind",
    "attribution_text", "trigger", "sentence", "confidence",
)  # fmt: skip


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to show (every field optional) and in what order."""

    actor: str | None = None
    event_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    factuality: str | None = None
    sort: SortKey = "date"
    order: Literal["asc", "desc"] = "desc"

    def where(self) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause (or "") and its parameters; 422 ``invalid_range`` if since > until."""
        if self.since and self.until and self.since > self.until:
            raise ApiError(422, "invalid_range", f"since ({self.since}) is after until ({self.until})")
        return event_filters(self.actor, self.event_type, self.since, self.until, self.factuality)

    def order_by(self) -> str:
        """SQL ordering: the chosen column (missing values last), then newest first, then text order."""
        return f"{_SORT_SQL[self.sort]} {self.order.upper()} NULLS LAST, {_TIEBREAK}"


def event_filter(
    actor: Annotated[str | None, Query(max_length=64, description="actor code or ISO3 country")] = None,
    event_type: Annotated[EventType | None, Query(alias="type", description="PLOVER event type")] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    factuality: Factuality | None = None,
    sort: Annotated[SortKey, Query(description="column to sort by")] = "date",
    order: Annotated[Literal["asc", "desc"], Query(description="sort direction")] = "desc",
) -> EventFilter:
    """The filter query parameters of ``/events`` and its downloads."""
    return EventFilter(actor, event_type, since, until, factuality, sort, order)


Filter = Annotated[EventFilter, Depends(event_filter)]


def require_store(request: Request) -> StoreReader:
    """The app's store reader; 503 ``no_store`` when the server was started without ``--store``."""
    store: StoreReader | None = request.app.state.store
    if store is None:
        raise ApiError(503, "no_store", "no event store configured: start the server with --store FILE")
    return store


Store = Annotated[StoreReader, Depends(require_store)]


def _codes(actors: list[Actor]) -> str:
    return "; ".join(dict.fromkeys(a.code or a.country or "?" for a in actors))


def _texts(actors: list[Actor]) -> str:
    return "; ".join(dict.fromkeys(a.text for a in actors if a.text))


def cameo_label(code: str) -> str | None:
    """The CAMEO table's label of ``code`` (or of its nearest parent code); None if unknown."""
    try:
        return cameo_info(code).label
    except UnknownCameoCodeError:
        return None


def csv_row(event: Event, article_date: dt.date | None, article_title: str | None) -> list[Any]:
    """One flat CSV row (see :data:`CSV_COLUMNS`); several actors are joined with "; ", each once."""
    place = event.location
    return [
        event.event_id, event.article_id, article_date, article_title, event.date, event.date_precision,
        event.event_type, event.mode, event.context, event.cameo, cameo_label(event.cameo),
        event.quad_class, event.goldstein, _codes(event.source), _texts(event.source),
        _codes(event.target), _texts(event.target), (place.name or place.text) if place else None,
        place.country if place else None, event.factuality, event.attribution.kind,
        event.attribution.text, event.trigger, event.sentence, event.confidence,
    ]  # fmt: skip


def _csv_lines(rows: Iterator[tuple[Event, dt.date | None, str | None]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event, date, title in rows:
        writer.writerow(csv_row(event, date, title))
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_lines(rows: Iterator[tuple[Event, dt.date | None, str | None]]) -> Iterator[str]:
    for event, date, title in rows:
        record = event.model_dump(mode="json")
        record.update(article_date=date.isoformat() if date else None, article_title=title)
        yield json.dumps(record, ensure_ascii=False) + "\n"


def _stream_rows(reader: StoreReader, flt: EventFilter) -> Iterator[tuple[Event, dt.date | None, str | None]]:
    """Every matching event with its article's date and title. The store is opened (and a busy or
    broken store reported) before the first row is asked for; it is closed when the stream ends."""
    where, params = flt.where()
    sql = (
        "SELECT record, article_date, article_title FROM (SELECT * FROM events "
        f"{where}) LEFT JOIN (SELECT article_id, date AS article_date, title AS article_title "
        f"FROM articles) USING (article_id) ORDER BY {flt.order_by()}"
    )
    with ExitStack() as stack:
        conn = stack.enter_context(reader.connect())
        cursor = conn.execute(sql, params)
        held = stack.pop_all()

    def rows() -> Iterator[tuple[Event, dt.date | None, str | None]]:
        with held:
            while batch := cursor.fetchmany(_FETCH):
                for record, date, title in batch:
                    yield event_from_record(record), date, title

    return rows()


def _download_doc(media_type: str) -> dict[int | str, dict[str, Any]]:
    return {
        200: {"content": {media_type: {"schema": {"type": "string"}}}},
        422: {"model": ErrorResponse},
        503: {"model": ErrorResponse},
    }


class CameoCode(BaseModel):
    """One code of the bundled CAMEO table."""

    label: str
    plover_type: str | None
    quad_class: int
    goldstein: float


class CameoTable(BaseModel):
    """Every CAMEO code eventwire knows, by code (two to four digits)."""

    codes: dict[str, CameoCode]


def reference_routes() -> APIRouter:
    """``GET /reference/cameo``: the CAMEO labels the page shows beside each code."""
    router = APIRouter(tags=["meta"])

    @router.get("/reference/cameo", response_model=CameoTable)
    def cameo_table() -> CameoTable:
        """The bundled CAMEO table: each code's label, PLOVER type, quad class and Goldstein score."""
        codes = {
            code: CameoCode(
                label=row.label,
                plover_type=row.plover_type,
                quad_class=row.quad_class,
                goldstein=row.goldstein,
            )
            for code, row in load_cameo().items()
        }
        return CameoTable(codes=codes)

    return router


def download_routes() -> APIRouter:
    """``GET /events.csv`` and ``GET /events.jsonl``."""
    router = APIRouter(tags=["store"])

    @router.get("/events.csv", response_class=StreamingResponse, responses=_download_doc("text/csv"))
    def events_csv(reader: Store, flt: Filter) -> StreamingResponse:
        """Every event matching the filters of ``/events`` (same order), as CSV with a header row."""
        return StreamingResponse(
            _csv_lines(_stream_rows(reader, flt)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )

    @router.get(
        "/events.jsonl",
        response_class=StreamingResponse,
        responses=_download_doc("application/x-ndjson"),
    )
    def events_jsonl(reader: Store, flt: Filter) -> StreamingResponse:
        """Every event matching the filters of ``/events`` (same order): one full record per line, with
        its article's ``article_date`` and ``article_title``."""
        return StreamingResponse(
            _jsonl_lines(_stream_rows(reader, flt)),
            media_type="application/x-ndjson",
            headers={"Content-Disposition": 'attachment; filename="events.jsonl"'},
        )

    return router
