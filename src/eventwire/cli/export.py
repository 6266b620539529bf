"""``eventwire export``: write a store's events as Parquet, CSV, JSONL or GDELT-style CSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.errors import EventwireError
from eventwire.store.export import export_store


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


def register(app: typer.Typer) -> None:
    """Add ``export`` to ``app``."""

    @app.command("export")
    def export(
        store: Annotated[Path, typer.Option("--store", help="DuckDB store written by `eventwire batch`")],
        fmt: Annotated[
            ExportFormat, typer.Option("--format", help="parquet (folder, by month), csv, jsonl, gdelt")
        ],
        out: Annotated[Path, typer.Option("--out", help="output file (a folder for parquet)")],
        unique: Annotated[
            bool, typer.Option("--unique", help="de-duplicated events instead of mentions")
        ] = False,
    ) -> None:
        """Export the store's events; gdelt is always de-duplicated, with GDELT 2.0 column names."""
        try:
            path = export_store(store, fmt.value, out, unique=unique)
        except EventwireError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
        Console().print(f"wrote {path}")
