"""Read-only queries the web app runs against an eventwire store (DuckDB file, store contract schema).

Every request opens a short-lived read-only connection, so a batch run can write to the store between
requests; while a writer holds the file the queries fail with :class:`StoreBusyError` (HTTP 503).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any, Literal

import duckdb
from pydantic import ValidationError

from eventwire.actors.labels import actor_label
from eventwire.errors import StoreError
from eventwire.models import Event
from eventwire.server.schemas import NetworkEdge, NetworkNode, StoredArticle, TrendPoint
from eventwire.store.queries import (
    ActorSpec,
    NotAStoreError,
    article_records,
    date_condition,
    dyad_condition,
    dyad_filter,
    event_filters,
    example_names,
    open_readonly,
)

Granularity = Literal["day", "week", "month"]
_GRAINS = ("day", "week", "month")
DEFAULT_ORDER = "date DESC NULLS LAST, article_id, sentence_index, event_id"


class StoreBusyError(StoreError):
    """The store exists but cannot be read right now (locked by a writer, or not an eventwire store)."""


class StoreReader:
    """Read-only access to one store file."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise StoreError(f"no event store at {path}: run `eventwire batch` first or fix --store")
        self.path = path

    def connect(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        """A short-lived read-only connection; StoreBusyError when the store cannot be read now."""
        return self._connect()

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        not_a_store = f"{self.path.name} is not an eventwire store (tables missing)"
        with ExitStack() as stack:
            try:
                conn = stack.enter_context(open_readonly(self.path))
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
        by: Granularity,
        both_directions: bool,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[TrendPoint]:
        """Events per period between two actors (``USA``, ``USAGOV`` or ``USA:MIL``, as in
        ``eventwire trend``), dated from ``since`` to ``until`` (by default within the articles'
        publication period, as there)."""
        src, tgt = ActorSpec.read(source), ActorSpec.read(target)
        if by not in _GRAINS:
            raise StoreError(f"unknown trend granularity {by!r}: use day, week or month")
        if src is None or tgt is None:
            return []
        condition, params = dyad_condition(src, tgt, both_directions)
        when, when_params = date_condition(since, until)
        params = [*params, *when_params]
        sql = (
            f"SELECT date_trunc('{by}', date)::DATE AS period, count(*), avg(goldstein), "
            "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
            "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4) "
            f"FROM events WHERE date IS NOT NULL AND {condition} AND {when} GROUP BY period ORDER BY period"
        )
        with self._connect() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            TrendPoint(
                period=r[0],
                events=r[1],
                goldstein_mean=None if r[2] is None else round(float(r[2]), 3),
                quad_counts=[int(r[3]), int(r[4]), int(r[5]), int(r[6])],
            )
            for r in rows
        ]

    def network(
        self, since: dt.date | None, until: dt.date | None, min_events: int, max_edges: int
    ) -> tuple[list[NetworkNode], list[NetworkEdge]]:
        """The strongest directed actor-to-actor edges and the actors they join."""
        when, params = date_condition(since, until)
        sql = (
            "SELECT source_code AS s, target_code AS t, count(*) AS n, avg(goldstein), mode(event_type) "
            f"FROM events WHERE {when} AND {dyad_filter()} "
            "GROUP BY s, t HAVING count(*) >= ? ORDER BY n DESC, s, t LIMIT ?"
        )
        with self._connect() as conn:
            rows = conn.execute(sql, [*params, min_events, max_edges]).fetchall()
            edges = [
                NetworkEdge(
                    source=r[0],
                    target=r[1],
                    events=r[2],
                    goldstein_mean=None if r[3] is None else round(float(r[3]), 3),
                    top_type=r[4],
                )
                for r in rows
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
        rows = conn.execute(
            "SELECT code, any_value(name), any_value(country) FROM ("
            "SELECT source_code AS code, source_name AS name, source_country AS country FROM events "
            "UNION ALL SELECT target_code, target_name, target_country FROM events"
            ") WHERE code IN (SELECT unnest(?)) GROUP BY code",
            [ids],
        ).fetchall()
        info = {r[0]: (r[1], r[2]) for r in rows}
        examples = example_names(conn, "events", ids)
        return [
            NetworkNode(
                id=i,
                label=actor_label(i),
                examples=examples.get(i, []),
                country=info.get(i, (None, None))[1],
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
