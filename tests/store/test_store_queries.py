"""The shared read-only access: open errors, actor specs, and dyad and date conditions on a real store."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError, StoreInUseError
from eventwire.ingest import prepare_article
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.queries import (
    ActorSpec,
    NotAStoreError,
    actor_profiles,
    date_condition,
    dyad_condition,
    dyad_counts,
    dyad_edges,
    dyad_filter,
    open_readonly,
    relation,
)
from fake_coder import FakeCoder

TEXTS = {
    "2017-01-10": "Peru met Chile. Chile accused Peru.",
    "2017-02-10": "Peru met Chile again. Spain helped Peru.",
}


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "r.duckdb"
    coder = FakeCoder()
    with Store.open(path) as writer:
        run_id = writer.start_run(Settings(), ["x"], "local")
        rows = []
        for date, text in TEXTS.items():
            article = prepare_article(text, date=date)[0]
            rows.append((article, None, coder.code_article(article)))
        writer.write_batch(run_id, rows)
    return path


def _count(con: duckdb.DuckDBPyConnection, where: str, params: list[object], rel: str = "events") -> int:
    row = con.execute(f"SELECT count(*) FROM {rel} WHERE {where}", params).fetchone()
    return int(row[0]) if row else -1


def test_open_errors(tmp_path: Path, store: Path) -> None:
    with pytest.raises(StoreError, match="not found"), open_readonly(tmp_path / "missing.duckdb"):
        pass
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(NotAStoreError, match="not an eventwire store"), open_readonly(other):
        pass
    script = (
        f"from eventwire.store import Store\nwith Store.open({str(store)!r}):\n"
        "    print('held', flush=True)\n    input()\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "held"
        with pytest.raises(StoreInUseError, match="locked"), open_readonly(store):
            pass
    finally:
        writer.communicate("\n", timeout=60)


def test_actor_specs_and_conditions(store: Path) -> None:
    assert ActorSpec.read("per") == ActorSpec("PER", "PER", None, "PER")
    assert ActorSpec.read("PERGOV") == ActorSpec("PERGOV", None, None, "PERGOV")
    assert ActorSpec.read("per:gov") == ActorSpec("PER:GOV", "PER", "GOV", None)
    assert ActorSpec.read("a b") is None
    peru, chile = ActorSpec.code_or_country("per"), ActorSpec.code_or_country("chi")
    with open_readonly(store) as con:
        assert _count(con, *dyad_condition(peru, chile, False)) == 2
        assert _count(con, *dyad_condition(peru, chile, True)) == 3
        assert _count(con, *dyad_condition(ActorSpec.exact_code("SPA"), peru, False)) == 1
        since, until = dt.date(2017, 2, 1), dt.date(2017, 2, 28)
        assert _count(con, *date_condition(since, until)) == 2
        assert _count(con, *date_condition(None, None)) == 4
        assert _count(con, *dyad_condition(peru, chile, False), rel=relation(con, unique=True)) == 2


def test_dyad_counts_per_period_type_and_quad(store: Path) -> None:
    peru, chile = ActorSpec.code_or_country("per"), ActorSpec.code_or_country("chi")
    with open_readonly(store) as con:
        one_way = dyad_counts(con, "events", (peru, chile), "month", False)
        both = dyad_counts(con, "events", (peru, chile), "month", True)
        with pytest.raises(StoreError, match="unknown period"):
            dyad_counts(con, "events", (peru, chile), "year", False)  # type: ignore[arg-type]
    assert one_way == [
        (dt.date(2017, 1, 1), "CONSULT", 1, 1, 1.0),
        (dt.date(2017, 2, 1), "CONSULT", 1, 1, 1.0),
    ]
    assert sorted(both) == [
        (dt.date(2017, 1, 1), "ACCUSE", 3, 1, -2.0),
        (dt.date(2017, 1, 1), "CONSULT", 1, 1, 1.0),
        (dt.date(2017, 2, 1), "CONSULT", 1, 1, 1.0),
    ]


def test_dyad_edges_strongest_first_and_actor_profiles(store: Path) -> None:
    with open_readonly(store) as con:
        edges = dyad_edges(con, "events", (None, None), 1, dyad_filter())
        limited = dyad_edges(con, "events", (None, None), 1, dyad_filter(), limit=1)
        profiles = actor_profiles(con, "events", ["PER", "SPA", "XXX"])
    assert edges == [
        ("PER", "CHI", 2, 1.0, 2, 0, "CONSULT"),
        ("CHI", "PER", 1, -2.0, 0, 1, "ACCUSE"),
        ("SPA", "PER", 1, 7.0, 1, 0, "AID"),
    ]
    assert limited == edges[:1]
    assert profiles == {"PER": ("PER", None), "SPA": ("SPA", None)}
