"""Dyad time series: counts per PLOVER type and QuadClass and Goldstein totals per period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd

from eventwire.analysis._store import check_actor, parse_actor
from eventwire.analysis.errors import AnalysisError
from eventwire.analysis.frames import QUAD_COLUMNS
from eventwire.models import EVENT_TYPES
from eventwire.store.queries import (
    ActorSpec,
    DateWindow,
    Period,
    date_condition,
    dyad_condition,
    dyad_counts,
    open_readonly,
    relation,
)

DateRange = DateWindow
_FREQ: dict[str, str] = {"day": "D", "week": "W-MON", "month": "MS"}
TREND_COLUMNS: tuple[str, ...] = (
    "period",
    "events",
    "goldstein_sum",
    "goldstein_mean",
    *EVENT_TYPES,
    *QUAD_COLUMNS,
)


def trend(
    store: Path | str,
    source: str,
    target: str,
    by: Period = "month",
    both_directions: bool = False,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    unique: bool = False,
    chart: Path | str | None = None,
) -> pd.DataFrame:
    """Events from ``source`` to ``target`` per period (and back, with ``both_directions``).

    One row per period from the first to the last dated event (empty periods are zero), with
    ``events``, ``goldstein_sum``, ``goldstein_mean``, one count column per PLOVER type and
    ``quad1``..``quad4``. ``since`` and ``until`` keep only events dated within them (news text
    also dates events decades back or years ahead). Events without a date are skipped; their number
    is in ``frame.attrs["skipped_undated"]``, and ``frame.attrs["outside"]`` counts dated events left
    out by ``since``/``until``. With ``chart`` (``.png`` or ``.svg``) the series is also drawn.
    """
    if by not in _FREQ:
        raise AnalysisError(f"unknown period {by!r}: use day, week or month")
    if since and until and since > until:
        raise AnalysisError(f"since ({since}) is after until ({until})")
    src, tgt = parse_actor(source), parse_actor(target)
    with open_readonly(store) as con:
        check_actor(con, src)
        check_actor(con, tgt)
        frame = dyad_trend(con, relation(con, unique), src, tgt, by, both_directions, (since, until))
    frame.attrs["unique"] = unique
    if chart is not None:
        from eventwire.analysis.charts import save_trend_chart

        save_trend_chart(frame, Path(chart))
    return frame


def dyad_trend(
    con: duckdb.DuckDBPyConnection,
    rel: str,
    src: ActorSpec,
    tgt: ActorSpec,
    by: Period,
    both: bool,
    window: DateRange = (None, None),
) -> pd.DataFrame:
    """The trend frame for one dyad on an open connection (see :func:`trend`)."""
    columns = ["period", "event_type", "quad_class", "n", "g"]
    rows = pd.DataFrame(dyad_counts(con, rel, (src, tgt), by, both, window), columns=columns)
    cond, params = dyad_condition(src, tgt, both)
    when, when_params = date_condition(*window)
    counts = con.execute(
        f"SELECT count(*) FILTER (WHERE date IS NULL), count(*) FILTER (WHERE NOT ({when})) "
        f"FROM {rel} WHERE {cond}",
        [*when_params, *params],
    ).fetchone()
    undated, outside = (int(counts[0]), int(counts[1])) if counts else (0, 0)
    frame = _shape(rows, by)
    frame.attrs.update(
        source=src.text,
        target=tgt.text,
        by=by,
        both_directions=both,
        skipped_undated=undated,
        outside=outside,
    )
    return frame


def _shape(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Pivot (period, type, quad, n, g) rows into one continuous row per period."""
    if rows.empty:
        return pd.DataFrame({col: pd.Series(dtype="int64") for col in TREND_COLUMNS}).astype(
            {"period": "datetime64[ns]", "goldstein_sum": "float64", "goldstein_mean": "float64"}
        )
    rows = rows.assign(period=pd.to_datetime(rows["period"]), quad=[f"quad{q}" for q in rows["quad_class"]])
    index = pd.date_range(rows["period"].min(), rows["period"].max(), freq=_FREQ[by], name="period")
    types = rows.pivot_table(index="period", columns="event_type", values="n", aggfunc="sum")
    quads = rows.pivot_table(index="period", columns="quad", values="n", aggfunc="sum")
    totals = rows.groupby("period").agg(events=("n", "sum"), goldstein_sum=("g", "sum"))
    frame = pd.concat(
        [
            totals.reindex(index, fill_value=0),
            types.reindex(index=index, columns=list(EVENT_TYPES)).fillna(0),
            quads.reindex(index=index, columns=list(QUAD_COLUMNS)).fillna(0),
        ],
        axis=1,
    )
    counts = ["events", *EVENT_TYPES, *QUAD_COLUMNS]
    frame[counts] = frame[counts].astype("int64")
    frame["goldstein_sum"] = frame["goldstein_sum"].astype("float64").round(6)
    frame["goldstein_mean"] = (frame["goldstein_sum"] / frame["events"].where(frame["events"] > 0)).round(6)
    return frame.reset_index()[list(TREND_COLUMNS)]
