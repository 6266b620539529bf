"""/health answers while /code is busy, a full coding queue gets 503 + Retry-After, a trickled body 408."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

import httpx
from api_fake_coder import FakeCoder
from fastapi import FastAPI

from eventwire.models import Article, Event
from eventwire.server import create_app
from eventwire.settings import Settings

LiveServer = Callable[[FastAPI], AbstractContextManager[str]]
BODY = {"text": "Peru met Chile in Lima.", "date": "2024-03-14"}


class BusyCoder(FakeCoder):
    """Holds the CPU (and the GIL) for ``seconds`` per article, like spaCy on a long article."""

    seconds = 0.15

    def code_article(self, article: Article) -> list[Event]:
        end = time.perf_counter() + self.seconds
        while time.perf_counter() < end:
            pass
        return super().code_article(article)


def _post_many(url: str, n: int) -> list[httpx.Response]:
    with httpx.Client(timeout=60) as client, ThreadPoolExecutor(n) as pool:
        return list(pool.map(lambda _: client.post(f"{url}/code", json=BODY), range(n)))


def _probe_health_while_coding(
    url: str, posts: int, probes: int
) -> tuple[list[httpx.Response], list[httpx.Response], list[float]]:
    """Send ``posts`` concurrent /code requests and, while they run, up to ``probes`` /health
    requests 0.2 s apart: the /code answers, the /health answers and their latencies."""
    done: list[list[httpx.Response]] = []
    sender = threading.Thread(target=lambda: done.append(_post_many(url, posts)))
    sender.start()
    time.sleep(0.5)
    health: list[httpx.Response] = []
    latencies: list[float] = []
    with httpx.Client(timeout=30) as client:
        while sender.is_alive() and len(latencies) < probes:
            started = time.perf_counter()
            health.append(client.get(f"{url}/health"))
            latencies.append(time.perf_counter() - started)
            time.sleep(0.2)
    sender.join(timeout=60)
    return done[0], health, latencies


def test_health_answers_within_a_second_while_code_requests_queue(live_server: LiveServer) -> None:
    app = create_app(Settings(), coder_factory=BusyCoder, max_queue=100)
    with live_server(app) as url:
        answers, health, latencies = _probe_health_while_coding(url, posts=40, probes=8)
    assert all(r.status_code == 200 for r in health)
    assert latencies and max(latencies) < 1.0, latencies
    assert [r.status_code for r in answers] == [200] * 40


def test_a_full_coding_queue_gets_503_with_retry_after(live_server: LiveServer) -> None:
    app = create_app(Settings(), coder_factory=BusyCoder, max_queue=2)
    with live_server(app) as url:
        answers = _post_many(url, 8)
    busy = [r for r in answers if r.status_code == 503]
    assert busy and all(r.status_code in (200, 503) for r in answers)
    assert busy[0].headers["retry-after"] == "5" and busy[0].json()["error"]["code"] == "busy"


def test_a_body_trickled_slower_than_the_timeout_gets_408(live_server: LiveServer) -> None:
    app = create_app(Settings(), coder_factory=FakeCoder, body_timeout=0.5)
    with live_server(app) as url:
        host = urlsplit(url)
        body = json.dumps(BODY).encode()
        head = "POST /code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        head += f"Content-Length: {len(body)}\r\n\r\n"
        with socket.create_connection((host.hostname, host.port), timeout=10) as sock:
            started = time.monotonic()
            sock.sendall(head.encode() + body[:5])
            answer = sock.recv(4096).decode()
            waited = time.monotonic() - started
            while "request_timeout" not in answer and (more := sock.recv(4096)):
                answer += more.decode()
    assert answer.startswith("HTTP/1.1 408"), answer
    assert "request_timeout" in answer and waited < 5


def test_coding_in_a_child_process_keeps_health_fast(live_server: LiveServer) -> None:
    """As ``eventwire serve`` runs it: the coder in a child process, so coding never holds this GIL."""
    app = create_app(Settings(), coder_factory=BusyCoder, max_queue=100, coding_process=True, preload=True)
    with live_server(app) as url:
        answers, health, latencies = _probe_health_while_coding(url, posts=20, probes=5)
    assert all(r.json()["coder_loaded"] is True for r in health)
    assert latencies and max(latencies) < 1.0, latencies
    assert [r.status_code for r in answers] == [200] * 20
    assert answers[0].json()["events"][0]["trigger"] == "met"
