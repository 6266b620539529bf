"""Run the web app with uvicorn."""

from __future__ import annotations

from pathlib import Path

from eventwire.server.app import DEFAULT_MAX_BODY_BYTES, LOOPBACK_HOSTS, create_app
from eventwire.server.connections import (
    DEFAULT_HEADER_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    fit_descriptor_limit,
    guarded_h11,
)
from eventwire.server.errors import DEFAULT_BODY_TIMEOUT
from eventwire.server.pool import DEFAULT_MAX_QUEUE
from eventwire.settings import Settings


def serve(
    store: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    settings: Settings | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    preload: bool = True,
    max_queue: int = DEFAULT_MAX_QUEUE,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> None:
    """Serve the app until interrupted (the spaCy model is loaded before the first request by default).

    Bound to a loopback address, the app answers only requests addressed to a loopback host name.
    A request head must arrive within ``header_timeout`` seconds, and at most ``max_connections`` are
    open (:mod:`eventwire.server.connections`).
    """
    import uvicorn

    app = create_app(
        settings,
        store_path=store,
        max_body_bytes=max_body_bytes,
        preload=preload,
        allowed_hosts=LOOPBACK_HOSTS if host in LOOPBACK_HOSTS else None,
        max_queue=max_queue,
        body_timeout=body_timeout,
        coding_process=True,
    )
    protocol = guarded_h11(header_timeout, fit_descriptor_limit(max_connections))
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, http=protocol)
