"""Score the temporal stage against TimeML documents (TempEval-3 style, DATE timexes only).

For each gold ``TIMEX3`` of type DATE in a document's TEXT (the document creation time
excluded), the expression counts as *found* when a span returned by
:func:`eventwire.temporal.find_time_expressions` on the raw TEXT overlaps it, and as
*correct* when that span, resolved against the creation time with the tense guessed from
the surrounding sentence, has the gold value at the gold's granularity (a finer value of
ours is cut down first: ``2013-03-22`` matches gold ``2013-03``, ``2013-W12`` and ``2013``).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.temporal import find_time_expressions, guess_tense, guess_tense_at, resolve_date
from eventwire.temporal.calendar import week_value
from eventwire.temporal.types import TimeExpression

_DATE_LIKE = re.compile(r"\d{4}(?:-\d\d){0,2}")
_DIGIT_PREFIX = re.compile(r"\d{2,4}(?:-\d\d)?")
_WEEK = re.compile(r"\d{4}-W\d\d")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+|\n\s*\n")


class TempEvalError(InputError):
    """A TimeML folder or document cannot be evaluated."""


@dataclass(frozen=True)
class TimexMiss:
    """A gold DATE expression that was not found (``predicted`` None) or resolved wrongly."""

    doc: str
    text: str
    gold: str
    predicted: str | None


@dataclass(frozen=True)
class TempEvalReport:
    total: int
    found: int
    correct: int
    accuracy: float
    errors: tuple[TimexMiss, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "found": self.found,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "errors": [asdict(error) for error in self.errors],
        }


@dataclass(frozen=True)
class _GoldTimex:
    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True)
class _Document:
    name: str
    creation: dt.date
    text: str
    timexes: tuple[_GoldTimex, ...]


def _flatten(element: ET.Element, parts: list[str], timexes: list[_GoldTimex]) -> None:
    """Append the element's text to ``parts``, recording where its DATE timexes fall."""
    start = sum(len(p) for p in parts)
    parts.append(element.text or "")
    for child in element:
        _flatten(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3" and element.get("type") == "DATE":
        end = start + len("".join(element.itertext()))
        timexes.append(_GoldTimex(start, end, "".join(element.itertext()), element.get("value", "")))


def _creation_date(root: ET.Element, name: str) -> dt.date:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return dt.date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                break
    raise TempEvalError(f"{name}: no usable document creation time (TIMEX3 CREATION_TIME)")


def _load(path: Path) -> _Document:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise TempEvalError(f"{path.name}: not a readable TimeML document ({exc})") from None
    body = root.find("TEXT")
    if body is None:
        raise TempEvalError(f"{path.name}: no TEXT element")
    parts: list[str] = []
    timexes: list[_GoldTimex] = []
    _flatten(body, parts, timexes)
    text = "".join(parts)
    return _Document(path.name, _creation_date(root, path.name), text, tuple(timexes))


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around ``text[start:end]`` and the offset where it begins."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    return text[left : right_match.start() + 1 if right_match else len(text)], left


def _matches(gold: str, predicted: str) -> bool:
    if predicted == gold:
        return True
    if not _DATE_LIKE.fullmatch(predicted):
        return False
    if _WEEK.fullmatch(gold) and len(predicted) == 10:
        return week_value(dt.date.fromisoformat(predicted)) == gold
    return bool(_DIGIT_PREFIX.fullmatch(gold)) and len(predicted) > len(gold) and predicted.startswith(gold)


def _score(
    doc: _Document, timex: _GoldTimex, found: list[TimeExpression], precise_tense: bool
) -> tuple[bool, str | None]:
    hit = next((e for e in found if e.start < timex.end and timex.start < e.end), None)
    if hit is None:
        return False, None
    sentence, offset = _sentence(doc.text, hit.start, hit.end)
    if precise_tense:
        tense = guess_tense_at(sentence, hit.start - offset, hit.end - offset)
    else:
        tense = guess_tense(sentence)
    resolved = resolve_date(hit.text, doc.creation, tense)
    return True, resolved.value if resolved else ""


def evaluate_tempeval(directory: Path, *, precise_tense: bool = False) -> TempEvalReport:
    """Score finding and resolving of DATE expressions over every ``*.tml`` file in ``directory``.

    The tense comes from :func:`guess_tense` on the sentence, or with ``precise_tense`` from
    :func:`guess_tense_at`, which weighs the cue nearest to the expression.
    """
    paths = sorted(Path(directory).glob("*.tml"))
    if not paths:
        raise TempEvalError(f"no TimeML (*.tml) documents in {directory}")
    total = found_count = correct = 0
    errors: list[TimexMiss] = []
    for path in paths:
        doc = _load(path)
        found = find_time_expressions(doc.text)
        for timex in doc.timexes:
            total += 1
            was_found, value = _score(doc, timex, found, precise_tense)
            found_count += was_found
            if value is not None and _matches(timex.value, value):
                correct += 1
            else:
                errors.append(TimexMiss(doc.name, timex.text, timex.value, value))
    accuracy = correct / total if total else 0.0
    return TempEvalReport(total, found_count, correct, round(accuracy, 4), tuple(errors))
