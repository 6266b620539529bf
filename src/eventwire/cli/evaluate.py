"""``eventwire eval``: score the pipeline on gold data (PLOVER records or TempEval-3 TimeML)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError
from eventwire.evaluate.run import evaluate_gold


def _plover_tables(result: dict[str, Any], worst: int) -> list[Table]:
    summary = Table(title=f"PLOVER gold: {result['records']} records")
    summary.add_column("measure")
    summary.add_column("score", justify="right")
    for key in (
        "event_type_accuracy",
        "source_country_accuracy",
        "target_country_accuracy",
        "source_sector_accuracy",
    ):
        summary.add_row(key.replace("_", " "), f"{result[key]:.3f}")
    for key in ("triple_main", "triple_all_events"):
        scores = result[key]
        summary.add_row(
            f"{key.replace('_', ' ')} P/R/F1",
            f"{scores['precision']:.3f} / {scores['recall']:.3f} / {scores['f1']:.3f}",
        )
    confusion = Table(title="confusion (gold -> predicted, errors only)")
    confusion.add_column("gold -> predicted")
    confusion.add_column("n", justify="right")
    pairs = [(k, n) for k, n in result["confusion"].items() if k.split("->")[0] != k.split("->")[1]]
    for pair, n in sorted(pairs, key=lambda kv: -kv[1])[:20]:
        confusion.add_row(pair, str(n))
    errors = Table(title=f"worst {worst} errors", show_lines=True)
    for column in ("gold", "predicted", "sentence"):
        errors.add_column(column, overflow="fold")
    for err in result["errors"][:worst]:
        errors.add_row(err["gold"], err["predicted"], err["text"])
    return [confusion, errors, summary]


def register(app: typer.Typer) -> None:
    """Add ``eval`` to ``app``."""

    @app.command("eval")
    def evaluate(
        gold: Annotated[
            Path, typer.Argument(help="PLOVER gold JSON file, or a folder of TempEval-3 .tml files")
        ],
        worst: Annotated[int, typer.Option(help="how many of the worst errors to list")] = 10,
        as_json: Annotated[bool, typer.Option("--json", help="print the full report as JSON")] = False,
    ) -> None:
        """Score event coding (PLOVER gold) or date normalisation (TempEval-3) against gold data."""
        out = Console()
        try:
            kind, result = evaluate_gold(gold)
        except EventwireError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        if as_json:
            print(json.dumps(result, indent=2, ensure_ascii=False))
            return
        if kind == "plover":
            for table in _plover_tables(result, worst):
                out.print(table)
            return
        out.print(
            f"TempEval-3 DATE expressions: {result['total']}, found {result['found']}, "
            f"correct {result['correct']}, accuracy {result['accuracy']:.3f}"
        )
