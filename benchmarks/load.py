"""Does /health keep answering while the server codes? 200 concurrent POST /code, one GET /health a second.

    nice -n 5 .venv/bin/python benchmarks/load.py [--requests 200] [--max-queue 64] [--max-seconds 300]
                                                  [--fake-seconds S]

Starts ``eventwire serve``'s app with uvicorn in a child process on 127.0.0.1 (a free port; loopback
only) and waits until the real coder is loaded (``--fake-seconds S`` uses a stand-in that holds the CPU
S seconds per article instead), then
sends ``--requests`` POST /code at once, each a short generated article, and GET /health once a second
until every /code has answered or ``--max-seconds`` have passed (bounded in count and in time). Prints
the /code answers by status (503 = the coding queue was full: the client is told to retry) and their
latency, and every /health latency; exit status 1 when a /health took 1 s or more.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter

import httpx
from _server import HOST, launch

HEALTH_LIMIT = 1.0
COUNTRIES = ("Peru", "Chile", "Kenya", "Norway", "Japan", "Egypt", "Mexico", "India")


SERVER = """
import sys, time, uvicorn
from eventwire.server import create_app
from eventwire.settings import Settings

class BusyCoder:
    def __init__(self, settings):
        self.settings = settings

    def code_article(self, article):
        end = time.perf_counter() + SECONDS
        while time.perf_counter() < end:
            pass
        return []

SECONDS = FAKE_SECONDS
extra = {"coder_factory": BusyCoder} if SECONDS is not None else {}
app = create_app(Settings(), preload=True, max_queue=MAX_QUEUE, coding_process=True, **extra)
uvicorn.run(app, host="127.0.0.1", port=PORT, log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


BURST = """
import asyncio, json, sys, time
import httpx

async def main(url, requests, max_seconds):
    limits = httpx.Limits(max_connections=requests)
    async with httpx.AsyncClient(base_url=url, timeout=max_seconds, limits=limits) as client:
        async def post(n):
            a, b = COUNTRIES[n % 8], COUNTRIES[(n * 3 + 1) % 8]
            text = (f"Item {n}. {a} criticized {b} on Tuesday, officials said. "
                    f"The {a} Foreign Ministry met envoys from {b}.")
            started = time.perf_counter()
            try:
                answer = await client.post("/code", json={"text": text, "date": "2024-03-14"})
                status = answer.status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            return status, time.perf_counter() - started
        return await asyncio.gather(*(post(n) for n in range(requests)))

COUNTRIES = CHOICES
print(json.dumps(asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))))
"""


def load(url: str, requests: int, max_seconds: float) -> tuple[list[tuple[int | str, float]], list[float]]:
    """The burst of POST /code runs in a child process, so that probing /health here measures the
    server, not a client busy with 200 connections."""
    script = BURST.replace("CHOICES", repr(COUNTRIES))
    burst = subprocess.Popen(
        [sys.executable, "-c", script, url, str(requests), str(max_seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    health: list[float] = []
    deadline = time.monotonic() + max_seconds
    with httpx.Client(base_url=url, timeout=max_seconds) as client:
        time.sleep(0.5)  # the burst is under way
        while burst.poll() is None and time.monotonic() < deadline:
            started = time.perf_counter()
            client.get("/health")
            health.append(time.perf_counter() - started)
            time.sleep(max(0.0, 1.0 - health[-1]))
    try:
        out, _ = burst.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        burst.kill()
        out, _ = burst.communicate()
    return ([tuple(pair) for pair in json.loads(out)] if out.strip() else []), health


def start_server(port: int, max_queue: int, fake_seconds: float | None) -> subprocess.Popen[bytes]:
    script = SERVER.replace("FAKE_SECONDS", repr(fake_seconds)).replace("MAX_QUEUE", str(max_queue))
    return launch(script.replace("PORT", str(port)), port, wait_seconds=180, poll=0.5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--max-queue", type=int, default=64)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument("--fake-seconds", type=float, default=None)
    args = parser.parse_args(argv)
    port = free_port()
    server = start_server(port, args.max_queue, args.fake_seconds)
    started = time.perf_counter()
    try:
        done, health = load(f"http://{HOST}:{port}", args.requests, args.max_seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    elapsed = time.perf_counter() - started
    statuses = Counter(status for status, _ in done)
    served = sorted(seconds for status, seconds in done if status == 200)
    print(f"{args.requests} concurrent POST /code, queue limit {args.max_queue}, {elapsed:.1f} s in all")
    print("  answers: " + ", ".join(f"{n} x {status}" for status, n in sorted(statuses.items(), key=str)))
    if served:
        print(f"  200 latency: median {statistics.median(served):.2f} s, max {served[-1]:.2f} s")
    print(
        f"GET /health x {len(health)}: max {max(health):.3f} s, median {statistics.median(health):.3f} s "
        f"({' '.join(f'{h:.2f}' for h in health)})"
        if health
        else "GET /health: none sent"
    )
    ok = bool(health) and max(health) < HEALTH_LIMIT
    print(f"/health under {HEALTH_LIMIT:g} s throughout: {'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
