"""The temporal stage: find time expressions in news text and resolve them to dates.

>>> import datetime
>>> resolve_date("on Tuesday", datetime.date(2017, 2, 1)).value
'2017-01-31'
"""

from __future__ import annotations

from eventwire.temporal.finder import find_time_expressions
from eventwire.temporal.resolve import resolve_date
from eventwire.temporal.tense import guess_tense, guess_tense_at
from eventwire.temporal.types import ResolvedDate, Tense, TimeExpression

__all__ = [
    "ResolvedDate",
    "Tense",
    "TimeExpression",
    "find_time_expressions",
    "guess_tense",
    "guess_tense_at",
    "resolve_date",
]
