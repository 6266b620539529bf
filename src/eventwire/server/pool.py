"""Coding off the event loop: one coder in its own thread, a bounded queue, 503 when it is full.

spaCy's pipeline is not thread-safe and coding a long article takes seconds, so ``POST /code`` hands
the article to a single coding thread and awaits it. The event loop stays free for ``/health``, the
store endpoints and the page while articles are coded. At most ``max_queue`` requests wait or run at
once; one more gets 503 ``busy`` with a ``Retry-After`` header instead of an ever longer wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from eventwire.models import Article, Event
from eventwire.server.errors import ApiError
from eventwire.settings import Settings

DEFAULT_MAX_QUEUE = 64
RETRY_AFTER_SECONDS = 5


class CoderLike(Protocol):
    """What the app needs from a coder (``eventwire.Coder`` satisfies it)."""

    def code_article(self, article: Article) -> list[Event]: ...


class CodingPool:
    """Builds the coder once on first use and runs every coding call in one worker thread."""

    def __init__(
        self, settings: Settings, factory: Callable[[Settings], CoderLike], max_queue: int = DEFAULT_MAX_QUEUE
    ) -> None:
        self.settings = settings
        self.factory = factory
        self.max_queue = max_queue
        self.coder: CoderLike | None = None
        self.waiting = 0  # changed only on the event loop's thread
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-coder")

    def _code(self, article: Article) -> list[Event]:
        return self._coder().code_article(article)

    def _coder(self) -> CoderLike:
        if self.coder is None:
            self.coder = self.factory(self.settings)
        return self.coder

    def preload(self) -> None:
        """Build the coder now (in the coding thread, as every later call)."""
        self.executor.submit(self._coder).result()

    def admit(self) -> None:
        """Count one more request in the queue, or refuse it with 503 when the queue is full."""
        if self.waiting >= self.max_queue:
            raise ApiError(
                503,
                "busy",
                f"the coder is busy ({self.waiting} requests queued); retry in {RETRY_AFTER_SECONDS} s",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        self.waiting += 1

    def release(self) -> None:
        self.waiting -= 1

    async def code(self, article: Article) -> list[Event]:
        """Code ``article`` in the coding thread (call between :meth:`admit` and :meth:`release`)."""
        return await asyncio.wrap_future(self.executor.submit(self._code, article))
