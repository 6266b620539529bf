"""Slow clients cannot hold the server's connections: a deadline for each request head, a connection cap.

uvicorn closes an idle kept-alive connection, but not one whose client sends its request head a byte at
a time (slowloris): each such connection holds a file descriptor for as long as the client likes.
:func:`guarded_h11` builds uvicorn's h11 protocol with two guards:

- **head deadline**: while the server is not working on a request of a connection (from its opening,
  and from the end of each response), the client has ``header_timeout`` seconds to complete the next
  request head (request line and headers); otherwise the connection is closed, after a 408 answer
  when part of a head had arrived. Once a head is complete the deadline is off (the body has its own,
  :class:`eventwire.server.errors.BodyLimitMiddleware`), and the app may take as long as it needs.
  A client still sending a body the app has already answered (413, 408) gets the same deadline.
- **connection cap**: at most ``max_connections`` connections are open. One more closes the slow
  connection that has waited longest for a request head, slow meaning that it has sent part of a head,
  or nothing for ``EVICTION_GRACE`` (1 s; half the header timeout if that is shorter): a trickler, a
  silent or an idle kept-alive connection. With none slow, it closes the connection that has waited
  longest for a head (whose bytes have not been read yet), and only when every other connection is
  inside a request, the new one.

A client that sends its request at once (``GET /health``) therefore gets through whatever number of
clients trickle, and tricklers hold at most ``max_connections`` descriptors, each for at most
``header_timeout`` seconds. uvicorn's ``limit_concurrency`` is not used: it counts trickling
connections too, answers 503 to every request (``/health`` included) once they fill it, and closes none.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 512
EVICTION_GRACE = 1.0
"""Seconds after which a connection that has sent nothing counts as slow (until then its head may be
on its way, unread)."""
ROOM_DELAY = 0.02
"""Seconds from a new connection to the check of the cap: the loop reads the heads already sent (of
this connection too), so that a client that sent its head at once is in a request, not waiting."""
SPARE_DESCRIPTORS = 64
"""File descriptors kept free beside the connections (the store, the coding process, logs, imports)."""

log = logging.getLogger("eventwire.server")


def _timeout_answer(seconds: float) -> bytes:
    body = json.dumps(
        {"error": {"code": "request_timeout", "message": f"request head not received within {seconds:g} s"}}
    ).encode()
    head = (
        "HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class HeadGuardedH11(H11Protocol):
    """uvicorn's h11 protocol with a request-head deadline and a cap on open connections."""

    header_timeout: ClassVar[float] = DEFAULT_HEADER_TIMEOUT
    max_connections: ClassVar[int] = DEFAULT_MAX_CONNECTIONS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.head_timer: asyncio.TimerHandle | None = None
        self.waiting_since: float | None = None
        """Loop time since which this connection has waited for a request head (None: in a request)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_head()
        self.loop.call_later(ROOM_DELAY, self._make_room)  # after the loop has read what has arrived

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        """Parse what arrived (also run after each response); then, outside a request, await a head."""
        super().handle_events()
        if self.transport.is_closing() or self.transport.get_protocol() is not self:
            self._stop_waiting()  # closed, or handed to a WebSocket protocol
        elif self.cycle is not None and not self.cycle.response_complete:
            self._stop_waiting()  # a request head arrived: the app has the request
        else:
            self._await_head()

    def _await_head(self) -> None:
        if self.head_timer is None:
            self.waiting_since = self.loop.time()
            self.head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _stop_waiting(self) -> None:
        if self.head_timer is not None:
            self.head_timer.cancel()
        self.head_timer = None
        self.waiting_since = None

    def _head_timed_out(self) -> None:
        self.head_timer = None
        self.close_slow(f"no complete request head within {self.header_timeout:g} s")

    def close_slow(self, why: str) -> None:
        """Close this connection (at the head deadline, or to make room); 408 if it waits for a request
        head and part of one has arrived."""
        self._stop_waiting()
        if self.transport.is_closing():
            return
        partial, _ = self.conn.trailing_data
        if partial and self.conn.their_state is h11.IDLE:
            self.transport.write(_timeout_answer(self.header_timeout))
        log.debug("closing a connection from %s: %s", self.client, why)
        self.transport.close()

    def slow_since(self, since: float) -> bool:
        """Whether this connection, waiting for a request head, has sent part of one, or nothing since
        loop time ``since``: a slow client (a client sends its head at once)."""
        if self.waiting_since is None:
            return False
        return self.waiting_since <= since or bool(self.conn.trailing_data[0])

    def _make_room(self) -> None:
        """Over the cap, close the slow connection that has waited longest for a request head, else the
        connection that has waited longest; if every connection is in a request, this new one."""
        open_now = [c for c in self.connections if not c.transport.is_closing()]
        if len(open_now) <= self.max_connections:
            return
        since = self.loop.time() - min(EVICTION_GRACE, self.header_timeout / 2)
        waiting = [c for c in open_now if isinstance(c, HeadGuardedH11) and c.waiting_since is not None]
        victim = min(waiting, key=lambda c: (not c.slow_since(since), c.waiting_since or 0.0), default=self)
        victim.close_slow(f"over {self.max_connections} open connections")


def guarded_h11(
    header_timeout: float = DEFAULT_HEADER_TIMEOUT, max_connections: int = DEFAULT_MAX_CONNECTIONS
) -> type[HeadGuardedH11]:
    """The protocol class to pass as ``uvicorn.Config(http=...)`` (or ``uvicorn.run(http=...)``)."""
    timeout, cap = header_timeout, max_connections

    class Guarded(HeadGuardedH11):
        header_timeout = timeout
        max_connections = cap

    return Guarded


def fit_descriptor_limit(max_connections: int) -> int:
    """The connection cap this process can hold: raise the soft open-file limit towards the hard limit
    if ``max_connections`` needs it, else lower the cap to fit (with a warning)."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to fit
        return max_connections
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = max_connections + SPARE_DESCRIPTORS
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return max_connections
    raised = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
    except (ValueError, OSError):
        raised = soft
    fitted = max(1, min(max_connections, raised - SPARE_DESCRIPTORS))
    if fitted < max_connections:
        log.warning(
            "the open-file limit (%d) allows %d connections, not %d; raise it with ulimit -n",
            raised,
            fitted,
            max_connections,
        )
    return fitted
