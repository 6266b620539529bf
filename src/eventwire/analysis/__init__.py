"""Analysis layer: dyad time series, actor networks, rankings and readable HTML reports.

Every function opens the DuckDB store read-only and returns pandas objects (use
:func:`to_polars` for polars) or a networkx DiGraph.
"""

from __future__ import annotations

from eventwire.analysis.errors import (
    ActorSpecError,
    AnalysisError,
    EmptyResultError,
    OutputFormatError,
    PeriodError,
    UnknownActorError,
)
from eventwire.analysis.frames import to_polars
from eventwire.analysis.network import network, write_graph
from eventwire.analysis.report import write_report
from eventwire.analysis.top import TopSummary, biggest_changes, parse_period, top, top_actors, top_dyads
from eventwire.analysis.trend import trend

__all__ = [
    "ActorSpecError",
    "AnalysisError",
    "EmptyResultError",
    "OutputFormatError",
    "PeriodError",
    "TopSummary",
    "UnknownActorError",
    "biggest_changes",
    "network",
    "parse_period",
    "to_polars",
    "top",
    "top_actors",
    "top_dyads",
    "trend",
    "write_graph",
    "write_report",
]
