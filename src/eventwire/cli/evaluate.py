"""``eventwire eval``: score the pipeline on gold data (wire gold, PLOVER records or TempEval-3 TimeML)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.cli._eval_tables import claims_table, plover_tables, wire_tables
from eventwire.errors import EventwireError
from eventwire.evaluate.split import PartChoice


def register(app: typer.Typer) -> None:
    """Add ``eval`` to ``app``."""

    @app.command("eval")
    def evaluate(
        gold: Annotated[
            Path,
            typer.Argument(
                help="wire gold (.jsonl), PLOVER gold JSON file, or a folder of TempEval-3 .tml files"
            ),
        ],
        corpus: Annotated[
            Path | None,
            typer.Option(
                help="CSV of the wire gold's articles (default: the gold's "
                "../corpus/reuters-2016-2017-sample.csv)",
                show_default=False,
            ),
        ] = None,
        part: Annotated[
            PartChoice,
            typer.Option(help="score the look half, the check half, or all (figures of both halves shown)"),
        ] = "all",
        worst: Annotated[int, typer.Option(help="how many of the worst errors (look half) to list")] = 10,
        as_json: Annotated[bool, typer.Option("--json", help="print the full report as JSON")] = False,
        learned: Annotated[
            bool,
            typer.Option(help="code with the learned sentence-type classifier (--no-learned: rules alone)"),
        ] = True,
        classifier: Annotated[
            Path | None,
            typer.Option(
                help="classifier folder to use instead of the bundled one, e.g. one trained with "
                "`eventwire train sentence-types --part look` so that the check halves stay unseen",
                show_default=False,
            ),
        ] = None,
    ) -> None:
        """Score event coding (wire or PLOVER gold) or date normalisation (TempEval-3) against gold data.

        Gold sets are split by article or record id into a look half and a check half; errors are
        listed for the look half only.
        """
        from eventwire.evaluate.run import evaluate_gold
        from eventwire.settings import Settings

        out = Console()
        try:
            settings = Settings.make(learned=learned, classifier_path=classifier)
            kind, result = evaluate_gold(gold, corpus, part, settings)
        except EventwireError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        if as_json:
            print(json.dumps(result, indent=2, ensure_ascii=False))
            return
        if kind in ("plover", "wire"):
            for table in (plover_tables if kind == "plover" else wire_tables)(result, worst):
                out.print(table)
            return
        if kind == "claims":
            out.print(claims_table(result, worst))
            return
        out.print(
            f"TempEval-3 DATE expressions: {result['total']}, found {result['found']}, "
            f"correct {result['correct']}, accuracy {result['accuracy']:.3f}"
        )
