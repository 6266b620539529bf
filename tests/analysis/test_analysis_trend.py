"""trend(): hand-computed counts on the 20-event fixture store (see conftest.FIXTURE_EVENTS)."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pandas as pd
import pytest

from eventwire.analysis import (
    ActorSpecError,
    AnalysisError,
    EmptyResultError,
    OutputFormatError,
    UnknownActorError,
    to_polars,
    trend,
)
from eventwire.errors import EventwireError, StoreError
from eventwire.models import EVENT_TYPES


def _row(frame: pd.DataFrame, period: str) -> pd.Series:
    return frame.set_index("period").loc[pd.Timestamp(period)]


def test_monthly_counts_match_hand_computation(store_path: Path) -> None:
    frame = trend(store_path, "USA", "MEX")
    assert list(frame["period"].dt.date) == [dt.date(2017, 1, 1), dt.date(2017, 2, 1), dt.date(2017, 3, 1)]
    assert list(frame["events"]) == [2, 4, 1]
    assert list(frame["goldstein_sum"]) == pytest.approx([-1.0, 18.0, -8.0])
    assert list(frame["goldstein_mean"]) == pytest.approx([-0.5, 4.5, -8.0])
    feb = _row(frame, "2017-02-01")
    assert (feb["AGREE"], feb["THREATEN"], feb["COOPERATE"], feb["CONSULT"]) == (2, 1, 1, 0)
    assert (feb["quad1"], feb["quad2"], feb["quad3"], feb["quad4"]) == (2, 1, 1, 0)
    assert frame.attrs["skipped_undated"] == 1


def test_since_and_until_keep_events_dated_within(store_path: Path) -> None:
    frame = trend(store_path, "USA", "MEX", since=dt.date(2017, 2, 1), until=dt.date(2017, 2, 28))
    assert list(frame["period"].dt.date) == [dt.date(2017, 2, 1)]
    assert list(frame["events"]) == [4]
    assert (frame.attrs["outside"], frame.attrs["skipped_undated"]) == (3, 1)
    assert trend(store_path, "USA", "MEX").attrs["outside"] == 0
    with pytest.raises(EventwireError, match="after"):
        trend(store_path, "USA", "MEX", since=dt.date(2017, 3, 1), until=dt.date(2017, 1, 1))


def test_columns_cover_every_plover_type_and_quad(store_path: Path) -> None:
    frame = trend(store_path, "USA", "MEX")
    assert set(EVENT_TYPES) <= set(frame.columns)
    assert frame[list(EVENT_TYPES)].sum(axis=1).tolist() == frame["events"].tolist()
    assert frame[["quad1", "quad2", "quad3", "quad4"]].sum(axis=1).tolist() == frame["events"].tolist()


def test_unique_collapses_duplicate_mentions(store_path: Path) -> None:
    frame = trend(store_path, "USA", "MEX", unique=True)
    assert list(frame["events"]) == [2, 3, 1]
    assert _row(frame, "2017-02-01")["goldstein_sum"] == pytest.approx(10.0)


def test_both_directions_adds_reverse_events(store_path: Path) -> None:
    frame = trend(store_path, "USA", "MEX", both_directions=True)
    assert list(frame["events"]) == [3, 5, 2]
    assert list(frame["goldstein_sum"]) == pytest.approx([-5.0, 11.5, -13.0])


def test_weekly_series_is_continuous_from_monday(store_path: Path) -> None:
    frame = trend(store_path, "USA", "MEX", by="week")
    assert frame["period"].iloc[0] == pd.Timestamp("2017-01-02")
    assert len(frame) == 9
    assert all(p.weekday() == 0 for p in frame["period"])
    assert list(frame["events"]) == [1, 0, 1, 0, 2, 0, 2, 0, 1]


def test_daily_series(store_path: Path) -> None:
    frame = trend(store_path, "RUSMIL", "UKRMIL", by="day")
    assert len(frame) == (dt.date(2017, 3, 5) - dt.date(2017, 2, 10)).days + 1
    assert frame["events"].sum() == 3
    assert frame["ASSAULT"].sum() == 3


def test_codes_and_sectors_select_actors(store_path: Path) -> None:
    assert list(trend(store_path, "USAGOV", "MEXGOV")["events"]) == [2, 2, 1]
    military = trend(store_path, "usa:mil", "MEX")
    assert list(military["events"]) == [1]
    assert military.attrs["source"] == "USA:MIL"
    assert list(trend(store_path, "UNO", "UKR")["AID"]) == [1]


def test_known_actors_without_shared_events_give_empty_frame(store_path: Path) -> None:
    frame = trend(store_path, "CHN", "UKR")
    assert frame.empty
    assert "events" in frame.columns


def test_unknown_actor_suggests_close_codes(store_path: Path) -> None:
    with pytest.raises(UnknownActorError, match="USAGOV"):
        trend(store_path, "USAGVO", "MEX")


def test_bad_actor_and_period_are_user_errors(store_path: Path) -> None:
    with pytest.raises(ActorSpecError):
        trend(store_path, "U S", "MEX")
    with pytest.raises(AnalysisError, match="day, week or month"):
        trend(store_path, "USA", "MEX", by="year")  # type: ignore[arg-type]


def test_missing_store_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not found"):
        trend(tmp_path / "nope.duckdb", "USA", "MEX")


def test_non_store_file_raises_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.duckdb"
    bogus.write_text("not a database")
    with pytest.raises(StoreError):
        trend(bogus, "USA", "MEX")


def test_to_polars_keeps_values(store_path: Path) -> None:
    frame = to_polars(trend(store_path, "USA", "MEX"))
    assert frame["events"].to_list() == [2, 4, 1]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_png_chart_is_written(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    trend(store_path, "USA", "MEX", both_directions=True, by="week", chart=out)
    width, height = _png_size(out)
    assert width > 400 and height > 250
    assert out.stat().st_size > 5_000


def test_svg_chart_is_written(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    trend(store_path, "USA", "MEX", chart=out)
    text = out.read_text()
    assert "<svg" in text and "USA → MEX" in text
    assert out.stat().st_size > 5_000


def test_chart_errors(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputFormatError):
        trend(store_path, "USA", "MEX", chart=tmp_path / "chart.jpg")
    with pytest.raises(EmptyResultError):
        trend(store_path, "CHN", "UKR", chart=tmp_path / "empty.png")
    assert issubclass(EmptyResultError, EventwireError)


def test_default_window_is_the_publication_period(tmp_path: Path) -> None:
    """A background date ("the 1994 NAFTA") stays out of the default series; --since brings it back."""
    import duckdb
    from fixture_store import FIXTURE_EVENTS, build_store

    stray = ("e99", "a1", "AGREE", "057", 1, 8.0, "USAGOV", "MEXGOV", "1994-01-01", 0.9, "asserted")
    path = build_store(tmp_path / "stray.duckdb", [*FIXTURE_EVENTS, stray])
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE articles SET date = DATE '2017-03-10'")
        con.execute("UPDATE articles SET date = DATE '2017-01-15' WHERE article_id = 'a1'")
    frame = trend(path, "USA", "MEX")
    assert frame["period"].min() == pd.Timestamp("2017-01-01")
    assert len(frame) == 3 and frame.attrs["outside"] == 1
    widened = trend(path, "USA", "MEX", since=dt.date(1990, 1, 1))
    assert widened["period"].min() == pd.Timestamp("1994-01-01")
    assert widened.attrs["outside"] == 0
