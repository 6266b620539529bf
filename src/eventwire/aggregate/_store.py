"""Read-only access to an eventwire DuckDB store and the SQL pieces every analysis shares."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

from eventwire.aggregate.errors import ActorSpecError, UnknownActorError
from eventwire.errors import StoreError, StoreInUseError

Side = Literal["source", "target"]

_COUNTRY_SECTOR = re.compile(r"^([A-Z]{3}):([A-Z0-9]+)$")
_CODE = re.compile(r"^[A-Z0-9]{3,}$")


@contextmanager
def connect(store: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open ``store`` read-only; raise StoreError when it is missing or not an eventwire store."""
    path = Path(store)
    if not path.is_file():
        raise StoreError(f"store file not found: {path} (create it with `eventwire batch`)")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreInUseError(f"store {path} is locked by another process; try again later") from None
        raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot open store {path}: {str(exc).splitlines()[0]}") from None
    try:
        tables = {
            row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if "events" not in tables:
            raise StoreError(f"{path} is not an eventwire store (it has no `events` table)")
        yield con
    finally:
        con.close()


def relation(con: duckdb.DuckDBPyConnection, unique: bool) -> str:
    """The table or view to read: de-duplicated events when ``unique`` is set."""
    if not unique:
        return "events"
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'unique_events'"
    ).fetchone()
    if not found or found[0] == 0:
        raise StoreError("this store has no `unique_events` view; rebuild it with a current eventwire")
    return "unique_events"


@dataclass(frozen=True)
class ActorSpec:
    """An actor as a user writes it: a country (``USA``), a code (``USAGOV``) or ``USA:MIL``."""

    text: str
    country: str | None
    sector: str | None
    code: str | None

    @classmethod
    def parse(cls, text: str) -> ActorSpec:
        spec = text.strip().upper()
        match = _COUNTRY_SECTOR.match(spec)
        if match:
            return cls(spec, match.group(1), match.group(2), None)
        if len(spec) == 3 and spec.isalpha():
            return cls(spec, spec, None, spec)
        if _CODE.match(spec):
            return cls(spec, None, None, spec)
        raise ActorSpecError(
            f"cannot read actor {text!r}: use an ISO3 country (USA), a code (USAGOV) "
            "or country:sector (USA:MIL)"
        )

    @classmethod
    def exact_code(cls, code: str) -> ActorSpec:
        """Match exactly this actor code (``MEX`` here does not widen to every Mexican actor)."""
        return cls(code, None, None, code)

    def predicate(self, side: Side) -> tuple[str, list[object]]:
        """A SQL condition (with its parameters) matching this actor on one side of an event."""
        if self.sector is not None:
            return f"({side}_country = ? AND upper({side}_sector) = ?)", [self.country, self.sector]
        if self.country is not None:
            return f"({side}_country = ? OR {side}_code = ?)", [self.country, self.code]
        return f"({side}_code = ?)", [self.code]


def check_actor(con: duckdb.DuckDBPyConnection, spec: ActorSpec) -> None:
    """Raise UnknownActorError, with close matches, when ``spec`` occurs nowhere in the store."""
    src, src_params = spec.predicate("source")
    tgt, tgt_params = spec.predicate("target")
    row = con.execute(
        f"SELECT count(*) FROM events WHERE {src} OR {tgt}", [*src_params, *tgt_params]
    ).fetchone()
    if row and row[0] > 0:
        return
    known = [
        str(r[0])
        for r in con.execute(
            "SELECT DISTINCT c FROM (SELECT source_code AS c FROM events UNION "
            "SELECT target_code FROM events UNION SELECT source_country FROM events UNION "
            "SELECT target_country FROM events) WHERE c IS NOT NULL"
        ).fetchall()
    ]
    close = difflib.get_close_matches(spec.text, known, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UnknownActorError(f"actor {spec.text!r} does not occur in the store{hint}")


def date_filter(since: dt.date | None, until: dt.date | None) -> tuple[str, list[object]]:
    """A SQL condition restricting events to ``since <= date <= until`` (TRUE when both are None)."""
    parts: list[str] = []
    params: list[object] = []
    if since is not None:
        parts.append("date >= ?")
        params.append(since)
    if until is not None:
        parts.append("date <= ?")
        params.append(until)
    return (" AND ".join(parts) or "TRUE"), params
