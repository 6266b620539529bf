"""``eventwire gold``: keep wire gold annotations in the repo as stand-off files (see gold/README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.errors import EventwireError

gold_app = typer.Typer(
    help="Stand-off wire gold: rebuild full records from the corpus, strip them, measure agreement.",
    no_args_is_help=True,
)
err = Console(stderr=True)


def _fail(exc: EventwireError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    return typer.Exit(1)


@gold_app.command("rebuild")
def rebuild(
    source: Annotated[Path, typer.Argument(help="a stand-off .jsonl file, or a folder of them (gold/NAME)")],
    corpus: Annotated[Path, typer.Option(help="CSV of the articles (columns title, text, date)")],
    out: Annotated[Path, typer.Option(help="where to write the full records (JSON Lines)")],
) -> None:
    """Rebuild full wire gold records (with sentence text) from stand-off lines and the corpus.

    Exits with 1 when a line's sentence cannot be found (it is reported and left out).
    """
    from eventwire.evaluate.standoff import rebuild_file

    try:
        result = rebuild_file(source, corpus, out)
    except EventwireError as exc:
        raise _fail(exc) from None
    Console().print(
        f"{len(result.records)} sentences written to {out} ({result.moved} found at another position)"
    )
    for line in result.unmatched:
        err.print(f"[yellow]unmatched:[/yellow] {line}", highlight=False)
    if result.unmatched:
        raise typer.Exit(1)


@gold_app.command("strip")
def strip(
    source: Annotated[Path, typer.Argument(help="full wire gold records (JSON Lines with 'sentence')")],
    out: Annotated[Path, typer.Option(help="stand-off file to write, e.g. gold/wire-extra/NAME.jsonl")],
) -> None:
    """Turn full wire gold records into stand-off lines (sentence text replaced by its sha1)."""
    from eventwire.evaluate.standoff import strip_file

    try:
        count = strip_file(source, out)
    except EventwireError as exc:
        raise _fail(exc) from None
    Console().print(f"{count} stand-off lines written to {out}")


@gold_app.command("agree")
def agree(
    a: Annotated[Path, typer.Argument(help="annotator A's file (taken as gold), full or stand-off")],
    b: Annotated[Path, typer.Argument(help="annotator B's file, full or stand-off")],
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Inter-annotator agreement on the sentences both files cover: event presence (Cohen's kappa),
    type and triple F1 of B against A with the scorer's matching rule."""
    from eventwire.evaluate.agree import agreement

    try:
        result = agreement(a, b)
    except EventwireError as exc:
        raise _fail(exc) from None
    if as_json:
        print(json.dumps(result, indent=2))
        return
    presence, out = result["presence"], Console()
    out.print(f"sentences: A {result['sentences_a']}, B {result['sentences_b']}, both {result['shared']}")
    out.print(
        f"event presence: {presence['agree']} agree, {presence['a_only']} only A, "
        f"{presence['b_only']} only B; Cohen's kappa {presence['kappa']:.3f}"
    )
    for name in ("type", "triple"):
        s = result[name]
        out.print(
            f"{name} P / R / F1 (B against A): {s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"
        )


def register(app: typer.Typer) -> None:
    """Add the ``gold`` command group to ``app``."""
    app.add_typer(gold_app, name="gold")
