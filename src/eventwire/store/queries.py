"""The read-only query layer of an event store, shared by the analysis commands, the report and the web app.

One way to open a store file read-only (with the same errors everywhere), one definition of an actor
(:class:`ActorSpec`: ``USA``, ``USAGOV``, ``USA:MIL``) and the SQL pieces that match actors, dates and
the standard filters in the ``events`` table and its ``unique_events`` view.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import duckdb

from eventwire.errors import StoreError, StoreInUseError

Side = Literal["source", "target"]
Period = Literal["day", "week", "month"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")
DateWindow = tuple[dt.date | None, dt.date | None]

_COUNTRY_SECTOR = re.compile(r"^([A-Z]{3}):([A-Z0-9]+)$")
_CODE = re.compile(r"^[A-Z0-9]{3,}$")


class NotAStoreError(StoreError):
    """The file is a database, but not an eventwire store (it has no ``events`` table)."""


@contextmanager
def open_readonly(store: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to ``store``, closed on exit.

    Raises StoreError when the file is missing or unreadable, StoreInUseError while a writer holds it,
    and NotAStoreError when it is not an eventwire store.
    """
    path = Path(store)
    if not path.is_file():
        raise StoreError(f"store file not found: {path} (create it with `eventwire batch`)")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        if "lock" in str(exc).lower():
            raise StoreInUseError(f"store {path} is locked by another process; try again later") from None
        raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from None
    try:
        if not has_table(con, "events"):
            raise NotAStoreError(f"{path} is not an eventwire store (it has no `events` table)")
        yield con
    finally:
        con.close()


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the store has a table or view called ``name``."""
    sql = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
    row = con.execute(sql, [name]).fetchone()
    return bool(row and row[0])


def relation(con: duckdb.DuckDBPyConnection, unique: bool) -> str:
    """The table or view to read: de-duplicated events when ``unique`` is set."""
    if not unique:
        return "events"
    if not has_table(con, "unique_events"):
        raise StoreError("this store has no `unique_events` view; rebuild it with a current eventwire")
    return "unique_events"


@dataclass(frozen=True)
class ActorSpec:
    """An actor to match: a country (``USA``), an actor code (``USAGOV``) or a country and sector."""

    text: str
    country: str | None
    sector: str | None
    code: str | None

    @classmethod
    def read(cls, text: str) -> ActorSpec | None:
        """``USA`` (country or code), ``USAGOV`` (code) or ``USA:MIL``; None for anything else."""
        spec = text.strip().upper()
        match = _COUNTRY_SECTOR.match(spec)
        if match:
            return cls(spec, match.group(1), match.group(2), None)
        if len(spec) == 3 and spec.isalpha():
            return cls(spec, spec, None, spec)
        if _CODE.match(spec):
            return cls(spec, None, None, spec)
        return None

    @classmethod
    def exact_code(cls, code: str) -> ActorSpec:
        """Match exactly this actor code (``MEX`` here does not widen to every Mexican actor)."""
        return cls(code, None, None, code)

    @classmethod
    def code_or_country(cls, text: str) -> ActorSpec:
        """Match ``text`` (upper-cased) as an actor code or an ISO3 country, whatever its form."""
        spec = text.upper()
        return cls(spec, spec, None, spec)

    def predicate(self, side: Side) -> tuple[str, list[object]]:
        """A SQL condition (with its parameters) matching this actor on one side of an event."""
        if self.sector is not None:
            return f"({side}_country = ? AND upper({side}_sector) = ?)", [self.country, self.sector]
        if self.country is not None:
            return f"({side}_country = ? OR {side}_code = ?)", [self.country, self.code]
        return f"({side}_code = ?)", [self.code]


def actor_condition(spec: ActorSpec | None) -> tuple[str, list[object]]:
    """SQL matching events with ``spec`` as source or target (nothing when ``spec`` is None)."""
    if spec is None:
        return "FALSE", []
    src, src_params = spec.predicate("source")
    tgt, tgt_params = spec.predicate("target")
    return f"({src} OR {tgt})", [*src_params, *tgt_params]


def event_filters(
    actor: str | None,
    event_type: str | None,
    since: dt.date | None,
    until: dt.date | None,
    factuality: str | None,
) -> tuple[str, list[Any]]:
    """A ``WHERE`` clause (or "") and its parameters for the ``events`` table's standard filters.

    ``actor`` is read as an :class:`ActorSpec` (case-insensitive) and matched on either side. With
    neither ``since`` nor ``until``, events dated outside the articles' publication period (background
    references such as "the 1994 NAFTA") are left out, as in every analysis; undated events stay.
    """
    where: list[str] = []
    params: list[Any] = []
    if since is None and until is None:
        where.append(date_condition(None, None)[0])
    if actor:
        condition, actor_params = actor_condition(ActorSpec.read(actor))
        where.append(condition)
        params.extend(actor_params)
    for column, op, value in (
        ("event_type", "=", event_type.upper() if event_type else None),
        ("date", ">=", since),
        ("date", "<=", until),
        ("factuality", "=", factuality),
    ):
        if value is not None:
            where.append(f"{column} {op} ?")
            params.append(value)
    return ("WHERE " + " AND ".join(where)) if where else "", params


def article_records(con: duckdb.DuckDBPyConnection, article_id: str) -> list[Any]:
    """The stored event records (JSON) of one article, in text order."""
    rows = con.execute(
        "SELECT record FROM events WHERE article_id = ? ORDER BY sentence_index, span_start, event_id",
        [article_id],
    ).fetchall()
    return [row[0] for row in rows]


def dyad_condition(src: ActorSpec, tgt: ActorSpec, both_directions: bool) -> tuple[str, list[object]]:
    """SQL matching events from ``src`` to ``tgt`` (or either way round)."""
    s_src, p_src = src.predicate("source")
    t_tgt, p_tgt = tgt.predicate("target")
    sql, params = f"({s_src} AND {t_tgt})", [*p_src, *p_tgt]
    if both_directions:
        s_tgt, p_tgt2 = tgt.predicate("source")
        t_src, p_src2 = src.predicate("target")
        sql = f"({sql} OR ({s_tgt} AND {t_src}))"
        params += [*p_tgt2, *p_src2]
    return sql, params


# Without since/until, analyses keep events dated within the months the store's articles were published
# in: news text also dates events by background references decades back ("the 1994 NAFTA") or years
# ahead ("by 2030"), and one such date would stretch every series over empty years.
PUBLISHED_FROM = "(SELECT coalesce(date_trunc('month', min(date)), DATE '0001-01-01') FROM articles)"
PUBLISHED_TO = "(SELECT coalesce(last_day(max(date)), DATE '9999-12-31') FROM articles)"


def date_condition(since: dt.date | None, until: dt.date | None) -> tuple[str, list[object]]:
    """A SQL condition restricting events to ``since <= date <= until``.

    A bound left as None defaults to the publication period of the store's articles (first day of the
    earliest month, last day of the latest), so the default view is the period the corpus covers; with
    neither bound given, undated events (dated by their article, which lies in that period) stay in.
    """
    parts: list[str] = []
    params: list[object] = []
    if since is not None:
        parts.append("date >= ?")
        params.append(since)
    else:
        parts.append(f"date >= {PUBLISHED_FROM}")
    if until is not None:
        parts.append("date <= ?")
        params.append(until)
    else:
        parts.append(f"date <= {PUBLISHED_TO}")
    condition = " AND ".join(parts)
    if since is None and until is None:
        condition = f"(date IS NULL OR ({condition}))"
    return condition, params


def dyad_filter(international: bool = False, no_self: bool = False) -> str:
    """SQL keeping dyads with both codes, and optionally only international (source and target
    countries known and different) or non-self (source code differs from target code) ones."""
    parts = ["source_code IS NOT NULL", "target_code IS NOT NULL"]
    if no_self:
        parts.append("source_code <> target_code")
    if international:
        parts.append(
            "source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country"
        )
    return " AND ".join(parts)


def example_names(
    con: duckdb.DuckDBPyConnection, rel: str, codes: list[str], per_code: int = 3
) -> dict[str, list[str]]:
    """The ``per_code`` names most often found under each actor code (examples shown beside its label)."""
    if not codes:
        return {}
    rows = con.execute(
        "SELECT code, name FROM ("
        "SELECT code, name, row_number() OVER (PARTITION BY code ORDER BY count(*) DESC, name) AS rank "
        f"FROM (SELECT source_code AS code, source_name AS name FROM {rel} "
        f"UNION ALL SELECT target_code, target_name FROM {rel}) "
        "WHERE name IS NOT NULL AND list_contains(?, code) GROUP BY code, name"
        ") WHERE rank <= ? ORDER BY code, rank",
        [codes, per_code],
    ).fetchall()
    found: dict[str, list[str]] = {}
    for code, name in rows:
        found.setdefault(code, []).append(name)
    return found


def dyad_counts(
    con: duckdb.DuckDBPyConnection,
    rel: str,
    dyad: tuple[ActorSpec, ActorSpec],
    by: Period,
    both_directions: bool,
    window: DateWindow = (None, None),
) -> list[tuple[dt.date, str, int, int, float]]:
    """Dated events from one actor to another (or either way) within ``window`` (:func:`date_condition`),
    counted per ``by`` period, event type and QuadClass: rows of (period, event type, quad class,
    events, Goldstein sum) in period order. The trend of ``eventwire trend`` and of the API."""
    if by not in PERIODS:
        raise StoreError(f"unknown period {by!r}: use day, week or month")
    cond, params = dyad_condition(*dyad, both_directions)
    when, when_params = date_condition(*window)
    rows = con.execute(
        f"SELECT CAST(date_trunc('{by}', date) AS DATE) AS period, event_type, quad_class, "
        f"count(*) AS n, sum(goldstein) AS g FROM {rel} WHERE {cond} AND date IS NOT NULL AND {when} "
        "GROUP BY ALL ORDER BY period",
        [*params, *when_params],
    ).fetchall()
    return [(r[0], str(r[1]), int(r[2]), int(r[3]), float(r[4])) for r in rows]


def dyad_edges(
    con: duckdb.DuckDBPyConnection,
    rel: str,
    window: DateWindow,
    min_events: int,
    keep: str,
    limit: int | None = None,
) -> list[tuple[str, str, int, float, int, int, str]]:
    """Directed actor-to-actor edges with at least ``min_events`` events within ``window``, among the
    events ``keep`` (a :func:`dyad_filter`) lets through, strongest first (at most ``limit``): rows of
    (source code, target code, events, mean Goldstein, cooperative events (quads 1-2), conflictual
    events (quads 3-4), most frequent event type, the first alphabetically on a tie). The network
    of ``eventwire network`` and of the API."""
    when, params = date_condition(*window)
    sql = (
        "SELECT source_code, target_code, count(*) AS n, avg(goldstein), "
        "count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3) "
        f"FROM {rel} WHERE {keep} AND {when} GROUP BY source_code, target_code HAVING count(*) >= ? "
        "ORDER BY n DESC, source_code, target_code"
    )
    limit_params = [min_events] if limit is None else [min_events, limit]
    rows = con.execute(sql + ("" if limit is None else " LIMIT ?"), [*params, *limit_params]).fetchall()
    types = con.execute(
        f"SELECT source_code, target_code, event_type, count(*) AS n FROM {rel} WHERE {keep} AND {when} "
        "GROUP BY ALL ORDER BY source_code, target_code, n DESC, event_type",
        params,
    ).fetchall()
    top: dict[tuple[str, str], str] = {}
    for source, target, event_type, _ in types:
        top.setdefault((source, target), event_type)
    return [
        (str(r[0]), str(r[1]), int(r[2]), float(r[3]), int(r[4]), int(r[5]), top[(r[0], r[1])]) for r in rows
    ]


def actor_profiles(
    con: duckdb.DuckDBPyConnection, rel: str, codes: list[str]
) -> dict[str, tuple[str | None, str | None]]:
    """The country and sector most often found with each actor code, on either side of an event."""
    if not codes:
        return {}
    rows = con.execute(
        "SELECT code, mode(country), mode(sector) FROM ("
        f"SELECT source_code AS code, source_country AS country, source_sector AS sector FROM {rel} "
        f"UNION ALL SELECT target_code, target_country, target_sector FROM {rel}"
        ") WHERE list_contains(?, code) GROUP BY code",
        [codes],
    ).fetchall()
    return {str(r[0]): (r[1], r[2]) for r in rows}
