"""Find time expressions in raw text: non-overlapping, maximal spans with exact offsets.

The finder is a set of regular expressions built from the temporal lexicon. Every pattern
proposes candidate spans; the longest candidates win, then each kept span is extended
leftwards over modifiers ("around the beginning of", "early", "mid-") and neighbouring
spans are joined into ranges ("from March to May", "2009-2010", "between May and June").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from eventwire.temporal.lexicon import Lexicon, load_lexicon
from eventwire.temporal.types import TimeExpression

_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?<![\d,.$€£#/])(?:1[6-9]\d\d|20\d\d)(?![\d%]|[,.]\d|(?:st|nd|rd|th)\b)"  # "2099th": no year
_GAP_RANGE = re.compile(r"\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*\Z")
_WORD_AFTER = re.compile(r"\A\s+([A-Za-z']+)")
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"})
_UNIT = r"(?:day|week|month|year|decade)s?\b"
_PAST_SPAN = re.compile(r"\s+(?:\d|few\b|several\b|" + _UNIT + r"|[a-z]+\s+" + _UNIT + ")", re.IGNORECASE)
_NON_YEAR_WORDS = frozenset({"this", "thus", "was", "has", "is", "his", "its", "as", "us", "less", "plus"})
_NEEDS = (  # what every match of some candidate patterns holds: a text without it is not searched with them
    (re.compile(r"[0-9]"), frozenset({"iso", "month_day", "day_month", "month_year", "year_range", "year"})),
    (re.compile(r"(?i:ago)"), frozenset({"ago"})),  # case-insensitive, as the pattern
)  # (the digits of _DAY and _YEAR are ASCII ones; most sentences have none)


def _alternation(words: Iterable[str], title: bool = False) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    parts = [re.escape(w.title() if title else w).replace(r"\ ", r"\s+") for w in ordered]
    return "(?:" + "|".join(parts) + ")"


_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
"""What a case-insensitive pattern matches to an ASCII letter ("\u0130" and "\u0131" to "i", "\u017f" to
"s", "\u212a" to "k") and ``str.lower`` keeps apart: a text holding one is searched with every pattern."""


def _anchors(entries: Iterable[str]) -> tuple[str, ...]:
    """Words of which every match of an alternation of ``entries`` holds one (in lower case): the longest
    word of each entry, but none that holds another ("jan" stands for "january" too)."""
    words = {max(entry.lower().split(), key=len) for entry in entries}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@dataclass(frozen=True)
class _Patterns:
    candidates: tuple[tuple[str, re.Pattern[str]], ...]
    anchors: tuple[tuple[tuple[str, ...], frozenset[str]], ...]  # the words some patterns' matches hold
    prefix: re.Pattern[str]
    range_open: re.Pattern[str]
    context_words: frozenset[str]
    season_context: frozenset[str]


def _month(lex: Lexicon, abbreviated: bool = True) -> str:
    """A month name in title case; with ``abbreviated`` also "Jan", "Sept." ... (not "Mar-a-Lago")."""
    names = _alternation(lex.month_names, title=True)
    if abbreviated:
        abbreviations = [w for w in lex.months if w not in lex.month_names]
        names = "(?:" + names + "|" + _alternation(abbreviations, title=True) + r"\.?)"
    return r"(?<![A-Za-z])" + names + r"(?![A-Za-z]|-[A-Za-z])"


def _candidate_patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    month = _month(lex)
    weekday = r"(?<![A-Za-z])" + _alternation(lex.weekdays, title=True) + r"(?![A-Za-z])"
    season = _alternation(lex.seasons)
    day_part = _alternation(lex.day_parts)
    rel = _alternation(lex.relatives)
    unit = _alternation(lex.units)
    number = _alternation(lex.numbers)
    shift = _alternation(lex.shifts)
    raw = {
        "iso": r"(?<![\d-])\d{4}-[01]\d-[0-3]\d(?![\d-])",
        "month_day": month
        + r"(?:\s+|(?<=\.))"
        + _DAY
        + r"(?:\s*[-–]\s*"
        + _DAY
        + r")?(?:,?\s+"
        + _YEAR
        + ")?",
        "day_month": r"(?<![\d,.$])(?:(?i:the)\s+)?"
        + _DAY
        + r"(?:\s+(?i:of))?\s+"
        + month
        + r"(?:,?\s+"
        + _YEAR
        + ")?",
        "month_year": month + r"(?:\s+(?i:of))?,?\s+" + _YEAR,
        "month": _month(lex, abbreviated=False),
        "weekday": weekday + r"(?:\s+(?i:" + day_part + "))?",
        "day_word": r"(?i:\b(?:today|tonight|yesterday|tomorrow)(?:\s+" + day_part + r")?\b)",
        "this_part": r"(?i:\b(?:this\s+(?:morning|afternoon|evening)|last\s+night)\b)",
        "rel_unit": r"(?i:\b(?:the\s+)?" + rel + r"\s+(?:fiscal\s+)?" + unit + r"\b)",
        "rel_named": r"(?i:\b" + rel + r")\s+(?:" + month + "|" + weekday + r"|(?i:" + season + r"\b))",
        "season": r"(?i:\b(?:the\s+)?" + season + r"(?:\s+(?:of\s+)?" + _YEAR + r")?\b)",
        "ago": r"(?i:\b(?:" + number + r"|\d{1,3})\s+(?:day|week|month|year|decade)s?\s+ago\b)",
        # "two days later", "the next day"; not "a week earlier than planned"
        "shift": rf"(?i:\b(?:(?:{number}|\d{{1,3}})\s+(?:day|week)s?\s+{shift}|the\s+{shift}\s+day)"
        + r"\b(?!\s+than\b))",
        "part_unit": r"(?i:\b(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+"
        + r"(?:the\s+)?(?:year|month|week)\b)",
        "reference": r"(?i:\b" + _alternation(lex.references) + r"\b)",
        "year_range": _YEAR + r"\s*[-–/]\s*(?:" + _YEAR + r"|\d\d(?!\d))",
        "year": _YEAR,
    }
    return tuple((name, re.compile(pattern)) for name, pattern in raw.items())


def _anchor_words(lex: Lexicon) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """For candidate patterns (the names), words of which each of their matches holds one, as
    :func:`_candidate_patterns` builds them: a text without any is not searched with them."""
    return (
        (_anchors(lex.months), frozenset({"month_day", "day_month", "month_year", "month"})),
        (_anchors(lex.weekdays), frozenset({"weekday"})),
        (("today", "tonight", "tomorrow", "yesterday"), frozenset({"day_word"})),
        (("last", "this"), frozenset({"this_part"})),
        (_anchors(lex.relatives), frozenset({"rel_unit", "rel_named"})),
        (_anchors(lex.shifts), frozenset({"shift"})),
        (_anchors(lex.seasons), frozenset({"season"})),
        (("beginning", "end", "middle", "start"), frozenset({"part_unit"})),
        (_anchors(lex.references), frozenset({"reference"})),
    )


@cache
def _patterns() -> _Patterns:
    lex = load_lexicon()
    approx = _alternation(lex.approximators)
    part = _alternation(w for w in lex.parts if w != "mid")
    prefix = (
        r"(?i:(?<![A-Za-z])(?:"
        + approx
        + r"\s+)?(?:(?:"
        + part
        + r")\s+|mid-?\s*)?(?:(?:"
        + approx
        + r")\s+)?)\Z"
    )
    context = set(lex.prepositions) | set(lex.relatives) | set(lex.parts) | set(lex.approximators)
    context |= {"mid", "early", "late", "between", "and", "to", "or", "over"}
    return _Patterns(
        candidates=_candidate_patterns(lex),
        anchors=_anchor_words(lex),
        prefix=re.compile(prefix),
        range_open=re.compile(r"(?i:(?<![A-Za-z])(?:from|between)\s+)\Z"),
        context_words=frozenset(w for w in context if " " not in w),
        season_context=frozenset(w for w in context if " " not in w) - {"and", "to", "or", "of"},
    )


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text[end : end + 30])
    return match.group(1) if match else ""


def _is_year(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless a label or a count noun says otherwise."""
    lex = load_lexicon()
    before = _word_before(text, start)
    if before in lex.number_labels:
        return False
    following = _word_after(text, end)
    lowered = following.lower()
    if lowered in ("percent", "per") or text[end : end + 1] == "%":
        return False
    plural = lowered.endswith("s") and not lowered.endswith(("ss", "is", "us")) and len(lowered) > 3
    is_count = following.islower() and (
        lowered in lex.count_nouns or (plural and lowered not in _NON_YEAR_WORDS)
    )
    return not is_count or before in lex.prepositions or before in _DETERMINERS


def _accept(name: str, text: str, start: int, end: int) -> bool:
    lex = load_lexicon()
    if name == "year":
        return _is_year(text, start, end)
    if name == "month":
        word = text[start:end].rstrip(".").lower()
        return word not in lex.ambiguous_months or _word_before(text, start) in _patterns().context_words
    if name == "season":
        if any(ch.isdigit() for ch in text[start:end]):
            return True
        return _word_before(text, start) in _patterns().season_context
    if name == "reference" and text[start:end].lower().endswith("past"):
        return not _PAST_SPAN.match(text, end)
    return True


def _candidates(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    skipped = _skipped(text)
    for name, pattern in _patterns().candidates:
        if name in skipped:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if end > start and _accept(name, text, start, end):
                spans.append((start, end))
    return spans


def _skipped(text: str) -> set[str]:
    """The candidate patterns that cannot match ``text``: it lacks what ``_NEEDS`` says they need, or
    every word of their anchors (compared in lower case)."""
    skipped = {name for needed, names in _NEEDS if needed.search(text) is None for name in names}
    if _ASCII_FOLDS.search(text) is None:
        lowered = text.lower()
        for words, names in _patterns().anchors:
            if not any(word in lowered for word in words):
                skipped |= names
    return skipped


def _select(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _extend_prefix(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Take in modifiers before a span ("around", "the end of", "mid-"), except before vague
    references, where "about the future" is a topic, not an approximation."""
    out: list[tuple[int, int]] = []
    previous_end = 0
    references = load_lexicon().references
    for start, end in spans:
        if " ".join(text[start:end].lower().split()) in references:
            out.append((start, end))
            previous_end = end
            continue
        window_start = max(previous_end, start - 60)
        match = _patterns().prefix.search(text, window_start, start)
        new_start = match.start() if match and match.end() == start and match.start() < start else start
        out.append((new_start, end))
        previous_end = end
    return out


def _join_ranges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            gap = _GAP_RANGE.fullmatch(text, prev_end, start)
            if gap:
                opener = _patterns().range_open.search(text, max(0, prev_start - 10), prev_start)
                connector = gap.group(0).strip().lower()
                if connector == "and" and not (opener and opener.group(0).lower().startswith("between")):
                    out.append((start, end))
                    continue
                out[-1] = (opener.start() if opener else prev_start, end)
                continue
        out.append((start, end))
    return out


def find_time_expressions(text: str) -> list[TimeExpression]:
    """All time expressions in ``text``, in order, as non-overlapping maximal spans."""
    spans = _join_ranges(text, _extend_prefix(text, _select(_candidates(text))))
    return [TimeExpression(start, end, text[start:end]) for start, end in spans]
