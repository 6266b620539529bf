"""Whether the spans of days two event dates cover come near each other."""

from __future__ import annotations

import datetime as dt

from eventwire.temporal.calendar import DayRange


def overlaps(a: DayRange, b: DayRange, window_days: int) -> bool:
    """True when the ranges come within ``window_days`` of each other."""
    gap = dt.timedelta(days=window_days)
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap
