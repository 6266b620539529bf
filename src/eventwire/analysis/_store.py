"""Actor checks the analyses add on top of the shared read-only store access (eventwire.store.queries)."""

from __future__ import annotations

import difflib

import duckdb

from eventwire.analysis.errors import ActorSpecError, UnknownActorError
from eventwire.store.queries import ActorSpec, actor_condition


def parse_actor(text: str) -> ActorSpec:
    """An actor as a user writes it: ``USA`` (country), ``USAGOV`` (code) or ``USA:MIL``."""
    spec = ActorSpec.read(text)
    if spec is None:
        raise ActorSpecError(
            f"cannot read actor {text!r}: use an ISO3 country (USA), a code (USAGOV) "
            "or country:sector (USA:MIL)"
        )
    return spec


def check_actor(con: duckdb.DuckDBPyConnection, spec: ActorSpec) -> None:
    """Raise UnknownActorError, with close matches, when ``spec`` occurs nowhere in the store."""
    condition, params = actor_condition(spec)
    row = con.execute(f"SELECT count(*) FROM events WHERE {condition}", params).fetchone()
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
