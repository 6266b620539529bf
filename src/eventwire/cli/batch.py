"""``eventwire batch``: code a corpus into a DuckDB store, with a progress bar and a summary."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from eventwire.cli._common import MaxChars, MaxSentenceChars, MinConfidence, limit_settings
from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.batch.run import BatchProgress, BatchSummary


class EngineChoice(StrEnum):
    local = "local"
    dask = "dask"


def _summary_table(summary: BatchSummary) -> Table:
    table = Table(title=f"run {summary.run_id} ({summary.status})", show_header=False)
    rows = (
        ("articles read", summary.read),
        ("coded", summary.coded),
        ("skipped (already done)", summary.skipped),
        ("rejected", f"{summary.rejected} (see {summary.rejects_path})" if summary.rejected else 0),
        ("events", summary.events),
        ("elapsed", f"{summary.elapsed:.1f} s"),
        ("articles/s", f"{summary.articles_per_second:.1f}"),
        ("store", str(summary.store)),
    )
    for name, value in rows:
        table.add_row(name, str(value))
    return table


def register(app: typer.Typer) -> None:
    """Add ``batch`` to ``app``."""

    @app.command("batch")
    def batch(
        inputs: Annotated[
            list[Path], typer.Argument(help="files or folders: .txt, .jsonl, .csv, .tsv, or .gz of them")
        ],
        store: Annotated[Path, typer.Option("--store", help="DuckDB store to create or add to")],
        engine: Annotated[
            EngineChoice, typer.Option(help="local process pool or a Dask cluster")
        ] = EngineChoice.local,
        scheduler: Annotated[
            str | None, typer.Option(help="Dask scheduler address (default: local cluster)")
        ] = None,
        workers: Annotated[int | None, typer.Option(help="worker processes (default: all cores)")] = None,
        rejects: Annotated[
            Path | None, typer.Option(help="JSONL file for rejected rows (default: beside the store)")
        ] = None,
        limit: Annotated[int | None, typer.Option(help="read at most this many records")] = None,
        date: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD) for .txt files")] = None,
        batch_size: Annotated[int | None, typer.Option(help="articles per committed batch")] = None,
        max_chars: MaxChars = None,
        max_sentence_chars: MaxSentenceChars = None,
        min_confidence: MinConfidence = 0.0,
        wait: Annotated[
            float, typer.Option(min=0, help="seconds to wait while another process holds the store")
        ] = 30.0,
    ) -> None:
        """Code every article of INPUTS into the store; re-running resumes and skips what is done."""
        console = Console(stderr=True)
        columns = (
            TextColumn("[bold]coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s · {task.fields[events]} events"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("coding", total=None, rate=0.0, events=0)

            def show(p: BatchProgress) -> None:
                bar.update(task, total=p.total, completed=p.done, rate=p.articles_per_second, events=p.events)

            from eventwire.batch.run import run_batch  # duckdb: imported by the commands that use it

            try:
                settings = limit_settings(max_chars, max_sentence_chars, min_confidence)
                summary = run_batch(
                    inputs, store, settings, engine=engine.value,
                    workers=workers, scheduler=scheduler, rejects=rejects, limit=limit, date=date,
                    batch_size=batch_size, progress=show, wait=wait,
                )  # fmt: skip
            except EventwireError as exc:
                console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
                raise typer.Exit(1) from None
        Console().print(_summary_table(summary))
        if summary.status == "interrupted":
            console.print("[yellow]interrupted:[/yellow] run the same command again to resume")
            raise typer.Exit(130)
