"""Analysis commands: ``trend``, ``network``, ``top`` and ``report`` over a DuckDB event store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventwire.errors import EventwireError

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")

StoreOpt = Annotated[
    Path, typer.Option("--store", "-s", help="DuckDB event store written by `eventwire batch`.")
]
UniqueOpt = Annotated[
    bool, typer.Option("--unique", help="Count de-duplicated events (one per source, target, type and date).")
]
DateOpt = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Date as YYYY-MM-DD.")]

InternationalOpt = Annotated[
    bool, typer.Option("--international", help="Only dyads whose source and target countries differ.")
]
NoSelfOpt = Annotated[bool, typer.Option("--no-self", help="Leave out dyads of an actor with itself.")]
MinEventsOpt = Annotated[int, typer.Option("--min-events", help="Drop dyads with fewer events.")]


class By(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class Format(StrEnum):
    table = "table"
    csv = "csv"


def _run(call: Callable[[], T]) -> T:
    """Run one library call; show user errors as a one-line message and exit 1."""
    try:
        return call()
    except EventwireError as exc:
        Console(stderr=True).print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None


def _table(frame: pd.DataFrame, title: str, columns: Iterable[str] | None = None) -> Table:
    import pandas as pd  # imported on use: every CLI start (and every spawned batch worker) pays for it

    cols = list(columns) if columns is not None else list(frame.columns)
    table = Table(title=title)
    for col in cols:
        numeric = pd.api.types.is_numeric_dtype(frame[col]) if col in frame else False
        table.add_column(col, justify="right" if numeric else "left")
    for row in frame[cols].itertuples(index=False):
        table.add_row(*("" if pd.isna(v) else escape(str(v)) for v in row))
    return table


def trend_cmd(
    source: Annotated[str, typer.Argument(help="Source actor: country (USA), code (USAGOV) or USA:MIL.")],
    target: Annotated[str, typer.Argument(help="Target actor, written the same way.")],
    store: StoreOpt,
    by: Annotated[By, typer.Option("--by", help="Period length.")] = By.month,
    both_directions: Annotated[
        bool, typer.Option("--both-directions", help="Also count events from TARGET to SOURCE.")
    ] = False,
    fmt: Annotated[
        Format, typer.Option("--format", help="table (readable) or csv (to stdout).")
    ] = Format.table,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the series to a .png or .svg.")
    ] = None,
    since: DateOpt = None,
    until: DateOpt = None,
    unique: UniqueOpt = False,
) -> None:
    """Events per period between two actors: counts per PLOVER type and QuadClass, Goldstein sum and mean."""
    from eventwire.analysis import trend

    frame = _run(
        lambda: trend(
            store,
            source,
            target,
            by.value,
            both_directions,
            since=since.date() if since else None,
            until=until.date() if until else None,
            unique=unique,
            chart=chart,
        )
    )
    err = Console(stderr=True)
    for key, what in (("skipped_undated", "without a date"), ("outside", "dated outside --since/--until")):
        if frame.attrs.get(key):
            err.print(f"skipped {frame.attrs[key]} events {what}")
    if frame.empty:
        err.print(f"no dated events between {escape(source)} and {escape(target)} in {escape(str(store))}")
        return
    shown = frame.assign(period=frame["period"].dt.strftime("%Y-%m-%d"))
    if fmt is Format.csv:
        typer.echo(shown.to_csv(index=False), nl=False)
    else:
        Console().print(_table(_compact_trend(shown), f"{frame.attrs['source']} → {frame.attrs['target']}"))
    if chart is not None:
        err.print(f"wrote {escape(str(chart))}")


def _compact_trend(frame: pd.DataFrame) -> pd.DataFrame:
    """The trend as a table that fits a terminal: periods with events, quads, and the types in words."""
    from eventwire.models import EVENT_TYPES

    active = frame[frame["events"] > 0]
    types = [", ".join(f"{t} {int(row[t])}" for t in EVENT_TYPES if row[t]) for _, row in active.iterrows()]
    return active.assign(gold_mean=active["goldstein_mean"].round(2), types=types)[
        ["period", "events", "gold_mean", "quad1", "quad2", "quad3", "quad4", "types"]
    ]


def network_cmd(
    store: StoreOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="Graph file for Gephi: .graphml or .gexf.")],
    since: DateOpt = None,
    until: DateOpt = None,
    min_events: MinEventsOpt = 1,
    png: Annotated[
        Path | None, typer.Option("--png", help="Also draw the network to a .png or .svg.")
    ] = None,
    unique: UniqueOpt = False,
    international: InternationalOpt = False,
    no_self: NoSelfOpt = False,
) -> None:
    """Directed actor network (nodes: actor codes; edges: event counts and mean Goldstein per direction)."""
    from eventwire.analysis import network

    graph = _run(
        lambda: network(
            store,
            since.date() if since else None,
            until.date() if until else None,
            min_events,
            unique=unique,
            international=international,
            no_self=no_self,
            out=out,
            png=png,
        )
    )
    console = Console()
    if graph.number_of_edges() == 0:
        Console(stderr=True).print("no events with both actors coded in this selection; the graph is empty")
    console.print(
        f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} directed edges → {escape(str(out))}"
    )
    if png is not None:
        console.print(f"drawing → {escape(str(png))}")


def top_cmd(
    store: StoreOpt,
    n: Annotated[int, typer.Option("--n", "-n", help="How many rows per table.")] = 10,
    period1: Annotated[str | None, typer.Option(help="First period, e.g. 2017-01..2017-03.")] = None,
    period2: Annotated[str | None, typer.Option(help="Second period to compare with the first.")] = None,
    unique: UniqueOpt = False,
    international: InternationalOpt = False,
    no_self: NoSelfOpt = False,
    min_events: MinEventsOpt = 1,
) -> None:
    """Most active dyads and actors; with two periods, the dyads whose counts changed most."""
    from eventwire.analysis import top
    from eventwire.analysis.top import DyadFilter

    dyads = DyadFilter(international=international, no_self=no_self, min_events=min_events)
    summary = _run(lambda: top(store, n, period1, period2, unique=unique, dyads=dyads))
    console = Console()
    if summary.dyads.empty and summary.actors.empty:
        Console(stderr=True).print(f"no events in {escape(str(store))}")
        return
    console.print(_table(summary.dyads, "Most active dyads"))
    console.print(_table(summary.actors, "Most active actors"))
    if summary.changes is not None:
        if summary.changes.empty:
            console.print(f"no dyad changed between {escape(str(period1))} and {escape(str(period2))}")
        else:
            console.print(_table(summary.changes, f"Biggest changes {period1} → {period2}"))


def report_cmd(
    store: StoreOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write (self-contained, offline).")],
    n: Annotated[int, typer.Option("--n", "-n", help="Rows in the dyad and actor tables.")] = 10,
    events: Annotated[int, typer.Option("--events", help="Rows in the highest-confidence event table.")] = 25,
    unique: UniqueOpt = False,
) -> None:
    """Write a readable HTML report: summary figures, dyad trends, the actor network and top events."""
    from eventwire.analysis import write_report

    path = _run(lambda: write_report(store, out, n=n, n_events=events, unique=unique))
    Console().print(f"wrote {escape(str(path))}")


def register(app: typer.Typer) -> None:
    """Add ``trend``, ``network``, ``top`` and ``report`` to ``app``."""
    app.command("trend")(trend_cmd)
    app.command("network")(network_cmd)
    app.command("top")(top_cmd)
    app.command("report")(report_cmd)
