"""``eventwire train sentence-types``: train the learned component's sentence-type classifier."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError
from eventwire.evaluate.split import PartChoice

DEFAULT_OUT = Path("src/eventwire/data/models/sentence_types")
# the defaults of events.train.TrainingOptions, kept here so that the CLI starts without spaCy
# (tests/events/test_train.py checks that they agree)
Architecture = Literal["bow", "ensemble"]
DEFAULT_ARCHITECTURE: Architecture = "bow"
DEFAULT_LEARN_RATE = 0.01


def register(app: typer.Typer) -> None:
    """Add the ``train`` group to ``app``."""
    train_app = typer.Typer(help="Train eventwire's learned components.", no_args_is_help=True)
    app.add_typer(train_app, name="train")

    @train_app.command("sentence-types")
    def sentence_types(
        gold: Annotated[
            list[Path], typer.Argument(help="wire gold JSONL files (one sentence a line with its events)")
        ],
        out: Annotated[Path, typer.Option(help="folder to write the classifier and training.json to")] = (
            DEFAULT_OUT
        ),
        seed: Annotated[
            int, typer.Option(help="random seed (the same seed and data give the same model)")
        ] = 0,
        epochs: Annotated[
            int, typer.Option(help="at most this many passes; the best on the check part is kept")
        ] = 8,
        core_only: Annotated[
            bool, typer.Option("--core-only", help="label sentences with their core events only")
        ] = False,
        check_share: Annotated[
            float, typer.Option(help="share of articles (by a hash of their id) held out for model selection")
        ] = 0.2,
        part: Annotated[
            PartChoice,
            typer.Option(
                help="train on the articles of this half of the look/check split only (look: the check "
                "halves stay unseen, for `eventwire eval --classifier`)"
            ),
        ] = "all",
        architecture: Annotated[
            Architecture,
            typer.Option(help="bow: a linear bag of words; ensemble: that and a small CNN over the words"),
        ] = DEFAULT_ARCHITECTURE,
        learn_rate: Annotated[
            float, typer.Option(help="the Adam optimiser's learning rate")
        ] = DEFAULT_LEARN_RATE,
    ) -> None:
        """Train the PLOVER sentence-type classifier (spaCy textcat_multilabel) on wire gold sentences."""
        from eventwire.events.train import TrainingOptions, train_sentence_types

        options = TrainingOptions(
            seed=seed,
            epochs=epochs,
            core_only=core_only,
            check_share=check_share,
            part=part,
            architecture=architecture,
            learn_rate=learn_rate,
        )
        try:
            report = train_sentence_types(gold, out, options)
        except EventwireError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        table = Table(title=f"sentence types: best epoch {report.best_epoch}, written to {out}")
        for column in ("sentences (train/check)", "threshold", "P", "R", "F1", "macro F1"):
            table.add_column(column, justify="right")
        check = report.check
        table.add_row(
            f"{report.sentences['train']}/{report.sentences['check']}",
            *(f"{check[k]:.3f}" for k in ("threshold", "precision", "recall", "f1", "macro_f1")),
        )
        Console().print(table)
