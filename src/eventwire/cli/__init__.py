"""Command-line interface: thin Typer commands, each making one library call.

Each command group lives in its own module with a ``register(app)`` function.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="eventwire",
    help="Turn news articles into sourced political event data (PLOVER/CAMEO).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("code", "evaluate", "batch", "export", "analysis", "serve")

for _name in COMMAND_MODULES:
    importlib.import_module(f"eventwire.cli.{_name}").register(app)


def main() -> None:
    app()
