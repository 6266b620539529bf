"""Command-line interface: thin Typer commands, each making one library call.

Each command group lives in its own module with a ``register(app)`` function.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import Annotated

import typer

from eventwire import __version__

app = typer.Typer(
    name="eventwire",
    help="Turn news articles into sourced political event data (PLOVER/CAMEO).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("code", "evaluate", "gold", "batch", "export", "analysis", "serve", "claims", "train")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn news articles into sourced political event data (PLOVER/CAMEO)."""


# numpy's OpenBLAS starts a thread for each core when numpy is imported (below, with spaCy), and after
# every BLAS call that thread spins waiting for more. spaCy's models multiply their matrices with blis in
# the calling thread, so a second BLAS thread only burns CPU: one, unless the user has chosen otherwise.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The commands import spaCy and the stages: a million objects that live as long as the process. The
# collector is off meanwhile and then leaves them out of its walks (gc.freeze); 0.1 s of start-up.
gc.disable()
for _name in COMMAND_MODULES:
    importlib.import_module(f"eventwire.cli.{_name}").register(app)
gc.freeze()
gc.enable()


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        # the reader went away ("eventwire code ... | head"): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
