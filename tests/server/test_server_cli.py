"""``eventwire serve``: a thin command over :func:`eventwire.server.serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.cli import serve as serve_cli
from eventwire.server.connections import HeadGuardedH11


def _app() -> typer.Typer:
    app = typer.Typer()
    serve_cli.register(app)

    @app.command()
    def other() -> None:
        """A second command, so that ``serve`` is a sub-command as in the real CLI."""

    return app


def test_serve_defaults_to_loopback(monkeypatch: pytest.MonkeyPatch, store_file: tuple[Path, Any]) -> None:
    seen: dict[str, Any] = {}

    def fake_run(app: FastAPI, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = CliRunner().invoke(
        _app(), ["serve", "--store", str(store_file[0]), "--no-preload", "--port", "8123"]
    )
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    app = seen["app"]
    assert isinstance(app, FastAPI) and app.state.store is not None
    with TestClient(app) as client:
        assert client.get("/health", headers={"host": "localhost:8123"}).status_code == 200
        assert client.get("/health", headers={"host": "evil.example"}).status_code == 400


def test_serve_with_missing_store_exits_with_a_clear_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["serve", "--store", str(tmp_path / "nope.duckdb"), "--no-preload"])
    assert result.exit_code == 2
    assert "no event store" in result.output and "Traceback" not in result.output


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(_app(), ["serve", "--port", "70000"])
    assert result.exit_code == 2 and "65535" in result.output


def test_serve_on_all_interfaces_warns_that_the_host_check_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(kwargs, app=app))
    result = CliRunner().invoke(_app(), ["serve", "--host", "0.0.0.0", "--no-preload", "--max-queue", "3"])
    assert result.exit_code == 0, result.output
    (warning,) = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert "0.0.0.0" in warning and "Host header check" in warning and "off" in warning
    with TestClient(seen["app"]) as client:
        assert client.get("/health", headers={"host": "evil.example"}).status_code == 200
    quiet = CliRunner().invoke(_app(), ["serve", "--no-preload"])
    assert "warning" not in quiet.output


def test_serve_guards_slow_clients_with_the_given_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(kwargs, app=app))
    options = ["serve", "--no-preload", "--header-timeout", "2.5", "--max-connections", "40"]
    result = CliRunner().invoke(_app(), options)
    assert result.exit_code == 0, result.output
    protocol = seen["http"]
    assert issubclass(protocol, HeadGuardedH11)
    assert protocol.header_timeout == 2.5 and protocol.max_connections == 40
