"""The records of the temporal stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from eventwire.models import DatePrecision as Precision

Tense = Literal["past", "future"] | None


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text: ``text == searched_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ResolvedDate:
    """A time expression normalised against a reference date.

    ``value`` is ISO-8601 / TimeML style: ``2017-01-31`` (day), ``2017-W05`` (ISO week),
    ``2017-01`` (month), ``2017-SU`` (season), ``2017`` (year). Vague references ("now",
    "recently", "in the future") get the TimeML values ``PRESENT_REF``, ``PAST_REF`` and
    ``FUTURE_REF`` with precision ``"day"`` and ``approximate=True``.
    """

    value: str
    precision: Precision
    approximate: bool
    text: str
