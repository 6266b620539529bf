"""trend, network, top and report on a store coded by the real Coder from the shared Reuters sample.

The store holds the first articles of the shared CSV; every expectation is computed with SQL on that
same store, so the tests follow the coder as it improves instead of pinning today's events.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from eventwire.analysis import network, top, trend, write_report
from eventwire.batch import run_batch
from eventwire.cli import app

pytestmark = pytest.mark.model

ARTICLES = 24
runner = CliRunner()


# the default analysis window: undated events, or dated within the articles' publication months
IN_PERIOD = (
    "(date IS NULL OR date BETWEEN (SELECT date_trunc('month', min(date)) FROM articles) "
    "AND (SELECT last_day(max(date)) FROM articles))"
)


@pytest.fixture(scope="module")
def store(shared_dir: Path, coder: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("realstore") / "reuters.duckdb"
    corpus = shared_dir / "corpus" / "reuters-2016-2017-sample.csv"
    summary = run_batch([corpus], path, workers=1, limit=ARTICLES, coder_factory=lambda settings: coder)
    assert summary.coded == ARTICLES and summary.events > 0
    return path


@pytest.fixture()
def sql(store: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(store), read_only=True)
    yield con
    con.close()


def _scalar(con: duckdb.DuckDBPyConnection, query: str, params: list[object] | None = None) -> Any:
    row = con.execute(query, params or []).fetchone()
    assert row is not None
    return row[0]


def _busiest_country_dyad(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    row = con.execute(
        "SELECT source_country, target_country FROM events WHERE source_country IS NOT NULL "
        "AND target_country IS NOT NULL AND source_country <> target_country AND date IS NOT NULL "
        "GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT 1"
    ).fetchone()
    assert row is not None, "the slice should hold at least one dated event between two countries"
    return str(row[0]), str(row[1])


def _side(side: str) -> str:
    return f"({side}_country = ? OR {side}_code = ?)"


def test_trend_matches_sql_counts(store: Path, sql: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    src, tgt = _busiest_country_dyad(sql)
    where = f"{_side('source')} AND {_side('target')}"
    params: list[object] = [src, src, tgt, tgt]
    monthly = dict(
        sql.execute(
            f"SELECT date_trunc('month', date)::DATE, count(*) FROM events WHERE {where} "
            f"AND date IS NOT NULL AND {IN_PERIOD} GROUP BY 1",
            params,
        ).fetchall()
    )
    frame = trend(store, src, tgt, "month")
    nonzero = {p.date(): int(n) for p, n in zip(frame["period"], frame["events"], strict=True) if n}
    assert nonzero == monthly
    assert frame["goldstein_sum"].sum() == pytest.approx(
        _scalar(
            sql,
            f"SELECT sum(goldstein) FROM events WHERE {where} AND date IS NOT NULL AND {IN_PERIOD}",
            params,
        )
    )
    undated = _scalar(sql, f"SELECT count(*) FROM events WHERE {where} AND date IS NULL", params)
    assert frame.attrs["skipped_undated"] == undated

    chart = tmp_path / "dyad.png"
    result = runner.invoke(
        app, ["trend", src, tgt, "--store", str(store), "--format", "csv", "--chart", str(chart)]
    )
    assert result.exit_code == 0, result.output
    shown = pd.read_csv(io.StringIO(result.stdout))
    assert shown["events"].tolist() == frame["events"].tolist()
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_network_matches_sql_edges(store: Path, sql: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    rows = sql.execute(
        "SELECT source_code, target_code, count(*) FROM events "
        f"WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND {IN_PERIOD} GROUP BY ALL"
    ).fetchall()
    expected = {(s, t): n for s, t, n in rows}
    graph = network(store)
    assert {(s, t): d["weight"] for s, t, d in graph.edges(data=True)} == expected

    out, png = tmp_path / "net.graphml", tmp_path / "net.png"
    result = runner.invoke(app, ["network", "--store", str(store), "--out", str(out), "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert f"{graph.number_of_nodes()} actors, {len(expected)} directed edges" in result.stdout
    written = nx.read_graphml(out)
    assert {(s, t): int(d["weight"]) for s, t, d in written.edges(data=True)} == expected
    assert png.read_bytes().startswith(b"\x89PNG")


def test_top_matches_sql_rankings(store: Path, sql: duckdb.DuckDBPyConnection) -> None:
    summary = top(store, n=5)
    dyads = sql.execute(
        "SELECT source_code, target_code, count(*) AS n FROM events WHERE source_code IS NOT NULL "
        f"AND target_code IS NOT NULL AND {IN_PERIOD} GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT 5"
    ).fetchall()
    assert list(summary.dyads[["source", "target", "events"]].itertuples(index=False, name=None)) == dyads
    actor = str(summary.actors["actor"].iloc[0])
    involved = _scalar(
        sql,
        f"SELECT count(*) FROM events WHERE (source_code = ? OR target_code = ?) AND {IN_PERIOD}",
        [actor, actor],
    )
    assert int(summary.actors["events"].iloc[0]) == involved
    unique = top(store, n=5, unique=True)
    assert unique.dyads["events"].sum() <= summary.dyads["events"].sum()

    result = runner.invoke(app, ["top", "--store", str(store), "-n", "5"])
    assert result.exit_code == 0, result.output
    assert "Most active dyads" in result.stdout and actor in result.stdout


def test_top_changes_between_two_years(store: Path, sql: duckdb.DuckDBPyConnection) -> None:
    summary = top(store, n=50, period1="2016..2016", period2="2017..2017")
    assert summary.changes is not None
    counts = {
        (s, t, year): n
        for s, t, year, n in sql.execute(
            "SELECT source_code, target_code, year(date), count(*) FROM events WHERE source_code IS NOT "
            "NULL AND target_code IS NOT NULL AND year(date) IN (2016, 2017) GROUP BY ALL"
        ).fetchall()
    }
    for row in summary.changes.itertuples():
        assert row.before == counts.get((row.source, row.target, 2016), 0)
        assert row.after == counts.get((row.source, row.target, 2017), 0)
    changed = {(s, t) for s, t, _ in counts if counts.get((s, t, 2016), 0) != counts.get((s, t, 2017), 0)}
    assert len(summary.changes) == min(50, len(changed))


def _card(html: str, label: str) -> str:
    match = re.search(rf"<b>([^<]*)</b>{re.escape(label)}</div>", html)
    assert match, f"no {label!r} card in the report"
    return match.group(1)


def test_report_matches_sql_summary(store: Path, sql: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--store", str(store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert int(_card(html, "events")) == _scalar(sql, "SELECT count(*) FROM events")
    assert int(_card(html, "articles")) == _scalar(sql, "SELECT count(DISTINCT article_id) FROM events")
    assert int(_card(html, "undated events")) == _scalar(
        sql, "SELECT count(*) FROM events WHERE date IS NULL"
    )
    dyads = _scalar(
        sql,
        "SELECT count(DISTINCT (source_code, target_code)) FROM events "
        "WHERE source_code IS NOT NULL AND target_code IS NOT NULL",
    )
    assert int(_card(html, "dyads")) == dyads
    charts = html.count('<figure><img src="data:image/png;base64,')
    assert 'alt="actor network"' in html
    assert charts - 1 + html.count(": no dated events.</p>") == min(4, dyads)  # one per top dyad
    assert "http://" not in html and "https://" not in html and "<script" not in html
    first, last = sql.execute("SELECT min(date), max(date) FROM articles").fetchone() or (None, None)
    assert f"articles published {first} – {last}" in html

    unique_out = write_report(store, tmp_path / "unique.html", unique=True)
    unique_events = _scalar(sql, "SELECT count(*) FROM unique_events")
    assert int(_card(unique_out.read_text(encoding="utf-8"), "events")) == unique_events
