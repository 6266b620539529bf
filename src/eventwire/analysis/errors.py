"""Errors raised by the analysis layer (bad actor specs, periods, output formats, empty results)."""

from __future__ import annotations

from eventwire.errors import EventwireError


class AnalysisError(EventwireError):
    """An analysis request cannot be answered as asked."""


class ActorSpecError(AnalysisError):
    """An actor was written in a form the analysis layer does not understand."""


class UnknownActorError(AnalysisError):
    """An actor does not occur in the store at all."""


class PeriodError(AnalysisError):
    """A period such as ``2017-01-01..2017-03-31`` could not be parsed."""


class OutputFormatError(AnalysisError):
    """An output file has an extension the analysis layer cannot write."""


class EmptyResultError(AnalysisError):
    """There are no events to draw or report on."""
