"""Store reads wait a little for a writer: a bounded retry, then 503 with ``Retry-After``.

DuckDB lets no other process read a store file while one process writes to it (a batch run, a claims
rebuild). A read endpoint that finds the store locked tries again every :data:`PAUSE` seconds for up
to ``wait`` seconds (``eventwire serve``: :data:`STORE_WAIT`), so a writer that holds the file briefly
(a short batch starting or finishing) costs the reader only a delay. After that the answer is 503
``store_unavailable`` with ``Retry-After: RETRY_AFTER_SECONDS``: a long batch run holds the file until it
ends. Reads run in the app's worker threads, so the wait never holds the event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from eventwire.errors import StoreError, StoreInUseError

STORE_WAIT = 2.0
PAUSE = 0.1
RETRY_AFTER_SECONDS = 5
T = TypeVar("T")


class StoreLockedError(StoreError):
    """Another process still writes to the store after the read waited (HTTP 503 with Retry-After)."""


def while_locked(read: Callable[[], T], wait: float = STORE_WAIT) -> T:
    """``read()``, retried while the store is locked by a writer for up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return read()
        except StoreInUseError:
            left = deadline - time.monotonic()
            if left <= 0:
                raise StoreLockedError(
                    f"another process is writing to the event store (a batch run?); waited {wait:g} s, "
                    f"retry in {RETRY_AFTER_SECONDS} s"
                ) from None
            time.sleep(min(PAUSE, left))
