"""``eventwire code``: code one article (file, JSON Lines or stdin) and print its events.

Every problem with the input is one line on standard error: ``error:`` for a record that cannot be coded
(exit status 1 once all records are done), ``warning:`` for one coded with a caveat (truncated, not
English, the same text as an earlier record, which is then not coded again).
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from eventwire.cli._common import MaxChars, MaxSentenceChars, MinConfidence, limit_settings
from eventwire.coding import build_coder
from eventwire.errors import EventwireError
from eventwire.ingest import parse_date
from eventwire.models import Actor, Event

if TYPE_CHECKING:
    from eventwire.coder import CodingResult


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


class InputKind(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _actors(actors: list[Actor]) -> str:
    return "; ".join(_unique([f"{a.code or '?'} ({a.text or 'implied'})" for a in actors])) or "-"


def _codes(actors: list[Actor]) -> str:
    """Actor codes; an implied actor (one the text does not name, empty ``text``) in parentheses."""
    codes = [a.code or a.country or "?" for a in actors]
    return ", ".join(_unique([c if a.text else f"({c})" for a, c in zip(actors, codes, strict=True)])) or "-"


_IMPLIED_CAPTION = "(CODE): implied, not named in the text (docs/schema.md)"


def _date(event: Event) -> str:
    """``2017-02-01``; a week, month, season or year says so: ``2017-W05 (week)``."""
    if not event.date:
        return "-"
    precision = event.date_precision
    return event.date if precision in (None, "day") else f"{event.date} ({precision})"


def _title(result: CodingResult) -> str:
    article = result.article
    title = f"{result.where}: {len(result.events)} events"
    if article is not None and article.dateline:
        title += f"  [dim]dateline {article.dateline.place or '-'} ({article.dateline.agency})[/dim]"
    return title


_COMPACT = ("type", "cameo", "source -> target", "date", "factuality", "trigger")
_SHRINKABLE = {2: 16, 5: 10}  # column index -> narrowest width: the dyad, then the trigger give way


def _column_widths(rows: list[tuple[str, ...]], width: int) -> list[int]:
    """Each column as wide as its longest cell; when that is too wide for ``width``, the dyad and the
    trigger columns narrow (their cells end in an ellipsis) so that every event stays on one line."""
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(_COMPACT)]
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    for index, narrowest in _SHRINKABLE.items():
        cut = max(0, min(excess, widths[index] - narrowest))
        widths[index] -= cut
        excess -= cut
    return widths


def _compact_table(result: CodingResult, width: int) -> Table:
    """One line per event: type, CAMEO, source -> target, date, factuality, trigger."""
    rows: list[tuple[str, ...]] = [
        (
            e.event_type,
            e.cameo,
            f"{_codes(e.source)} -> {_codes(e.target)}",
            _date(e),
            e.factuality,
            e.trigger,
        )
        for e in result.events
    ]
    table = Table(
        title=_title(result),
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        title_justify="left",
        caption=_IMPLIED_CAPTION if any("(" in row[2] for row in rows) else None,
        caption_justify="left",
    )
    for name, column_width in zip(_COMPACT, _column_widths(rows, width), strict=True):
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=column_width)
    for row in rows:
        table.add_row(*row)
    return table


def _wide_table(result: CodingResult) -> Table:
    table = Table(title=_title(result), show_lines=True)
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


def _print_claims(out: Console, result: CodingResult) -> None:
    """The article's claims (docs/claims.md) after its events; uncontested ones are only counted."""
    from eventwire.claims import find_claims
    from eventwire.cli.claims import claims_table

    title = result.article.title if result.article else None
    found = find_claims(result.events, {e.article_id: title for e in result.events})
    shown = [c for c in found if c.status != "uncontested"]
    if shown:
        out.print(claims_table(shown, f"{result.where}: {len(shown)} of {len(found)} claims"))
    if len(found) > len(shown):
        out.print(f"[dim]{len(found) - len(shown)} uncontested single-source claims not shown[/dim]")


def _record(event: Event) -> str:
    return json.dumps(event.model_dump(mode="json"), ensure_ascii=False)


def _report(err: Console, outcome: CodingResult) -> None:
    for note in outcome.warnings:
        err.print(f"[yellow]warning:[/yellow] {outcome.where}: {note}", highlight=False, soft_wrap=True)
    if outcome.error:
        err.print(f"[red]error:[/red] {outcome.where}: {outcome.error}", highlight=False, soft_wrap=True)


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
        max_chars: MaxChars = None,
        max_sentence_chars: MaxSentenceChars = None,
        wide: Annotated[
            bool, typer.Option("--wide", help="table with every column (actors' words, place, evidence)")
        ] = False,
        skip_sentences: Annotated[
            bool,
            typer.Option(
                "--skip-sentences",
                help="parse only the sentences that may hold a lexicon event: faster, fewer events "
                "(docs/performance.md)",
            ),
        ] = False,
        min_confidence: MinConfidence = 0.0,
    ) -> None:
        """Code one article into PLOVER/CAMEO event records with their evidence."""
        from eventwire.coder import code_input
        from eventwire.heap import hold_freed_memory, skip_huge_pages

        hold_freed_memory()  # one input, then the process ends: fewer page faults (eventwire.heap)
        skip_huge_pages()  # and fewer pages cleared by the kernel
        err = Console(stderr=True)
        out = Console(soft_wrap=fmt != OutputFormat.table)
        failures, records = 0, list[dict[str, object]]()
        try:
            settings = limit_settings(max_chars, max_sentence_chars, min_confidence)
            settings = settings.model_copy(update={"skip_sentences": skip_sentences})
            parse_date(date)
            results = code_input(path, input_format.value, date, title, settings, lambda s: build_coder(s))
            for result in results:
                _report(err, result)
                if result.error:
                    failures += 1
                elif result.article is None:
                    continue
                elif fmt == OutputFormat.table:
                    out.print(_wide_table(result) if wide else _compact_table(result, out.width))
                    _print_claims(out, result)
                elif fmt == OutputFormat.jsonl:
                    for event in result.events:
                        print(_record(event))
                else:
                    records.extend(e.model_dump(mode="json") for e in result.events)
        except EventwireError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        if fmt == OutputFormat.json:
            print(json.dumps(records, ensure_ascii=False, indent=2))
        if failures:
            raise typer.Exit(1)
