"""Every CLI command must explain itself: a docstring summary and help for every option."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()
COMMAND = typer.main.get_command(app)
NAMES = sorted(COMMAND.commands)  # type: ignore[attr-defined]


def test_all_expected_commands_exist() -> None:
    expected = {"code", "eval", "batch", "export", "trend", "network", "top", "report", "serve"}
    assert expected <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_command_has_help_and_documented_options(name: str) -> None:
    command = COMMAND.commands[name]  # type: ignore[attr-defined]
    assert command.help and len(command.help.strip()) > 15, f"`eventwire {name}` has no help text"
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"option {param.opts} of `eventwire {name}` has no help"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


@pytest.mark.parametrize("name", NAMES)
def test_help_shows_no_placeholder_noise(name: str) -> None:
    """Help names values as PATH/TEXT/INTEGER, never as Python types or braces."""
    output = runner.invoke(app, [name, "--help"], terminal_width=200).output
    for noise in ("<str>", "<int>", "<bool>", "<float>", "{path}", "{"):
        assert noise not in output, f"`eventwire {name} --help` shows {noise!r}"


def test_version_option() -> None:
    from eventwire import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"eventwire {__version__}"
