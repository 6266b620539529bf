from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from builders import make_store

from eventwire.claims.store import (
    UnknownClaimError,
    article_claims,
    get_claim,
    save_claims,
    store_claims,
    store_sourcing,
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return make_store(tmp_path / "claims.duckdb")


def test_claims_of_a_store_with_filters(store: Path) -> None:
    claims = store_claims(store)
    assert len(claims) == 2
    (contested,) = store_claims(store, status="contested")
    assert contested.num_articles == 2 and contested.asserting_articles == 2
    assert contested.mentions[0].article_title == "title a1"
    assert store_claims(store, actor="fregov") != [] and store_claims(store, actor="XYZ") == []
    assert get_claim(store, contested.claim_id) == contested
    assert {c.claim_id for c in article_claims(store, "a2")} == {contested.claim_id}


def test_unknown_claim_is_a_named_error(store: Path) -> None:
    with pytest.raises(UnknownClaimError):
        get_claim(store, "nope")


def test_sourcing_profile_from_the_view(store: Path) -> None:
    profile = store_sourcing(store, "a1")
    assert (profile.events, profile.anonymous, profile.none) == (3, 1, 2)


def test_saved_claims_are_tables_replaced_on_each_save(store: Path) -> None:
    assert save_claims(store) == 2
    assert save_claims(store) == 2
    con = duckdb.connect(str(store), read_only=True)
    try:
        statuses = con.execute("SELECT status, num_mentions FROM claims ORDER BY status").fetchall()
        stances = con.execute("SELECT count(*) FROM claim_mentions WHERE stance = 'denied'").fetchall()
    finally:
        con.close()
    assert statuses == [("contested", 3), ("uncontested", 1)]
    assert stances == [(1,)]
