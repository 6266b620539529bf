"""The span of days an event date (any precision eventwire writes) covers."""

from __future__ import annotations

import datetime as dt
import re

DayRange = tuple[dt.date, dt.date]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def date_range(value: str | None) -> DayRange | None:
    """First and last day of ``2017-02-01``, ``2017-W05``, ``2017-02``, ``2017-SU`` or ``2017``; else None."""
    if not value:
        return None
    try:
        return _parse(value)
    except ValueError:
        return None


def _parse(value: str) -> DayRange | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value)
        return day, day
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        start = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return start, start + dt.timedelta(days=6)
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _months(int(match[1]), int(match[2]), int(match[2]))
    if (match := re.fullmatch(r"(\d{4})-([A-Z]{2})", value)) and match[2] in _SEASONS:
        first, last = _SEASONS[match[2]]
        return _months(int(match[1]), first, last)
    if re.fullmatch(r"\d{4}", value):
        return _months(int(value), 1, 12)
    return None


def _months(year: int, first: int, last: int) -> DayRange:
    start = dt.date(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    after = dt.date(year + last // 12, last % 12 + 1, 1)
    return start, after - dt.timedelta(days=1)


def overlaps(a: DayRange, b: DayRange, window_days: int) -> bool:
    """True when the ranges come within ``window_days`` of each other."""
    gap = dt.timedelta(days=window_days)
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap
