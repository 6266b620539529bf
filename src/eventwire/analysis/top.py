"""Rankings: the most active dyads and actors, and the dyads that changed most between two periods."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from eventwire.actors.labels import actor_label
from eventwire.analysis.errors import AnalysisError, PeriodError
from eventwire.store.queries import (
    DateWindow,
    date_condition,
    dyad_filter,
    example_names,
    open_readonly,
    relation,
)

DateRange = DateWindow
_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_period(text: str) -> DateRange:
    """Read ``A..B`` where each end is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or empty: open).

    A partial start means its first day, a partial end its last day: ``2017-01..2017-03`` is
    1 January to 31 March 2017. One date alone is the whole of it: ``2016`` is the year 2016.
    """
    if text.count("..") > 1 or not text.strip():
        raise PeriodError(f"cannot read period {text!r}: write START..END, e.g. 2017-01-01..2017-03-31")
    start_text, _, end_text = (part.strip() for part in text.partition(".."))
    if ".." not in text:
        end_text = start_text
    start = _period_end(start_text, first=True, whole=text)
    end = _period_end(end_text, first=False, whole=text)
    if start and end and start > end:
        raise PeriodError(f"period {text!r} ends before it starts")
    return start, end


def _period_end(part: str, first: bool, whole: str) -> dt.date | None:
    if not part:
        return None
    match = _PART.match(part)
    if not match:
        raise PeriodError(f"cannot read {part!r} in period {whole!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    try:
        if day is not None:
            return dt.date(year, int(str(month)), int(day))
        if month is not None:
            m = int(month)
            return dt.date(year, m, 1 if first else calendar.monthrange(year, m)[1])
        return dt.date(year, 1, 1) if first else dt.date(year, 12, 31)
    except ValueError:
        raise PeriodError(f"{part!r} in period {whole!r} is not a real date") from None


def _as_range(period: str | DateRange) -> DateRange:
    return parse_period(period) if isinstance(period, str) else period


def _check_n(n: int) -> None:
    if n < 1:
        raise AnalysisError(f"n must be at least 1, not {n}")


@dataclass(frozen=True)
class DyadFilter:
    """Which dyads an analysis keeps: ``international`` (source and target countries differ),
    ``no_self`` (source code differs from target code), at least ``min_events`` events."""

    international: bool = False
    no_self: bool = False
    min_events: int = 1

    def sql(self) -> str:
        return dyad_filter(self.international, self.no_self)


def _dyad_counts(
    con: duckdb.DuckDBPyConnection,
    rel: str,
    since: dt.date | None,
    until: dt.date | None,
    dyads: DyadFilter = DyadFilter(),
) -> pd.DataFrame:
    when, params = date_condition(since, until)
    return con.execute(
        "SELECT source_code AS source, target_code AS target, count(*) AS events, "
        "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, "
        "count(*) FILTER (WHERE quad_class >= 3) AS conflict, round(avg(goldstein), 4) AS goldstein_mean "
        f"FROM {rel} WHERE {dyads.sql()} AND {when} "
        "GROUP BY ALL HAVING count(*) >= ? ORDER BY events DESC, source, target",
        [*params, dyads.min_events],
    ).df()


def top_dyads(
    store: Path | str,
    n: int = 10,
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    unique: bool = False,
    dyads: DyadFilter = DyadFilter(),
) -> pd.DataFrame:
    """The ``n`` directed dyads (source code → target code) with most events, among those ``dyads`` keeps.

    Columns: source, target, events, cooperation (quads 1-2), conflict (quads 3-4), goldstein_mean.
    """
    _check_n(n)
    with open_readonly(store) as con:
        frame = _dyad_counts(con, relation(con, unique), since, until, dyads)
    return frame.head(n).reset_index(drop=True)


def top_actors(
    store: Path | str,
    n: int = 10,
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    unique: bool = False,
) -> pd.DataFrame:
    """The ``n`` actor codes taking part in most events.

    Columns: actor, label (what the code means), events, as_source, as_target, examples (the
    names most often found under the code).
    """
    _check_n(n)
    with open_readonly(store) as con:
        rel = relation(con, unique)
        when, params = date_condition(since, until)
        frame = con.execute(
            "SELECT code AS actor, count(DISTINCT event_id) AS events, "
            "count(*) FILTER (WHERE side = 'source') AS as_source, "
            "count(*) FILTER (WHERE side = 'target') AS as_target FROM ("
            "SELECT event_id, 'source' AS side, source_code AS code "
            f"FROM {rel} WHERE {when} "
            f"UNION ALL SELECT event_id, 'target', target_code FROM {rel} WHERE {when}"
            ") WHERE code IS NOT NULL GROUP BY code ORDER BY events DESC, actor LIMIT ?",
            [*params, *params, n],
        ).df()
        examples = example_names(con, rel, frame["actor"].tolist())
    frame.insert(1, "label", [actor_label(code) for code in frame["actor"]])
    frame["examples"] = ["; ".join(examples.get(code, [])) for code in frame["actor"]]
    return frame


def biggest_changes(
    store: Path | str,
    period1: str | DateRange,
    period2: str | DateRange,
    n: int = 10,
    *,
    unique: bool = False,
    dyads: DyadFilter = DyadFilter(),
) -> pd.DataFrame:
    """The ``n`` dyads whose event counts changed most from ``period1`` to ``period2``.

    Periods are ``(start, end)`` dates or ``"A..B"`` text (see :func:`parse_period`). Columns:
    source, target, before, after, change (after - before), pct_change (NaN when before is 0).
    Unchanged dyads are left out; larger absolute changes come first, rises before falls.
    """
    _check_n(n)
    first, second = _as_range(period1), _as_range(period2)
    with open_readonly(store) as con:
        rel = relation(con, unique)
        before = _dyad_counts(con, rel, *first, dyads)[["source", "target", "events"]]
        after = _dyad_counts(con, rel, *second, dyads)[["source", "target", "events"]]
    merged = before.merge(after, on=["source", "target"], how="outer", suffixes=("_before", "_after"))
    merged = merged.fillna({"events_before": 0, "events_after": 0})
    frame = pd.DataFrame(
        {
            "source": merged["source"],
            "target": merged["target"],
            "before": merged["events_before"].astype("int64"),
            "after": merged["events_after"].astype("int64"),
        }
    )
    frame["change"] = frame["after"] - frame["before"]
    frame["pct_change"] = (100.0 * frame["change"] / frame["before"].where(frame["before"] > 0)).round(1)
    frame = frame[frame["change"] != 0].assign(magnitude=frame["change"].abs())
    frame = frame.sort_values(
        ["magnitude", "change", "source", "target"], ascending=[False, False, True, True]
    )
    return frame.drop(columns="magnitude").head(n).reset_index(drop=True)


@dataclass(frozen=True)
class TopSummary:
    """What ``eventwire top`` shows: dyad and actor rankings and, for two periods, the changes."""

    dyads: pd.DataFrame
    actors: pd.DataFrame
    changes: pd.DataFrame | None


def top(
    store: Path | str,
    n: int = 10,
    period1: str | DateRange | None = None,
    period2: str | DateRange | None = None,
    *,
    unique: bool = False,
    dyads: DyadFilter = DyadFilter(),
) -> TopSummary:
    """Top dyads (those ``dyads`` keeps) and actors over the store's publication period, plus
    :func:`biggest_changes` when both periods are given."""
    if (period1 is None) != (period2 is None):
        raise PeriodError("give both periods (period1 and period2) to compare them, or neither")
    changes = None
    if period1 is not None and period2 is not None:
        changes = biggest_changes(store, period1, period2, n, unique=unique, dyads=dyads)
    return TopSummary(
        dyads=top_dyads(store, n, unique=unique, dyads=dyads),
        actors=top_actors(store, n, unique=unique),
        changes=changes,
    )
