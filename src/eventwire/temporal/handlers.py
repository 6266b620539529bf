"""One resolver per kind of time expression; each returns ``(value, precision)`` or ``None``.

Handlers see the expression's core: lower case, without punctuation, prepositions,
approximators or part modifiers (those are peeled off by :mod:`eventwire.temporal.resolve`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from eventwire.temporal import calendar as cal
from eventwire.temporal.lexicon import load_lexicon
from eventwire.temporal.types import Precision, Tense

Result = tuple[str, Precision] | None


@dataclass(frozen=True)
class Query:
    core: str
    reference: dt.date
    tense: Tense
    part: str | None


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class _Regexes:
    day_word: re.Pattern[str]
    ago: re.Pattern[str]
    rel_unit: re.Pattern[str]
    shift: re.Pattern[str]
    part_unit: re.Pattern[str]
    weekday: re.Pattern[str]
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    month: re.Pattern[str]
    season: re.Pattern[str]
    year: re.Pattern[str]


@cache
def _regexes() -> _Regexes:
    lex = load_lexicon()
    rel, month, season = _alt(lex.relatives), _alt(lex.months), _alt(lex.seasons)
    part = r"(?: " + _alt(lex.day_parts) + ")?"
    year = r"(\d{4})"
    return _Regexes(
        day_word=re.compile(r"(" + _alt(lex.day_words) + ")" + part),
        ago=re.compile(r"(" + _alt(lex.numbers) + r"|\d{1,3}) (day|week|month|year|decade)s? ago"),
        rel_unit=re.compile(r"(?:the )?(" + rel + r") (?:fiscal )?(week|weekend|month|year)"),
        shift=re.compile(
            r"(?:(" + _alt(lex.numbers) + r"|\d{1,3}) (day|week)s? (" + _alt(lex.shifts) + "))"
            r"|the (" + _alt(lex.shifts) + ") day"
        ),
        part_unit=re.compile(r"(?:the )?(week|month|year)"),
        weekday=re.compile(r"(?:(" + rel + r") )?(" + _alt(lex.weekdays) + ")" + part),
        month_day=re.compile(r"(" + month + r") (\d{1,2})(?: " + year + ")?"),
        day_month=re.compile(r"(?:the )?(\d{1,2}) (?:of )?(" + month + r")(?: " + year + ")?"),
        month=re.compile(r"(?:(" + rel + r") )?(" + month + r")(?: (?:of )?" + year + ")?"),
        season=re.compile(r"(?:(" + rel + r") )?(?:the )?(" + season + r")(?: (?:of )?" + year + ")?"),
        year=re.compile(r"(\d{4})|'(\d\d)"),
    )


def _reference(q: Query) -> Result:
    value = load_lexicon().references.get(q.core)
    if value is None and q.core.startswith("the near "):
        value = load_lexicon().references.get("the " + q.core[len("the near ") :])
    return (value, "day") if value else None


def _day_word(q: Query) -> Result:
    match = _regexes().day_word.fullmatch(q.core)
    if match:
        offset = load_lexicon().day_words[match.group(1)]
    elif q.core in ("this morning", "this afternoon", "this evening"):
        offset = 0
    elif q.core == "last night":
        offset = -1
    else:
        return None
    return cal.day_value(q.reference + dt.timedelta(days=offset)), "day"


def _iso(q: Query) -> Result:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", q.core)
    day = cal.valid_day(*(int(g) for g in match.groups())) if match else None
    return (cal.day_value(day), "day") if day else None


def _unit_value(reference: dt.date, unit: str, delta: int) -> Result:
    if unit in ("week", "weekend"):
        return cal.week_value(reference + dt.timedelta(weeks=delta)), "week"
    if unit == "month":
        return cal.month_value(*cal.shift_months(reference.year, reference.month, delta)), "month"
    if unit == "decade":
        return str(reference.year - 10 * delta if delta < 0 else reference.year + 10 * delta), "year"
    return str(reference.year + delta), "year"


def _ago(q: Query) -> Result:
    match = _regexes().ago.fullmatch(q.core)
    if not match:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else load_lexicon().numbers[match.group(1)]
    unit = match.group(2)
    if unit == "day":
        return cal.day_value(q.reference - dt.timedelta(days=count)), "day"
    return _unit_value(q.reference, unit, -count)


def is_shift(core: str) -> bool:
    """True for a time counted from the day the story has reached, not from the publication date:
    "two days later", "a week earlier", "the next day" (resolved by :func:`_shift` against that day).
    Longer shifts ("six years later") count from whatever time the story last named, not from a day."""
    return _regexes().shift.fullmatch(core) is not None


def _shift(q: Query) -> Result:
    """ "two days later", "the next day": a day, counted from ``q.reference`` (the day the story reached)."""
    match = _regexes().shift.fullmatch(q.core)
    if not match:
        return None
    lex = load_lexicon()
    count_word, unit, after, before = match.groups()
    if before is not None:
        days = lex.shifts[before]
    else:
        count = int(count_word) if count_word.isdigit() else lex.numbers[count_word]
        days = count * lex.shifts[after] * (7 if unit == "week" else 1)
    return cal.day_value(q.reference + dt.timedelta(days=days)), "day"


def _rel_unit(q: Query) -> Result:
    match = _regexes().rel_unit.fullmatch(q.core)
    if not match:
        return None
    return _unit_value(q.reference, match.group(2), load_lexicon().relatives[match.group(1)])


def _part_unit(q: Query) -> Result:
    """ "The end of the year": the current unit, or the one before / after when the part named
    has not begun yet in a past-tense sentence, or is already over in a future one."""
    match = _regexes().part_unit.fullmatch(q.core)
    if not match or q.part is None:
        return None
    unit = match.group(1)
    elapsed = cal.fraction_elapsed(q.reference, unit)
    delta = 0
    if q.tense == "past" and q.part == "late" and elapsed < 2 / 3:
        delta = -1
    elif q.tense == "future" and q.part == "early" and elapsed > 1 / 3:
        delta = 1
    return _unit_value(q.reference, unit, delta)


def _direction(word: str | None) -> int | None:
    return None if word is None else load_lexicon().relatives[word]


def _weekday(q: Query) -> Result:
    match = _regexes().weekday.fullmatch(q.core)
    if not match:
        return None
    target = load_lexicon().weekdays[match.group(2)]
    ref = q.reference
    offsets = [target - ref.isoweekday() + 7 * k for k in (-1, 0, 1)]
    offset = cal.pick(offsets, 0, _direction(match.group(1)), q.tense)
    return cal.day_value(ref + dt.timedelta(days=offset)), "day"


def _month_day(q: Query, month: int, day: int, year: str | None) -> Result:
    if year is not None:
        found = cal.valid_day(int(year), month, day)
        return (cal.day_value(found), "day") if found else None
    ref = q.reference
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := cal.valid_day(y, month, day))]
    if not candidates:
        return None
    chosen = cal.pick([d.toordinal() for d in candidates], ref.toordinal(), None, q.tense)
    return cal.day_value(dt.date.fromordinal(chosen)), "day"


def _day(q: Query) -> Result:
    months = load_lexicon().months
    match = _regexes().month_day.fullmatch(q.core)
    if match:
        return _month_day(q, months[match.group(1)], int(match.group(2)), match.group(3))
    match = _regexes().day_month.fullmatch(q.core)
    if match:
        return _month_day(q, months[match.group(2)], int(match.group(1)), match.group(3))
    return None


def _month(q: Query) -> Result:
    match = _regexes().month.fullmatch(q.core)
    if not match:
        return None
    month = load_lexicon().months[match.group(2)]
    if match.group(3):
        return cal.month_value(int(match.group(3)), month), "month"
    ref = q.reference
    candidates = [y * 12 + month - 1 for y in (ref.year - 1, ref.year, ref.year + 1)]
    chosen = cal.pick(candidates, ref.year * 12 + ref.month - 1, _direction(match.group(1)), q.tense)
    return cal.month_value(chosen // 12, chosen % 12 + 1), "month"


def _season(q: Query) -> Result:
    match = _regexes().season.fullmatch(q.core)
    if not match:
        return None
    position = cal.SEASON_ORDER.index(load_lexicon().seasons[match.group(2)])
    if match.group(3):
        return cal.season_value(int(match.group(3)) * 4 + position), "season"
    ref_ordinal = cal.season_ordinal(q.reference)
    season_year = ref_ordinal // 4
    candidates = [y * 4 + position for y in (season_year - 1, season_year, season_year + 1)]
    chosen = cal.pick(candidates, ref_ordinal, _direction(match.group(1)), q.tense)
    return cal.season_value(chosen), "season"


def _year(q: Query) -> Result:
    match = _regexes().year.fullmatch(q.core)
    if not match:
        return None
    if match.group(1):
        return match.group(1), "year"
    short = int(match.group(2))
    century = q.reference.year // 100 * 100
    year = century + short if century + short <= q.reference.year + 10 else century - 100 + short
    return str(year), "year"


HANDLERS: tuple[Callable[[Query], Result], ...] = (
    _reference,
    _day_word,
    _iso,
    _ago,
    _shift,
    _rel_unit,
    _part_unit,
    _weekday,
    _day,
    _month,
    _season,
    _year,
)
