"""``eventwire serve``: the web app and HTTP API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli._common import MaxChars, MaxSentenceChars, limit_settings


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""

    @app.command()
    def serve(
        store: Annotated[Path | None, typer.Option(help="event store to browse (opened read-only)")] = None,
        host: Annotated[str, typer.Option(help="interface to bind; keep 127.0.0.1 unless behind a proxy")] = (
            "127.0.0.1"
        ),
        port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port to listen on")] = 8000,
        max_body_bytes: Annotated[int, typer.Option(min=1024, help="largest request body")] = 2_000_000,
        max_chars: MaxChars = None,
        max_sentence_chars: MaxSentenceChars = None,
        preload: Annotated[bool, typer.Option(help="load the language model before serving")] = True,
        max_queue: Annotated[
            int, typer.Option(min=1, help="POST /code requests waiting or running at once; more get 503")
        ] = 64,
        body_timeout: Annotated[
            float, typer.Option(min=0.1, help="seconds to receive a request body; slower gets 408")
        ] = 30.0,
        header_timeout: Annotated[
            float, typer.Option(min=0.1, help="seconds to receive a request's head; slower is closed")
        ] = 10.0,
        max_connections: Annotated[
            int, typer.Option(min=1, help="open connections; one more closes the slowest waiting one")
        ] = 512,
    ) -> None:
        """Serve the web page and the HTTP API (OpenAPI spec at /openapi.json)."""
        from eventwire.errors import EventwireError
        from eventwire.server import serve as run_server
        from eventwire.server.app import LOOPBACK_HOSTS

        if host not in LOOPBACK_HOSTS:
            typer.echo(
                f"warning: serving on {host}, not loopback: anyone who can reach this address can use the "
                "API, and the Host header check (against DNS rebinding) is off; put a proxy in front",
                err=True,
            )

        try:
            run_server(
                store,
                host,
                port,
                settings=limit_settings(max_chars, max_sentence_chars),
                max_body_bytes=max_body_bytes,
                preload=preload,
                max_queue=max_queue,
                body_timeout=body_timeout,
                header_timeout=header_timeout,
                max_connections=max_connections,
            )
        except EventwireError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
