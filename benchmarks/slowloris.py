"""Slow clients: N connections send a request head one byte at a time; does /health keep answering?

    nice -n 5 .venv/bin/python benchmarks/slowloris.py [--connections 500] [--interval 2] [--max-seconds 40]
        [--header-timeout 10] [--max-connections 512] [--reconnect] [--plain] [--limit-concurrency N]

Starts the web app (no store, no coder: only /health is asked for) with uvicorn in a child process on
127.0.0.1 (a free port; loopback only) and the protocol ``eventwire serve`` uses, with
``--header-timeout`` and ``--max-connections``. Opens ``--connections`` connections that each send
``GET /health`` and then one byte of a header line that never ends every ``--interval`` seconds
(``--reconnect``: a closed one opens again, as an attacker would), and sends GET /health on a new
connection once a second, until every trickling connection was closed or ``--max-seconds`` have passed
(bounded in count and in time). ``--plain`` serves with uvicorn's own h11 protocol instead (the "before"),
``--limit-concurrency N`` sets uvicorn's option of that name. Prints how many trickling connections the
server closed and when, and every /health latency; exit status 1 when a /health failed or took 1 s or more.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx
from _server import HOST, launch

HEALTH_LIMIT = 1.0
MAX_CONNECTIONS = 2000
MAX_SECONDS = 600.0
HEAD = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "

SERVER = """
import uvicorn
from eventwire.server import create_app
from eventwire.server.connections import guarded_h11
from eventwire.settings import Settings

app = create_app(Settings())
http = "h11" if PLAIN else guarded_h11(HEADER_TIMEOUT, MAX_CONNECTIONS)
uvicorn.run(app, host="127.0.0.1", port=PORT, log_level="error", http=http, limit_concurrency=LIMIT)
"""


@dataclass
class Tally:
    """What happened to the trickling connections."""

    opened: int = 0
    refused: int = 0
    closed_after: list[float] = field(default_factory=list)  # seconds from opening to the server's close
    closed_at: list[float] = field(default_factory=list)  # seconds from the start of the run
    answers: Counter[str] = field(default_factory=Counter)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


async def _until_closed(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, args: argparse.Namespace, end: float
) -> bytes | None:
    """Trickle until the server closes the connection (what it answered) or the run ends (None)."""
    loop = asyncio.get_running_loop()
    answer, sent = b"", 0
    while loop.time() < end:
        try:
            writer.write(HEAD[sent : sent + 1] if sent < len(HEAD) else b"a")
            sent += 1
            await writer.drain()
            chunk = await asyncio.wait_for(reader.read(4096), args.interval)
        except TimeoutError:
            continue
        except OSError:
            return answer
        if not chunk:
            return answer
        answer += chunk
    return None


async def trickle(args: argparse.Namespace, port: int, start: float, end: float, tally: Tally) -> None:
    """One slow client (reopened after each close with ``--reconnect``)."""
    loop = asyncio.get_running_loop()
    while loop.time() < end:
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            tally.refused += 1
            await asyncio.sleep(args.interval)
            continue
        opened = loop.time()
        tally.opened += 1
        answer = await _until_closed(reader, writer, args, end)
        writer.close()
        if answer is None:
            return
        tally.closed_after.append(loop.time() - opened)
        tally.closed_at.append(loop.time() - start)
        tally.answers[answer.split(b"\r\n", 1)[0].decode(errors="replace") or "closed, no answer"] += 1
        if not args.reconnect:
            return


def probe(url: str, stop: threading.Event, health: list[tuple[float, int | str]]) -> None:
    """GET /health on a new connection once a second."""
    while not stop.is_set():
        started = time.perf_counter()
        try:
            status: int | str = httpx.get(f"{url}/health", timeout=30).status_code
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        elapsed = time.perf_counter() - started
        health.append((elapsed, status))
        stop.wait(max(0.0, 1.0 - elapsed))


async def attack(args: argparse.Namespace, port: int, tally: Tally) -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    end = start + args.max_seconds
    await asyncio.gather(*(trickle(args, port, start, end, tally) for _ in range(args.connections)))
    return loop.time() - start


def start_server(args: argparse.Namespace, port: int) -> subprocess.Popen[bytes]:
    script = SERVER
    for name, value in (
        ("PLAIN", args.plain),
        ("HEADER_TIMEOUT", args.header_timeout),
        ("MAX_CONNECTIONS", args.max_connections),
        ("LIMIT", args.limit_concurrency),
        ("PORT", port),
    ):
        script = script.replace(name, repr(value))
    return launch(script, port, wait_seconds=60, poll=0.2)


def report(
    args: argparse.Namespace, tally: Tally, seconds: float, health: list[tuple[float, int | str]]
) -> bool:
    guard = (
        "uvicorn's h11"
        if args.plain
        else f"header timeout {args.header_timeout:g} s, max {args.max_connections} connections"
    )
    limit = f", limit_concurrency {args.limit_concurrency}" if args.limit_concurrency else ""
    print(
        f"{args.connections} connections trickling 1 byte every {args.interval:g} s"
        f"{' (reconnecting)' if args.reconnect else ''}; server: {guard}{limit}; {seconds:.1f} s in all"
    )
    closed = sorted(tally.closed_after)
    print(f"  opened {tally.opened}, refused {tally.refused}, closed by the server {len(closed)}")
    if closed:
        print(
            f"  seconds from opening to close: min {closed[0]:.1f}, "
            f"median {statistics.median(closed):.1f}, max {closed[-1]:.1f}"
        )
        per_second = Counter(int(t) for t in tally.closed_at)
        print(
            "  closed in second of the run: " + ", ".join(f"{s}: {n}" for s, n in sorted(per_second.items()))
        )
        print("  answers: " + ", ".join(f"{n} x {a!r}" for a, n in tally.answers.most_common()))
    latencies = sorted(h for h, _ in health)
    statuses = Counter(status for _, status in health)
    print(f"GET /health x {len(health)}: " + ", ".join(f"{n} x {s}" for s, n in statuses.items()))
    if latencies:
        print(f"  max {latencies[-1]:.3f} s, median {statistics.median(latencies):.3f} s")
    failed = [n for n, (_, status) in enumerate(health) if status != 200]
    if failed:
        print(f"  failed: probes {', '.join(map(str, failed))} (probe n is sent about n s into the run)")
    ok = bool(health) and statuses == Counter({200: len(health)}) and latencies[-1] < HEALTH_LIMIT
    print(f"/health answered 200 under {HEALTH_LIMIT:g} s throughout: {'yes' if ok else 'NO'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--connections", type=int, default=500)
    parser.add_argument("--interval", type=float, default=2.0)
    parser.add_argument("--max-seconds", type=float, default=40.0)
    parser.add_argument("--header-timeout", type=float, default=10.0)
    parser.add_argument("--max-connections", type=int, default=512)
    parser.add_argument("--reconnect", action="store_true")
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--limit-concurrency", type=int, default=None)
    args = parser.parse_args(argv)
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    args.connections = max(1, min(args.connections, MAX_CONNECTIONS, soft - 100))
    args.max_seconds = min(args.max_seconds, MAX_SECONDS)
    port = free_port()
    server = start_server(args, port)
    tally, stop = Tally(), threading.Event()
    health: list[tuple[float, int | str]] = []
    prober = threading.Thread(target=probe, args=(f"http://{HOST}:{port}", stop, health))
    prober.start()
    try:
        seconds = asyncio.run(attack(args, port, tally))
    finally:
        stop.set()
        prober.join()
        server.terminate()
        server.wait(timeout=30)
    return 0 if report(args, tally, seconds, health) else 1


if __name__ == "__main__":
    sys.exit(main())
