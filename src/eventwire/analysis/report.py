"""A self-contained HTML report: summary figures, dyad trends, the actor network, top events."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from eventwire.analysis import _html
from eventwire.analysis.charts import figure_bytes, network_figure, trend_figure
from eventwire.analysis.errors import AnalysisError, EmptyResultError, OutputFormatError
from eventwire.analysis.network import network
from eventwire.analysis.top import DyadFilter, top_actors, top_dyads
from eventwire.analysis.trend import DateRange, dyad_trend
from eventwire.claims.models import Claim
from eventwire.claims.store import NoEventRecordsError, store_claims
from eventwire.store.queries import ActorSpec, Period, date_condition, open_readonly, relation

TREND_DYADS = 4


@dataclass
class ReportData:
    """Everything the HTML page shows, gathered before any HTML is written."""

    store: str
    summary: dict[str, Any]
    by_type: pd.DataFrame
    dyads: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    charts: list[tuple[str, str]] = field(default_factory=list)
    network_png: str | None = None
    contested: list[Claim] = field(default_factory=list)


def write_report(
    store: Path | str, out: Path | str, *, n: int = 10, n_events: int = 25, unique: bool = False
) -> Path:
    """Write an offline HTML report on ``store`` to ``out`` and return its path.

    Images are embedded as base64 data URIs and the CSS is inline, so the single file can be
    mailed or opened without network access. ``n`` bounds the dyad and actor tables and
    ``n_events`` the table of highest-confidence events.
    """
    target = Path(out)
    if target.suffix.lower() not in (".html", ".htm"):
        raise OutputFormatError(f"cannot write {target.name}: the report file must end in .html")
    if n < 1 or n_events < 1:
        raise AnalysisError("n and n_events must be at least 1")
    data = gather(store, n=n, n_events=n_events, unique=unique)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_html.page(data), encoding="utf-8")
    return target


def gather(store: Path | str, *, n: int, n_events: int, unique: bool) -> ReportData:
    """Collect the report's figures, tables and base64 images."""
    with open_readonly(store) as con:
        rel = relation(con, unique)
        summary = _summary(con, rel)
        if summary["events"] == 0:
            raise EmptyResultError(f"store {store} holds no events; nothing to report")
        by_type = con.execute(
            f"SELECT event_type, quad_class, count(*) AS events, round(avg(goldstein), 2) AS goldstein_mean "
            f"FROM {rel} GROUP BY ALL ORDER BY events DESC, event_type"
        ).df()
        events = _top_events(con, rel, n_events)
        dyads = top_dyads(store, n, unique=unique, dyads=DyadFilter(no_self=True))
        window = _chart_window(con, summary)
        by = _granularity(*window)
        charted = top_dyads(store, TREND_DYADS, unique=unique, dyads=DyadFilter(international=True))
        charts = [
            _trend_chart(con, rel, str(row.source), str(row.target), by, window)
            for row in charted.itertuples()
        ]
    data = ReportData(
        store=str(store),
        summary=summary,
        by_type=by_type,
        dyads=dyads,
        actors=top_actors(store, n, unique=unique),
        events=events,
        charts=charts,
        contested=_contested(store),
    )
    graph = network(store, unique=unique)
    if graph.number_of_edges() > 0:
        data.network_png = _data_uri(figure_bytes(network_figure(graph)))
    return data


def _contested(store: Path | str) -> list[Claim]:
    """The contested claims, or none when the store's events carry no full records."""
    try:
        return store_claims(store, status="contested")
    except NoEventRecordsError:
        return []


def _summary(con: duckdb.DuckDBPyConnection, rel: str) -> dict[str, Any]:
    in_period, _ = date_condition(None, None)
    row = con.execute(
        "SELECT count(*), count(DISTINCT article_id), "
        f"min(date) FILTER (WHERE {in_period}), max(date) FILTER (WHERE {in_period}), "
        "count(*) FILTER (WHERE date IS NULL), count(DISTINCT (source_code, target_code)) "
        "FILTER (WHERE source_code IS NOT NULL AND target_code IS NOT NULL), "
        "round(avg(goldstein), 2), round(avg(confidence), 3), "
        f"count(*) FILTER (WHERE NOT ({in_period})), count(*) FILTER (WHERE target_code IS NULL) "
        f"FROM {rel}"
    ).fetchone()
    assert row is not None
    without_events = con.execute(
        f"SELECT count(*) FROM articles WHERE article_id NOT IN (SELECT DISTINCT article_id FROM {rel})"
    ).fetchone()
    actors = con.execute(
        f"SELECT count(DISTINCT c) FROM (SELECT source_code AS c FROM {rel} "
        f"UNION ALL SELECT target_code FROM {rel})"
    ).fetchone()
    quads = dict(con.execute(f"SELECT quad_class, count(*) FROM {rel} GROUP BY 1").fetchall())
    return {
        "events": int(row[0]),
        "articles": int(row[1]),
        "first_date": row[2],
        "last_date": row[3],
        "undated": int(row[4]),
        "dyads": int(row[5]),
        "goldstein_mean": row[6],
        "confidence_mean": row[7],
        "actors": int(actors[0]) if actors else 0,
        "outside_period": int(row[8]),
        "untargeted": int(row[9]),
        "articles_without_events": int(without_events[0]) if without_events else 0,
        "quads": {q: int(quads.get(q, 0)) for q in (1, 2, 3, 4)},
    }


def _top_events(con: duckdb.DuckDBPyConnection, rel: str, limit: int) -> pd.DataFrame:
    return con.execute(
        "SELECT event_id, date, event_type, cameo, coalesce(source_name, source_code, '?') AS source, "
        "coalesce(target_name, target_code, '—') AS target, factuality, confidence, trigger, sentence "
        f"FROM {rel} ORDER BY confidence DESC, event_id LIMIT ?",
        [limit],
    ).df()


def _chart_window(con: duckdb.DuckDBPyConnection, summary: dict[str, Any]) -> DateRange:
    """The dates the trend charts cover: the months the articles were published in.

    News text also dates events decades back ("captured in the 1967 war") or years ahead ("by 2030");
    drawn on one axis, those few events would squeeze the period the corpus is about into a sliver.
    Without publication dates the charts cover every dated event.
    """
    row = con.execute("SELECT min(date), max(date) FROM articles").fetchone()
    summary["first_published"], summary["last_published"] = row if row else (None, None)
    if not row or row[0] is None or row[1] is None:
        return summary["first_date"], summary["last_date"]
    first, last = row[0], row[1]
    next_month = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first.replace(day=1), next_month - dt.timedelta(days=1)


def _granularity(first: dt.date | None, last: dt.date | None) -> Period:
    """Months for long spans, weeks for a few months, days for short stretches."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    return "month" if days > 180 else "week" if days > 31 else "day"


def _trend_chart(
    con: duckdb.DuckDBPyConnection, rel: str, source: str, target: str, by: Period, window: DateRange
) -> tuple[str, str]:
    """(caption, data URI) for one dyad's trend bars; the caption alone when nothing is dated."""
    src, tgt = ActorSpec.exact_code(source), ActorSpec.exact_code(target)
    frame = dyad_trend(con, rel, src, tgt, by, both=False, window=window)
    caption = f"{source} → {target}, events per {by}"
    left_out = [
        f"{frame.attrs[key]} {what}"
        for key, what in (("skipped_undated", "undated"), ("outside", "dated outside the chart's period"))
        if frame.attrs[key]
    ]
    if left_out:
        caption += f" (not shown: {', '.join(left_out)})"
    if frame.empty:
        return caption, ""
    return caption, _data_uri(figure_bytes(trend_figure(frame)))


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
