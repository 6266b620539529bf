"""Slow clients: a request head not complete within the header timeout closes the connection, and over
the connection cap the longest-waiting connection is closed, while /health keeps answering."""

from __future__ import annotations

import resource
import select
import socket
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from urllib.parse import urlsplit

import httpx
import pytest
from api_fake_coder import FakeCoder
from fastapi import FastAPI

from eventwire.models import Article, Event
from eventwire.server import create_app
from eventwire.server.connections import EVICTION_GRACE, SPARE_DESCRIPTORS, fit_descriptor_limit, guarded_h11
from eventwire.settings import Settings

LiveServer = Callable[..., AbstractContextManager[str]]
HEAD = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"".join(b"X-Pad-%d: x\r\n" % n for n in range(30))
TIMEOUT = 0.5


class SlowCoder(FakeCoder):
    """Takes longer than the header timeout to code an article."""

    def code_article(self, article: Article) -> list[Event]:
        time.sleep(3 * TIMEOUT)
        return super().code_article(article)


def _serve(
    live_server: LiveServer, header_timeout: float, max_connections: int = 100
) -> AbstractContextManager[str]:
    app: FastAPI = create_app(Settings(), coder_factory=SlowCoder)
    return live_server(app, http=guarded_h11(header_timeout, max_connections))


@contextmanager
def _connections(url: str, n: int, opened: list[float] | None = None) -> Iterator[list[socket.socket]]:
    """``n`` open connections to ``url``; ``opened``, if given, receives the time each was made."""
    address = urlsplit(url)
    with ExitStack() as stack:
        socks = []
        for _ in range(n):
            sock = stack.enter_context(socket.create_connection((address.hostname, address.port), timeout=10))
            if opened is not None:
                opened.append(time.monotonic())
            socks.append(sock)
        yield socks


def _answer(sock: socket.socket, wait: float) -> bytes | None:
    """What the server sent before it closed ``sock`` (None: still open after ``wait`` seconds)."""
    answer = b""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if not select.select([sock], [], [], max(0.0, deadline - time.monotonic()))[0]:
            continue
        try:
            chunk = sock.recv(4096)
        except ConnectionResetError:
            return answer
        if not chunk:
            return answer
        answer += chunk
    return None


def _trickle(
    sock: socket.socket, interval: float, started: float | None = None
) -> tuple[float, bytes | None]:
    """Send ``HEAD`` a byte every ``interval`` seconds until the server closes the connection: seconds
    since ``started`` (default: now) until then, and what it answered (None if it never closed it)."""
    started = time.monotonic() if started is None else started
    for byte in HEAD:
        try:
            sock.sendall(bytes([byte]))
        except OSError:
            return time.monotonic() - started, b""
        answer = _answer(sock, interval)
        if answer is not None:
            return time.monotonic() - started, answer
    return time.monotonic() - started, None


def test_trickled_heads_are_closed_after_the_timeout_while_health_answers(live_server: LiveServer) -> None:
    opened: list[float] = []  # each deadline runs from its connection's opening, not from a thread's start
    with (
        _serve(live_server, TIMEOUT) as url,
        _connections(url, 6, opened) as socks,
        ThreadPoolExecutor(6) as pool,
    ):
        trickled = [pool.submit(_trickle, sock, 0.05, at) for sock, at in zip(socks, opened, strict=True)]
        latencies: list[float] = []
        while not all(t.done() for t in trickled) and len(latencies) < 40:
            started = time.perf_counter()
            assert httpx.get(f"{url}/health", timeout=5).status_code == 200
            latencies.append(time.perf_counter() - started)
            time.sleep(0.05)
        results = [t.result(timeout=10) for t in trickled]
    for seconds, answer in results:
        assert answer is not None, "a trickling connection was never closed"
        assert TIMEOUT * 0.8 <= seconds < TIMEOUT + 2, seconds
    answered = [answer for _, answer in results if answer]  # a byte sent after the close can reset it first
    assert answered and all(a.startswith(b"HTTP/1.1 408") and b"request_timeout" in a for a in answered)
    assert latencies and max(latencies) < 1.0, latencies


def test_a_connection_that_sends_nothing_is_closed_without_an_answer(live_server: LiveServer) -> None:
    with _serve(live_server, TIMEOUT) as url, _connections(url, 1) as (sock,):
        started = time.monotonic()
        assert _answer(sock, TIMEOUT + 3) == b""
        assert time.monotonic() - started >= TIMEOUT * 0.8


def test_the_deadline_is_for_the_head_only(live_server: LiveServer) -> None:
    """A request the app answers after the header timeout is answered; a kept-alive connection's next
    head has the same deadline."""
    with _serve(live_server, TIMEOUT) as url:
        with httpx.Client(timeout=10) as client:
            coded = client.post(f"{url}/code", json={"text": "Peru met Chile.", "date": "2024-03-14"})
            assert coded.status_code == 200 and coded.json()["events"]
            assert client.get(f"{url}/health").status_code == 200
        with _connections(url, 1) as (sock,):
            sock.sendall(HEAD + b"\r\n")
            first = _answer_once(sock)
            assert first.startswith(b"HTTP/1.1 200"), first
            seconds, answer = _trickle(sock, 0.05)
    assert answer is not None and TIMEOUT * 0.8 <= seconds < TIMEOUT + 2


def _answer_once(sock: socket.socket) -> bytes:
    """One complete ``GET /health`` answer read from ``sock`` (a small JSON body)."""
    answer = b""
    while not answer.endswith(b"}"):
        assert select.select([sock], [], [], 5)[0], answer
        answer += sock.recv(4096)
    return answer


def _health_kept_open(sock: socket.socket) -> None:
    """GET /health on ``sock``, which the client keeps open."""
    sock.sendall(HEAD + b"\r\n")
    assert _answer_once(sock).startswith(b"HTTP/1.1 200")


def test_over_the_cap_the_connection_waiting_longest_is_closed(live_server: LiveServer) -> None:
    with _serve(live_server, 30.0, max_connections=4) as url, _connections(url, 4) as socks:
        for sock in socks:
            sock.sendall(HEAD[:20])
            time.sleep(0.05)
        time.sleep(0.2)  # the server has read those bytes
        with _connections(url, 1) as (newcomer,):
            _health_kept_open(newcomer)
            oldest = _answer(socks[0], 3)
            others = [_answer(sock, 0.2) for sock in [*socks[1:], newcomer]]
    assert oldest is not None and oldest.startswith(b"HTTP/1.1 408"), oldest
    assert others == [None, None, None, None]


def test_over_the_cap_with_every_other_connection_in_a_request_the_new_one_is_closed(
    live_server: LiveServer,
) -> None:
    body = {"text": "Peru met Chile.", "date": "2024-03-14"}
    with _serve(live_server, 30.0, max_connections=2) as url, ThreadPoolExecutor(2) as pool:
        coding = [pool.submit(httpx.post, f"{url}/code", json=body, timeout=20) for _ in range(2)]
        time.sleep(TIMEOUT)
        with _connections(url, 1) as (sock,):
            refused = _answer(sock, 3)
        assert [c.result().status_code for c in coding] == [200, 200]
    assert refused == b""


def test_a_client_trickling_a_body_already_answered_with_408_is_closed(live_server: LiveServer) -> None:
    app = create_app(Settings(), coder_factory=FakeCoder, body_timeout=0.3)
    head = b"POST /code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    head += b"Content-Length: 100000\r\n\r\n"
    with live_server(app, http=guarded_h11(TIMEOUT, 100)) as url, _connections(url, 1) as (sock,):
        sock.sendall(head + b'{"text": "')
        first = _answer_once(sock)
        started = time.monotonic()
        closed = None
        while closed is None and time.monotonic() - started < TIMEOUT + 3:
            try:
                sock.sendall(b"x")
            except OSError:
                closed = b""
            else:
                closed = _answer(sock, 0.05)
    assert first.startswith(b"HTTP/1.1 408"), first
    assert closed == b"", "the connection stayed open"


def test_over_the_cap_an_idle_kept_alive_connection_is_closed(live_server: LiveServer) -> None:
    with _serve(live_server, 30.0, max_connections=2) as url, _connections(url, 2) as socks:
        for sock in socks:
            sock.sendall(HEAD + b"\r\n")
            assert _answer_once(sock).startswith(b"HTTP/1.1 200")
        time.sleep(EVICTION_GRACE)
        with _connections(url, 1) as (newcomer,):
            _health_kept_open(newcomer)
            assert _answer(socks[0], 3) == b""
            assert _answer(socks[1], 0.2) is None and _answer(newcomer, 0.2) is None


def test_the_connection_cap_fits_the_open_file_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resource, "getrlimit", lambda _: (100, 100))
    monkeypatch.setattr(resource, "setrlimit", lambda *_: None)
    assert fit_descriptor_limit(500) == 100 - SPARE_DESCRIPTORS
    assert fit_descriptor_limit(20) == 20


def test_over_the_cap_a_trickler_is_closed_before_an_older_connection_that_sent_nothing(
    live_server: LiveServer,
) -> None:
    with _serve(live_server, 30.0, max_connections=3) as url, _connections(url, 3) as socks:
        socks[1].sendall(HEAD[:20])
        time.sleep(0.2)  # the server has read those bytes; the others have sent nothing for under 1 s
        with _connections(url, 1) as (newcomer,):
            _health_kept_open(newcomer)
            answers = [_answer(sock, 0.5) for sock in socks]
    assert answers[0] is None and answers[2] is None
    assert answers[1] is not None and answers[1].startswith(b"HTTP/1.1 408"), answers
