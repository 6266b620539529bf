"""``eventwire export``: write a store's events as Parquet, CSV, JSONL or GDELT 2.0 TSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.errors import EventwireError


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


class Partition(StrEnum):
    month = "month"


def register(app: typer.Typer) -> None:
    """Add ``export`` to ``app``."""

    @app.command("export")
    def export(
        store: Annotated[Path, typer.Option("--store", help="DuckDB store written by `eventwire batch`")],
        fmt: Annotated[
            ExportFormat,
            typer.Option("--format", help="parquet (one file), csv, jsonl, gdelt (GDELT 2.0 tab-separated)"),
        ],
        out: Annotated[Path, typer.Option("--out", help="output file (a folder with --partition-by)")],
        unique: Annotated[
            bool, typer.Option("--unique", help="de-duplicated events instead of mentions")
        ] = False,
        partition_by: Annotated[
            Partition | None,
            typer.Option("--partition-by", help="parquet only: a folder with one part per month"),
        ] = None,
        header: Annotated[
            bool | None,
            typer.Option("--header/--no-header", help="column names first (default: csv yes, gdelt no)"),
        ] = None,
    ) -> None:
        """Export the store's events with their article id, publication date and title.

        gdelt is always de-duplicated and laid out as GDELT 2.0's event files (61 tab-separated
        columns, no header unless --header). Files appear only when complete.
        """
        from eventwire.store.export import export_store  # duckdb: imported by the commands that use it

        try:
            path = export_store(
                store,
                fmt.value,
                out,
                unique=unique,
                partition_by=partition_by.value if partition_by else None,
                header=header,
            )
        except EventwireError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        Console().print(f"wrote {path}")
