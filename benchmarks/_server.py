"""What the server benchmarks share: start a server script in a child process and wait for /health."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

HOST = "127.0.0.1"


def launch(script: str, port: int, wait_seconds: float, poll: float) -> subprocess.Popen[bytes]:
    """Run ``script`` with this Python; return once http://HOST:port/health answers 200, or kill the
    child and exit with a message after ``wait_seconds``."""
    server = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"http://{HOST}:{port}/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(poll)
    server.kill()
    raise SystemExit(f"the server did not start within {wait_seconds:.0f} s")
