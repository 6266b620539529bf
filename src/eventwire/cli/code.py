"""``eventwire code``: code one article (file, JSON Lines or stdin) and print its events."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventwire.coder import CodingResult, code_input
from eventwire.errors import EventwireError
from eventwire.ingest import parse_date
from eventwire.models import Actor, Event


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


class InputKind(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def _actors(actors: list[Actor]) -> str:
    return "; ".join(f"{a.code or '?'} ({a.text})" for a in actors) or "-"


def _table(result: CodingResult) -> Table:
    article = result.article
    title = f"{result.source}: {len(result.events)} events"
    if article is not None and article.dateline:
        title += f"  [dim]dateline {article.dateline.place or '-'} ({article.dateline.agency})[/dim]"
    table = Table(title=title, show_lines=True)
    for column in ("type", "source", "target", "date", "place", "factuality", "according to", "evidence"):
        table.add_column(column, overflow="fold")
    for e in result.events:
        table.add_row(
            f"{e.event_type}\n[dim]{e.cameo} {e.mode or ''}[/dim]",
            _actors(e.source),
            _actors(e.target),
            f"{e.date or '-'}\n[dim]{e.date_precision or ''} {e.date_source or ''}[/dim]",
            (e.location.name or e.location.text) if e.location else "-",
            e.factuality,
            f"{e.attribution.text or '-'}\n[dim]{e.attribution.kind}[/dim]",
            e.sentence.replace(e.trigger, f"[bold]{e.trigger}[/bold]", 1),
        )
    return table


def _record(event: Event) -> str:
    return json.dumps(event.model_dump(mode="json"), ensure_ascii=False)


def register(app: typer.Typer) -> None:
    """Add ``code`` to ``app``."""

    @app.command("code")
    def code(
        path: Annotated[str, typer.Argument(help="article file (.txt or .jsonl), or - for standard input")],
        date: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD")] = None,
        title: Annotated[str | None, typer.Option(help="article title")] = None,
        fmt: Annotated[
            OutputFormat, typer.Option("--format", help="table, jsonl or json")
        ] = OutputFormat.table,
        input_format: Annotated[
            InputKind, typer.Option(help="auto (by file name), text or jsonl")
        ] = InputKind.auto,
    ) -> None:
        """Code one article into PLOVER/CAMEO event records with their evidence."""
        err = Console(stderr=True)
        out = Console(soft_wrap=fmt != OutputFormat.table)
        failures, records = 0, list[dict[str, object]]()
        try:
            parse_date(date)
            for result in code_input(path, input_format.value, date, title):
                if result.error:
                    failures += 1
                    err.print(
                        f"[red]error:[/red] {result.source}:{result.line}: {result.error}", highlight=False
                    )
                elif fmt == OutputFormat.table:
                    out.print(_table(result))
                elif fmt == OutputFormat.jsonl:
                    for event in result.events:
                        print(_record(event))
                else:
                    records.extend(e.model_dump(mode="json") for e in result.events)
        except EventwireError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        if fmt == OutputFormat.json:
            print(json.dumps(records, ensure_ascii=False, indent=2))
        if failures:
            raise typer.Exit(1)
