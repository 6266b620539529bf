"""Calendar arithmetic for resolving time expressions (values, directions, seasons), and the span
of days a value eventwire writes covers."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from eventwire.temporal.types import Tense

SEASON_ORDER = ("WI", "SP", "SU", "FA")
"""Within a season-year: winter (December of the year before, January, February) comes first."""


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def season_ordinal(day: dt.date) -> int:
    """``season_year * 4 + position`` of the season that contains ``day``."""
    if day.month == 12:
        return (day.year + 1) * 4
    return day.year * 4 + (day.month % 12) // 3


def season_value(ordinal: int) -> str:
    return f"{ordinal // 4:04d}-{SEASON_ORDER[ordinal % 4]}"


def pick(candidates: list[int], reference: int, direction: int | None, tense: Tense) -> int:
    """Choose among ordinals (years, months, days...) the one a speaker at ``reference`` means.

    ``direction`` -1 / +1 ("last" / "next") takes the nearest strictly before / after;
    0 ("this") the nearest either way; ``None`` follows the tense: the nearest at or after the
    reference when the tense is future, otherwise the nearest at or before it (news default).
    """
    ordered = sorted(candidates)
    if direction == -1:
        return max((c for c in ordered if c < reference), default=ordered[0])
    if direction == 1:
        return min((c for c in ordered if c > reference), default=ordered[-1])
    if direction == 0:
        return min(ordered, key=lambda c: (abs(c - reference), c < reference))
    if tense == "future":
        return min((c for c in ordered if c >= reference), default=ordered[-1])
    return max((c for c in ordered if c <= reference), default=ordered[0])


def fraction_elapsed(reference: dt.date, unit: str) -> float:
    """How far into its year / month / week the reference date is, from 0 to 1."""
    if unit == "year":
        return (reference.timetuple().tm_yday - 1) / 365
    if unit == "month":
        return (reference.day - 1) / calendar.monthrange(reference.year, reference.month)[1]
    return (reference.isoweekday() - 1) / 7


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
