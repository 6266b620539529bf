"""Calendar arithmetic for resolving time expressions: values, directions, seasons."""

from __future__ import annotations

import calendar
import datetime as dt

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
