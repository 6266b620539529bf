"""Normalise one time expression against a reference (publication) date.

The expression is lower-cased and peeled from the outside in: leading prepositions, a
range's second half, approximators ("around", "about") and part modifiers ("early",
"the end of", "mid-"). The core left over is matched by one handler per kind of
expression. Handlers that lack a year choose it by :func:`eventwire.temporal.calendar.pick`.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.temporal.handlers import HANDLERS, Query, is_shift
from eventwire.temporal.lexicon import load_lexicon
from eventwire.temporal.types import ResolvedDate, Tense

_RANGE_SPLIT = re.compile(r"\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=\d)|\s+(?:to|until|till|through|and)\s+")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _normalise(expression: str) -> str:
    lowered = expression.lower().replace("\u2019", "'").replace(",", " ")
    lowered = re.sub(r"(?<=[a-z])\.", " ", lowered)
    lowered = _ORDINAL.sub("", lowered)
    return " ".join(lowered.split()).strip(" .;:")


def _strip_prefix(text: str, words: tuple[str, ...] | list[str]) -> tuple[str, str | None]:
    for word in sorted(words, key=len, reverse=True):
        if text.startswith(word + " ") or (word == "mid" and text.startswith("mid-")):
            return text[len(word) :].lstrip(" -"), word
    return text, None


def _peel(text: str) -> tuple[str, bool, str | None]:
    """Strip prepositions, approximators and part modifiers; return (core, approximate, part)."""
    lex = load_lexicon()
    approximate = False
    part: str | None = None
    while True:
        text, part_word = _strip_prefix(text, list(lex.parts))
        text, approx = _strip_prefix(text, lex.approximators)
        text, prep = _strip_prefix(text, lex.prepositions)
        if part_word is None and text.startswith(("mid ", "mid-")):
            text, part_word = text[4:], "mid"
        if prep is None and approx is None and part_word is None:
            return text, approximate, part
        approximate = approximate or approx is not None or part_word is not None
        if part_word is not None:
            part = lex.parts.get(part_word, "mid")


def _split_range(text: str) -> tuple[str, str | None]:
    if _ISO_DAY.fullmatch(text):
        return text, None
    if text.startswith("between "):
        text = text[len("between ") :]
    pieces = _RANGE_SPLIT.split(text, maxsplit=1)
    if len(pieces) == 2 and pieces[0] and pieces[1]:
        left, right = pieces
        if not _FOUR_DIGITS.search(left) and (year := _FOUR_DIGITS.search(right)):
            left = f"{left} {year.group(0)}"
        return left, right
    return text, None


def counts_from_story(expression: str) -> bool:
    """True for an expression counted from the day the story has reached ("two days later", "the
    next day"): its ``reference`` for :func:`resolve_date` is that day, not the publication date."""
    core, _, _ = _peel(_normalise(expression))
    return is_shift(core)


def resolve_date(expression: str, reference: dt.date, tense: Tense = None) -> ResolvedDate | None:
    """Resolve ``expression`` against ``reference``; ``None`` when it is no date (e.g. a duration).

    ``tense`` ("past" / "future" / ``None``) decides expressions without a year: a bare
    weekday or month is the most recent one unless the tense is future.
    """
    text = _normalise(expression)
    if not text:
        return None
    text, approximate, part = _peel(text)
    core, other_end = _split_range(text)
    if other_end is not None:
        core, _, more_part = _peel(core)
        approximate, part = True, part or more_part
    query = Query(core=core, reference=reference, tense=tense, part=part)
    for handler in HANDLERS:
        result = handler(query)
        if result is not None:
            value, precision = result
            vague = value.endswith("_REF")
            return ResolvedDate(value, precision, approximate or vague, expression.strip())
    return None
