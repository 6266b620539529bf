"""Coding off the event loop: the coder in a worker process (or thread), a bounded queue, 503 when full.

spaCy's pipeline is not thread-safe and coding a long article takes seconds, so ``POST /code`` hands
the article to one coding worker and awaits it. The event loop stays free for ``/health``, the store
endpoints and the page while articles are coded. At most ``max_queue`` requests wait or run at once;
one more gets 503 ``busy`` with a ``Retry-After`` header instead of an ever longer wait.

``eventwire serve`` codes in a child process (``process=True``, forked where the platform can, dying
with the server): a coding thread would hold the GIL and slow the event loop to seconds per request
under load (``benchmarks/load.py``: /health up to 5.8 s with a thread). Tests inject fake coders and use
a thread.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from eventwire.coding import CoderFactory, CoderLike
from eventwire.heap import release_free_memory
from eventwire.ingest import prepare_article
from eventwire.lifeline import die_with_parent
from eventwire.models import Article, Event
from eventwire.server.errors import ApiError
from eventwire.settings import Settings

DEFAULT_MAX_QUEUE = 64
RETRY_AFTER_SECONDS = 5
CodeInput = tuple[str, str | None, str | None]
"""The text, date and title of a ``POST /code`` request."""
Coded = tuple[Article, list[str], list[Event]]
CODER_NICENESS = 10


class CodingPool:
    """Builds the coder once on first use and runs every coding call in one worker thread."""

    def __init__(
        self,
        settings: Settings,
        factory: CoderFactory,
        max_queue: int = DEFAULT_MAX_QUEUE,
        process: bool = False,
    ) -> None:
        self.settings = settings
        self.factory = factory
        self.max_queue = max_queue
        self.process = process
        self.loaded = False
        self.coder: CoderLike | None = None  # the thread's coder (a process keeps its own)
        self.waiting = 0  # changed only on the event loop's thread
        self.executor = self._executor()

    def _executor(self) -> Executor:
        if not self.process:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-coder")
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=context,
            initializer=_start_worker,
            initargs=(os.getpid(), self.settings, self.factory),
        )

    def _thread_coder(self) -> CoderLike:
        if self.coder is None:
            self.coder = self.factory(self.settings)
        return self.coder

    def _thread_code(self, request: CodeInput) -> Coded:
        return _prepare_and_code(self._thread_coder(), self.settings, request)

    def preload(self) -> None:
        """Build the coder now (in the coding worker, as every later call)."""
        self.executor.submit(_preload if self.process else self._thread_coder).result()
        self.loaded = True

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

    async def code(self, request: CodeInput) -> Coded:
        """Validate and code one article in the coding worker (call between :meth:`admit` and
        :meth:`release`): the article, the notes for the user and the events."""
        work = _code if self.process else self._thread_code
        try:
            coded = await asyncio.wrap_future(self.executor.submit(work, request))
        except BrokenExecutor:
            self.executor = self._executor()  # the worker died (out of memory?): start a new one
            self.loaded = False
            raise ApiError(
                503, "busy", "the coding process stopped and was restarted; retry",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            ) from None  # fmt: skip
        self.loaded = True
        return coded


_WORKER: dict[str, Any] = {}


def _start_worker(parent_pid: int, settings: Settings, factory: CoderFactory) -> None:
    die_with_parent(parent_pid)
    if hasattr(os, "nice"):
        os.nice(CODER_NICENESS)  # on a busy machine the event loop gets the CPU before coding
    _WORKER.update(settings=settings, factory=factory)


def _load() -> CoderLike:
    coder: CoderLike | None = _WORKER.get("coder")
    if coder is None:
        coder = _WORKER["coder"] = _WORKER["factory"](_WORKER["settings"])
    return coder


def _preload() -> None:
    _load()  # the coder stays in the worker: it cannot be sent back


def _code(request: CodeInput) -> Coded:
    return _prepare_and_code(_load(), _WORKER["settings"], request)


def _prepare_and_code(coder: CoderLike, settings: Settings, request: CodeInput) -> Coded:
    text, date, title = request
    article, notes = prepare_article(
        text, date, title, None, settings.max_article_chars, settings.max_sentence_chars
    )
    events = coder.code_article(article)
    release_free_memory()  # spaCy's per-batch arrays: without this the coder's RSS creeps up
    return article, notes, events
