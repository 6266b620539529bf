"""Claims and sourcing profiles of an event store (read-only), and saving claims into it.

Claims are derived from the stored events on every read (cached while the file is unchanged), so a
batch run, its resume and its kill-safety are untouched; ``save_claims`` also writes them as the
``claims`` and ``claim_mentions`` tables for SQL users, in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from eventwire.claims.group import find_claims
from eventwire.claims.models import Claim, SourcingProfile
from eventwire.claims.sourcing import sourcing_profile
from eventwire.errors import StoreError
from eventwire.models import Event
from eventwire.store.db import Store
from eventwire.store.queries import has_table, open_readonly

_KINDS = ("named", "official", "anonymous", "media", "none")
_SOURCING_SQL = (
    'SELECT events, named, official, anonymous, media, "none" FROM article_sourcing WHERE article_id = ?'
)


class UnknownClaimError(StoreError):
    """No claim with that id in the store."""


class NoEventRecordsError(StoreError):
    """The store's events carry no full event records (``record``), so no claims can be derived."""


def store_claims(store: Path | str, status: str | None = None, actor: str | None = None) -> list[Claim]:
    """The store's claims, optionally only those of one status or naming one actor (code or country)."""
    path = Path(store)
    stat = path.stat() if path.is_file() else None
    claims = _cached(str(path), stat.st_mtime_ns if stat else 0, stat.st_size if stat else 0)
    wanted = actor.upper() if actor else None
    return [
        c for c in claims if (status is None or c.status == status) and (wanted is None or _names(c, wanted))
    ]


def get_claim(store: Path | str, claim_id: str) -> Claim:
    found = next((c for c in store_claims(store) if c.claim_id == claim_id), None)
    if found is None:
        raise UnknownClaimError(f"no claim {claim_id!r} in {store}")
    return found


def article_claims(store: Path | str, article_id: str) -> list[Claim]:
    """The claims with a mention in one article."""
    return [c for c in store_claims(store) if any(m.article_id == article_id for m in c.mentions)]


def _names(claim: Claim, actor: str) -> bool:
    codes = {claim.source, claim.target}
    for mention in claim.mentions:
        codes.update((mention.source_code, mention.target_code))
    return actor in codes


@lru_cache(maxsize=4)
def _cached(path: str, mtime_ns: int, size: int) -> tuple[Claim, ...]:
    with open_readonly(path) as con:
        rows = con.execute(
            "SELECT e.record, a.title FROM events AS e LEFT JOIN articles AS a USING (article_id)"
        ).fetchall()
    try:
        events = [Event.model_validate(json.loads(record)) for record, _ in rows]
    except (ValidationError, TypeError, ValueError):
        raise NoEventRecordsError(
            f"{path}: the events have no complete `record` to derive claims from"
        ) from None
    titles = {event.article_id: title for event, (_, title) in zip(events, rows, strict=True)}
    return tuple(find_claims(events, titles))


def store_sourcing(store: Path | str, article_id: str) -> SourcingProfile:
    """One article's sourcing profile, from the ``article_sourcing`` view (or its events in older stores)."""
    with open_readonly(store) as con:
        if has_table(con, "article_sourcing"):
            row = con.execute(_SOURCING_SQL, [article_id]).fetchone()
            if row is not None:
                return SourcingProfile(
                    article_id=article_id, events=row[0], **dict(zip(_KINDS, row[1:], strict=True))
                )
        records = con.execute("SELECT record FROM events WHERE article_id = ?", [article_id]).fetchall()
    return sourcing_profile(article_id, (Event.model_validate(json.loads(r[0])) for r in records))


def save_claims(store: Path | str) -> int:
    """Write the store's claims into its ``claims`` and ``claim_mentions`` tables (replacing them)."""
    claims = store_claims(store)
    with Store.open(store) as db:
        db.con.execute("BEGIN TRANSACTION")
        try:
            db.con.execute("DELETE FROM claim_mentions")
            db.con.execute("DELETE FROM claims")
            _insert_claims(db, claims)
            db.con.execute("COMMIT")
        except BaseException:
            db.con.execute("ROLLBACK")
            raise
    return len(claims)


def _insert_claims(db: Store, claims: Sequence[Claim]) -> None:
    db.con.executemany(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                c.claim_id,
                c.family,
                c.proposition,
                c.source,
                c.target,
                c.date_start,
                c.date_end,
                c.status,
                len(c.mentions),
                c.num_articles,
                c.asserting_articles,
                c.denying_articles,
                c.asserting_sources,
                c.denying_sources,
            ]
            for c in claims
        ],
    )
    db.con.executemany(
        "INSERT INTO claim_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                c.claim_id,
                m.mention_id,
                m.event_id,
                m.article_id,
                m.sentence_index,
                m.stance,
                m.side,
                m.role,
                m.voice.text,
                m.voice.kind,
                m.voice.code,
            ]
            for c in claims
            for m in c.mentions
        ],
    )
