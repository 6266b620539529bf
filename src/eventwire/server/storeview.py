"""Read-only queries the web app runs against an eventwire store (DuckDB file, store contract schema).

Every request opens a short-lived read-only connection, so a batch run can write to the store between
requests; while a writer holds the file a query waits up to ``wait`` seconds for it, then fails with
:class:`~eventwire.server.storewait.StoreLockedError` (HTTP 503 with Retry-After).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any

import duckdb
from pydantic import ValidationError

from eventwire.actors.labels import actor_label
from eventwire.errors import StoreError
from eventwire.models import Event
from eventwire.server.schemas import NetworkEdge, NetworkNode, StoredArticle, TrendPoint
from eventwire.server.storewait import STORE_WAIT, StoreLockedError, while_locked
from eventwire.store.queries import (
    PERIODS,
    ActorSpec,
    NotAStoreError,
    Period,
    actor_profiles,
    article_records,
    dyad_counts,
    dyad_edges,
    dyad_filter,
    event_filters,
    example_names,
    open_readonly,
)

DEFAULT_ORDER = "date DESC NULLS LAST, article_id, sentence_index, event_id"


class StoreBusyError(StoreError):
    """The store exists but cannot be read (not an eventwire store, or unreadable)."""


class StoreReader:
    """Read-only access to one store file."""

    def __init__(self, path: Path, wait: float = STORE_WAIT) -> None:
        if not path.is_file():
            raise StoreError(f"no event store at {path}: run `eventwire batch` first or fix --store")
        self.path = path
        self.wait = wait

    def connect(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        """A short-lived read-only connection; StoreBusyError when the store cannot be read now."""
        return self._connect()

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        not_a_store = f"{self.path.name} is not an eventwire store (tables missing)"
        with ExitStack() as stack:
            try:
                conn = while_locked(lambda: stack.enter_context(open_readonly(self.path)), self.wait)
            except StoreLockedError:
                raise
            except NotAStoreError:
                raise StoreBusyError(not_a_store) from None
            except StoreError as exc:
                raise StoreBusyError(f"cannot open the event store read-only: {exc}") from None
            try:
                yield conn
            except duckdb.CatalogException:
                raise StoreBusyError(not_a_store) from None

    def query_events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        factuality: str | None = None,
        limit: int = 100,
        offset: int = 0,
        order_by: str = DEFAULT_ORDER,
    ) -> tuple[int, list[Event]]:
        """Total number of matching event mentions and one page of them (``order_by``: newest first)."""
        where, params = event_filters(actor, event_type, since, until, factuality)
        with self._connect() as conn:
            row = conn.execute(f"SELECT count(*) FROM events {where}", params).fetchone()
            rows = conn.execute(
                f"SELECT record FROM events {where} ORDER BY {order_by} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        return (int(row[0]) if row else 0), [event_from_record(r[0]) for r in rows]

    def get_article(self, article_id: str) -> tuple[StoredArticle, list[Event]] | None:
        """One stored article with its events in text order, or None when the id is unknown."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT article_id, title, date, text, dateline_place, agency FROM articles "
                "WHERE article_id = ?",
                [article_id],
            ).fetchone()
            if row is None:
                return None
            records = article_records(conn, article_id)
        article = StoredArticle(
            id=row[0], title=row[1], date=row[2], text=row[3] or "", dateline_place=row[4], agency=row[5]
        )
        return article, [event_from_record(r) for r in records]

    def trend(
        self,
        source: str,
        target: str,
        by: Period,
        both_directions: bool,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[TrendPoint]:
        """Events per period between two actors (``USA``, ``USAGOV`` or ``USA:MIL``, as in
        ``eventwire trend``), dated from ``since`` to ``until`` (by default within the articles'
        publication period, as there)."""
        src, tgt = ActorSpec.read(source), ActorSpec.read(target)
        if by not in PERIODS:
            raise StoreError(f"unknown trend granularity {by!r}: use day, week or month")
        if src is None or tgt is None:
            return []
        with self._connect() as conn:
            rows = dyad_counts(conn, "events", (src, tgt), by, both_directions, (since, until))
        totals: dict[dt.date, tuple[int, float, list[int]]] = {}
        for period, _, quad, n, goldstein in rows:
            events, goldstein_sum, quads = totals.get(period, (0, 0.0, [0, 0, 0, 0]))
            quads[quad - 1] += n
            totals[period] = (events + n, goldstein_sum + goldstein, quads)
        return [
            TrendPoint(period=p, events=n, goldstein_mean=round(g / n, 3), quad_counts=quads)
            for p, (n, g, quads) in sorted(totals.items())
        ]

    def network(
        self, since: dt.date | None, until: dt.date | None, min_events: int, max_edges: int
    ) -> tuple[list[NetworkNode], list[NetworkEdge]]:
        """The strongest directed actor-to-actor edges and the actors they join."""
        with self._connect() as conn:
            rows = dyad_edges(conn, "events", (since, until), min_events, dyad_filter(), max_edges)
            edges = [
                NetworkEdge(source=s, target=t, events=n, goldstein_mean=round(g, 3), top_type=top)
                for s, t, n, g, _, _, top in rows
            ]
            nodes = self._nodes(conn, edges)
        return nodes, edges

    @staticmethod
    def _nodes(conn: duckdb.DuckDBPyConnection, edges: list[NetworkEdge]) -> list[NetworkNode]:
        counts: dict[str, int] = {}
        for edge in edges:
            counts[edge.source] = counts.get(edge.source, 0) + edge.events
            counts[edge.target] = counts.get(edge.target, 0) + edge.events
        if not counts:
            return []
        ids = sorted(counts)
        profiles = actor_profiles(conn, "events", ids)
        examples = example_names(conn, "events", ids)
        return [
            NetworkNode(
                id=i,
                label=actor_label(i),
                examples=examples.get(i, []),
                country=profiles.get(i, (None, None))[0],
                events=counts[i],
            )
            for i in ids
        ]


def event_from_record(record: Any) -> Event:
    try:
        data = json.loads(record) if isinstance(record, str) else record
        return Event.model_validate(data)
    except (ValueError, ValidationError):
        raise StoreBusyError("the store holds an event record that does not match the Event schema") from None
