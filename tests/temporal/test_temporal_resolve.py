"""resolve_date: every kind of expression, against Wednesday 2017-02-01."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.temporal import ResolvedDate, resolve_date
from eventwire.temporal.resolve import counts_from_story

REF = dt.date(2017, 2, 1)  # a Wednesday


def _value(expression: str, tense: str | None = None) -> tuple[str, str, bool] | None:
    resolved = resolve_date(expression, REF, tense)  # type: ignore[arg-type]
    return None if resolved is None else (resolved.value, resolved.precision, resolved.approximate)


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("two days later", "2017-02-03", "day"),
        ("10 days earlier", "2017-01-22", "day"),
        ("a week later", "2017-02-08", "day"),
        ("the next day", "2017-02-02", "day"),
        ("the previous day", "2017-01-31", "day"),
    ],
)
def test_shifts_count_from_the_reference(expression: str, expected: str, precision: str) -> None:
    assert counts_from_story(expression)
    assert _value(expression) == (expected, precision, False)


@pytest.mark.parametrize(
    "expression", ["last week", "two days ago", "on Tuesday", "next Monday", "six years later"]
)
def test_other_expressions_do_not_count_from_the_story(expression: str) -> None:
    assert not counts_from_story(expression)


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("on Tuesday", None, "2017-01-31"),
        ("on Monday", None, "2017-01-30"),
        ("on Monday", "future", "2017-02-06"),
        ("on Wednesday", None, "2017-02-01"),
        ("on Wednesday", "future", "2017-02-01"),
        ("Thursday", "past", "2017-01-26"),
        ("last Wednesday", None, "2017-01-25"),
        ("next Monday", None, "2017-02-06"),
        ("Tuesday night", None, "2017-01-31"),
    ],
)
def test_weekdays(expression: str, tense: str | None, expected: str) -> None:
    assert _value(expression, tense) == (expected, "day", False)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("today", "2017-02-01"),
        ("tonight", "2017-02-01"),
        ("this morning", "2017-02-01"),
        ("yesterday", "2017-01-31"),
        ("last night", "2017-01-31"),
        ("tomorrow", "2017-02-02"),
        ("three days ago", "2017-01-29"),
    ],
)
def test_day_words(expression: str, expected: str) -> None:
    assert _value(expression) == (expected, "day", False)


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("last week", "2017-W04", "week"),
        ("the last week", "2017-W04", "week"),
        ("next week", "2017-W06", "week"),
        ("this week", "2017-W05", "week"),
        ("this month", "2017-02", "month"),
        ("last month", "2017-01", "month"),
        ("next month", "2017-03", "month"),
        ("last year", "2016", "year"),
        ("next year", "2018", "year"),
        ("this fiscal year", "2017", "year"),
        ("two years ago", "2015", "year"),
        ("a month ago", "2017-01", "month"),
    ],
)
def test_relative_units(expression: str, expected: str, precision: str) -> None:
    assert _value(expression) == (expected, precision, False)


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("in January", None, "2017-01"),
        ("in February", "future", "2017-02"),
        ("in December", None, "2016-12"),
        ("in December", "past", "2016-12"),
        ("in May", "future", "2017-05"),
        ("in January", "future", "2018-01"),
        ("last May", None, "2016-05"),
        ("next January", None, "2018-01"),
        ("March 2015", None, "2015-03"),
        ("May of 2010", None, "2010-05"),
    ],
)
def test_months(expression: str, tense: str | None, expected: str) -> None:
    assert _value(expression, tense) == (expected, "month", False)


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("last summer", None, "2016-SU"),
        ("this summer", None, "2017-SU"),
        ("in the spring", "future", "2017-SP"),
        ("in the autumn", None, "2016-FA"),
        ("next fall", None, "2017-FA"),
        ("this winter", None, "2017-WI"),
        ("the summer of 2015", None, "2015-SU"),
    ],
)
def test_seasons(expression: str, tense: str | None, expected: str) -> None:
    assert _value(expression, tense) == (expected, "season", False)


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("Feb. 3", "future", "2017-02-03"),
        ("Feb 3", None, "2016-02-03"),
        ("Jan 29", None, "2017-01-29"),
        ("3 February 2016", None, "2016-02-03"),
        ("the 3rd of February 2016", None, "2016-02-03"),
        ("Sept 28", None, "2016-09-28"),
        ("Sept. 28, 2016", None, "2016-09-28"),
        ("September 28th, 2016", None, "2016-09-28"),
        ("2016-09-28", None, "2016-09-28"),
    ],
)
def test_absolute_days(expression: str, tense: str | None, expected: str) -> None:
    assert _value(expression, tense) == (expected, "day", False)


def test_plain_years() -> None:
    assert _value("2015") == ("2015", "year", False)
    assert _value("in 1984") == ("1984", "year", False)
    assert _value("'58") == ("1958", "year", False)


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("from around the beginning of May", "future", ("2017-05", "month", True)),
        ("early March", "future", ("2017-03", "month", True)),
        ("late December", None, ("2016-12", "month", True)),
        ("mid-2016", None, ("2016", "year", True)),
        ("late last year", None, ("2016", "year", True)),
        ("about two years ago", None, ("2015", "year", True)),
        ("earlier this month", None, ("2017-02", "month", True)),
        ("the end of the year", "past", ("2016", "year", True)),
        ("the end of the year", "future", ("2017", "year", True)),
        ("from March to May 2015", None, ("2015-03", "month", True)),
        ("between June and July", None, ("2016-06", "month", True)),
        ("2009-2010", None, ("2009", "year", True)),
        ("Feb 3-5, 2016", None, ("2016-02-03", "day", True)),
    ],
)
def test_ranges_and_approximations(
    expression: str, tense: str | None, expected: tuple[str, str, bool]
) -> None:
    assert _value(expression, tense) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("in the past", "PAST_REF"),
        ("at the time", "PAST_REF"),
        ("in the near future", "FUTURE_REF"),
    ],
)
def test_vague_references(expression: str, expected: str) -> None:
    assert _value(expression) == (expected, "day", True)


@pytest.mark.parametrize(
    "expression",
    [
        "for three days",
        "two years",
        "five months",
        "the meeting",
        "",
        "Article 5",
        "February 30, 2016",
        "Feb 30",
    ],
)
def test_not_dates(expression: str) -> None:
    assert resolve_date(expression, REF) is None


def test_result_keeps_the_expression_text() -> None:
    assert resolve_date(" in May ", REF, "future") == ResolvedDate("2017-05", "month", False, "in May")
