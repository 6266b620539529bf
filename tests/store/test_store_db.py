"""The DuckDB store: schema file, locking, transactional batch writes, queries, de-duplication views."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.ingest import prepare_article
from eventwire.models import Article, Event
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.db import schema_sql
from eventwire.store.queries import article_records, event_filters
from eventwire.store.rows import EVENT_COLUMNS, event_date, event_row
from fake_coder import FakeCoder

CONTRACT_EVENT_COLUMNS = [
    "event_id",
    "article_id",
    "event_type",
    "mode",
    "context",
    "cameo",
    "quad_class",
    "goldstein",
    "source_code",
    "source_country",
    "source_sector",
    "source_name",
    "target_code",
    "target_country",
    "target_sector",
    "target_name",
    "date",
    "date_precision",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "factuality",
    "attribution_kind",
    "attribution_text",
    "trigger",
    "sentence",
    "sentence_index",
    "span_start",
    "span_end",
    "confidence",
    "record",
]
CONTRACT_ARTICLE_COLUMNS = [
    "article_id",
    "content_hash",
    "source_id",
    "title",
    "date",
    "text",
    "dateline_place",
    "agency",
    "coded_at",
    "run_id",
]


def _coded(*texts: str, date: str = "2017-05-04") -> list[tuple[Article, str | None, list[Event]]]:
    coder = FakeCoder()
    rows = []
    for number, text in enumerate(texts):
        article = prepare_article(text, date=date)[0]
        rows.append((article, f"src-{number}", coder.code_article(article)))
    return rows


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]


def test_schema_file_is_idempotent_and_matches_the_contract() -> None:
    sql = schema_sql()
    assert re.search(r"CREATE TABLE IF NOT EXISTS runs", sql)
    con = duckdb.connect()
    con.execute(sql)
    con.execute(sql)
    assert _columns(con, "events") == CONTRACT_EVENT_COLUMNS == list(EVENT_COLUMNS)
    assert _columns(con, "articles") == CONTRACT_ARTICLE_COLUMNS
    unique = _columns(con, "unique_events")
    assert unique[: len(CONTRACT_EVENT_COLUMNS)] == CONTRACT_EVENT_COLUMNS
    assert {"num_articles", "num_mentions", "num_sources", "global_event_id"} <= set(unique)
    assert {"event_key", "mention_id", "article_id", "sentence", "source_id"} <= set(
        _columns(con, "mentions")
    )
    runs = set(_columns(con, "runs"))
    assert {"run_id", "started_at", "finished_at", "eventwire_version", "settings", "status"} <= runs


def test_event_date_reads_every_precision() -> None:
    assert event_date("2017-02-01") == dt.date(2017, 2, 1)
    assert event_date("2017-02") == dt.date(2017, 2, 1)
    assert event_date("2017") == dt.date(2017, 1, 1)
    assert event_date("2017-W05") == dt.date(2017, 1, 30)
    assert event_date("2017-02-30") is None
    assert event_date("sometime") is None
    assert event_date(None) is None


def test_open_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no event store"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "dir.duckdb")
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database at all" * 300)
    with pytest.raises(StoreError) as info:
        Store.open(junk)
    assert "\n" not in str(info.value)


def test_second_writer_gets_store_in_use(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    script = textwrap.dedent(
        f"""
        from eventwire.errors import StoreInUseError
        from eventwire.store import Store
        try:
            Store.open({str(path)!r})
        except StoreInUseError as exc:
            print("IN USE:", exc)
        """
    )
    with Store.open(path):
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("IN USE: store is in use by another process"), result.stderr
    with Store.open(path, read_only=True) as store:
        assert store.count("events") == 0


def test_write_batch_commits_articles_and_events_together(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        run_id = store.start_run(Settings(), ["x"], "local")
        coded = _coded("Peru met Chile. Chile accused Peru.", "Oman helped Yemen.")
        store.write_batch(run_id, coded, {"articles_coded": 2, "events": 3})
        assert store.count("articles") == 2
        assert store.count("events") == 3
        assert store.runs()[0]["articles_coded"] == 2

        def explode(*args: object) -> None:
            raise RuntimeError("disk full")

        more = _coded("Cuba met Haiti.")
        original = store._insert
        calls: list[str] = []

        def insert_then_fail(table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
            calls.append(table)
            if table == "events":
                explode()
            original(table, columns, rows)

        store._insert = insert_then_fail  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            store.write_batch(run_id, more)
        store._insert = original  # type: ignore[method-assign]
        assert calls == ["articles", "events"]
        assert store.count("articles") == 2, "the article of a failed batch must not be committed"
        assert store.known_articles([more[0][0].id, coded[0][0].id]) == {coded[0][0].id}


def test_bulk_insert_keeps_every_value_and_type(tmp_path: Path) -> None:
    coded = _coded("Peru met Chile. Chile accused Peru «ñ».", "Oman helped Yemen.", date="2017-05-04")
    undated = _coded("Chad met Mali.", date="")
    with Store.open(tmp_path / "t.duckdb") as store:
        run_id = store.start_run(Settings(), ["x"], "local")
        store.write_batch(run_id, [*coded, *undated])
        store.write_batch(run_id, coded)  # the same rows again add nothing
        stored = store.con.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY event_id"
        ).fetchall()
        article = store.con.execute(
            "SELECT text, coded_at, source_id FROM articles WHERE article_id = ?", [coded[0][0].id]
        ).fetchone()
    expected = sorted(event_row(e) for _, _, events in [*coded, *undated] for e in events)
    assert stored == expected
    assert {type(row[EVENT_COLUMNS.index("date")]) for row in stored} == {dt.date, type(None)}
    assert article is not None and article[0] == coded[0][0].text
    assert isinstance(article[1], dt.datetime) and article[2] == "src-0"


def test_running_run_is_marked_interrupted_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.start_run(Settings(), ["x"], "local")
    with Store.open(path) as store:
        assert [r["status"] for r in store.runs()] == ["interrupted"]


def _events(store: Store, **filters: object) -> list[dict[str, object]]:
    """Event rows matching the store's standard filters (store.queries.event_filters), by date."""
    keys = ("actor", "event_type", "since", "until", "factuality")
    where, params = event_filters(*(filters.get(k) for k in keys))  # type: ignore[arg-type]
    sql = f"SELECT * FROM events {where} ORDER BY date NULLS LAST, event_id"
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_queries_and_unique_events(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.duckdb") as store:
        run_id = store.start_run(Settings(), ["x"], "local")
        store.write_batch(
            run_id, _coded("Peru met Chile. Later Chile accused Peru.", "Chile accused Peru again.")
        )
        store.write_batch(run_id, _coded("Spain attacked Italy.", date="2016-01-01"))
        assert store.count("events") == 4
        assert len(_events(store, actor="per")) == 3
        assert len(_events(store, actor="PER", event_type="accuse")) == 2
        assert [e["event_type"] for e in _events(store, until=dt.date(2016, 12, 31))] == ["ASSAULT"]
        assert _events(store, since=dt.date(2017, 1, 1))[1]["date"] == dt.date(2017, 5, 4)
        assert _events(store, factuality="negated") == []
        first = _events(store)[0]
        assert json.loads(first["record"])["event_id"] == first["event_id"]

        unique = {
            r["event_type"]: r
            for r in store.con.execute("SELECT * FROM unique_events").fetchdf().to_dict("records")
        }
        assert len(unique) == 3
        assert (unique["ACCUSE"]["num_articles"], unique["ACCUSE"]["num_mentions"]) == (2, 2)
        assert unique["CONSULT"]["num_mentions"] == 1
        key = unique["ACCUSE"]["event_key"]
        mentions = store.con.execute(
            "SELECT sentence FROM mentions WHERE event_key = ? ORDER BY 1", [key]
        ).fetchall()
        assert [m[0] for m in mentions] == ["Chile accused Peru again.", "Later Chile accused Peru."]

        article_id = _events(store, event_type="ASSAULT")[0]["article_id"]
        records = [json.loads(r) for r in article_records(store.con, article_id)]
        assert [e["trigger"] for e in records] == ["attacked"]
        assert article_records(store.con, "nope") == []
        with pytest.raises(StoreError):
            store.count("secrets")


def test_undated_events_are_not_merged(tmp_path: Path) -> None:
    coder = FakeCoder()
    with Store.open(tmp_path / "u.duckdb") as store:
        run_id = store.start_run(Settings(), ["x"], "local")
        rows = []
        for text in ("Chad met Mali.", "Chad met Mali today."):
            article = prepare_article(text)[0]
            rows.append((article, None, coder.code_article(article)))
        store.write_batch(run_id, rows)
        assert store.count("unique_events") == 2


def _hold_read_only(path: Path, seconds: float) -> subprocess.Popen[str]:
    script = textwrap.dedent(
        f"""
        import time, duckdb
        con = duckdb.connect({str(path)!r}, read_only=True)
        print("holding", flush=True)
        time.sleep({seconds})
        con.close()
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def test_a_writer_waits_for_a_reader_then_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    from eventwire.errors import StoreInUseError

    path = tmp_path / "shared.duckdb"
    Store.open(path).close()
    holder = _hold_read_only(path, 1.5)
    started = time.monotonic()
    with Store.open(path, wait=20) as store:  # the reader lets go after 1.5 s
        assert store.count("events") == 0
    assert time.monotonic() - started < 15
    holder.wait(timeout=10)
    holder = _hold_read_only(path, 20)
    try:
        with pytest.raises(StoreInUseError, match=r"in use by another process: .* \(waited 0.5 s"):
            Store.open(path, wait=0.5)
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_a_new_store_is_made_whole_where_the_file_system_has_no_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with Store.open(tmp_path / "fat.duckdb") as store:
        assert store.count("events") == 0
    assert [p.name for p in tmp_path.iterdir()] == ["fat.duckdb"]


def test_event_filters_default_to_the_publication_period() -> None:
    """Unbounded browsing leaves out background dates (1994), keeps undated events, widens on request."""
    import datetime as dt

    import duckdb

    con = duckdb.connect()
    con.execute("CREATE TABLE articles (article_id VARCHAR, date DATE)")
    con.execute("CREATE TABLE events (event_id VARCHAR, article_id VARCHAR, date DATE)")
    con.execute("INSERT INTO articles VALUES ('a', DATE '2017-02-01'), ('b', DATE '2017-03-15')")
    con.execute(
        "INSERT INTO events VALUES ('in', 'a', DATE '2017-02-01'), ('old', 'a', DATE '1994-01-01'), "
        "('undated', 'b', NULL), ('late', 'b', DATE '2017-03-31')"
    )

    def ids(since: dt.date | None = None) -> set[str]:
        where, params = event_filters(None, None, since, None, None)
        return {r[0] for r in con.execute(f"SELECT event_id FROM events {where}", params).fetchall()}

    assert ids() == {"in", "undated", "late"}
    assert ids(dt.date(1990, 1, 1)) == {"in", "old", "late"}
