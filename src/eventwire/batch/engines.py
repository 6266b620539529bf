"""Execution engines for batch coding: in-process, a local process pool, or a Dask cluster.

Every engine takes a stream of article chunks and yields each chunk with its coding result as soon as it
is done (not necessarily in input order). At most ``2 x workers`` chunks are in flight, so memory stays
bounded whatever the corpus size. Each worker process has one Coder, built once (see :class:`PoolEngine`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol

from eventwire.coding import CoderFactory, CoderLike, failure_reason
from eventwire.errors import EventwireError
from eventwire.heap import release_free_memory
from eventwire.lifeline import die_with_parent
from eventwire.models import Article, Event
from eventwire.settings import Settings

ChunkResult = tuple[list[tuple[str, list[Event]]], list[tuple[str, str]]]
"""(article id, events) for every coded article, and (article id, reason) for every failure."""


def code_chunk(coder: CoderLike, articles: Sequence[Article]) -> ChunkResult:
    """Code a chunk; if the Coder fails, code article by article so a bad article costs only itself.

    Then the memory freed by the chunk goes back to the system (eventwire.heap): without this a
    long-running worker's RSS creeps up past its largest batch.
    """
    try:
        return _code_chunk(coder, articles)
    finally:
        release_free_memory()


def _code_chunk(coder: CoderLike, articles: Sequence[Article]) -> ChunkResult:
    try:
        return [(article.id, events) for article, events in coder.code_articles(articles)], []
    except Exception as exc:
        if len(articles) == 1:
            return [], [(articles[0].id, failure_reason(exc))]
    results: list[tuple[str, list[Event]]] = []
    failures: list[tuple[str, str]] = []
    for article in articles:
        single = _code_chunk(coder, [article])
        results.extend(single[0])
        failures.extend(single[1])
    return results, failures


Chunk = list[tuple[Article, str | None]]


class Engine(Protocol):
    def run(self, chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, ChunkResult]]: ...

    def close(self) -> None: ...


class InlineEngine:
    """Code in the calling process (``workers=1``): no start-up cost, easiest to debug."""

    def __init__(self, settings: Settings, factory: CoderFactory) -> None:
        self.coder = factory(settings)

    def run(self, chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, ChunkResult]]:
        for chunk in chunks:
            yield chunk, code_chunk(self.coder, [article for article, _ in chunk])

    def close(self) -> None:
        """Nothing to release."""


_WORKER_CODER: CoderLike | None = None


_WARM_UP = "GENEVA (Reuters) - Chile's foreign minister met Peruvian officials in Lima on Monday."


def _warm_up(coder: CoderLike) -> None:
    """Code one short article so tables built on first use (cities, places) exist before forking."""
    from eventwire.ingest import prepare_article

    for _ in coder.code_articles([prepare_article(_WARM_UP, date="2020-01-01")[0]]):
        pass


def _start_worker(parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts the pool down
    die_with_parent(parent_pid)  # and if the parent is killed outright, the worker goes too


def _init_pool_worker(parent_pid: int, settings: Settings, factory: CoderFactory) -> None:
    global _WORKER_CODER
    _start_worker(parent_pid)
    _WORKER_CODER = factory(settings)


def _pool_code(articles: list[Article]) -> ChunkResult:
    if _WORKER_CODER is None:
        raise RuntimeError("pool worker used before its initializer ran")
    return code_chunk(_WORKER_CODER, articles)


def _bounded(
    chunks: Iterator[Chunk],
    window: int,
    submit: Callable[[list[Article]], Any],
    wait_any: Callable[[set[Any]], set[Any]],
) -> Iterator[tuple[Chunk, Any]]:
    """Keep up to ``window`` submitted chunks in flight; yield (chunk, finished future) as they complete."""
    pending: dict[Any, Chunk] = {}
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
            else:
                pending[submit([article for article, _ in chunk])] = chunk
        if not pending:
            return
        for future in wait_any(set(pending)):
            yield pending.pop(future), future


class PoolEngine:
    """A local pool of ``workers`` processes, each with one Coder.

    Where the platform can fork (Linux, macOS), the Coder is built once here and the workers are forked
    from this process, sharing the loaded model copy-on-write as spaCy's own ``n_process`` does: no
    worker pays the model's start-up again. The workers only code; they never touch the store. Elsewhere
    (Windows) workers are spawned and each builds its own Coder.
    """

    def __init__(self, settings: Settings, factory: CoderFactory, workers: int) -> None:
        global _WORKER_CODER
        self.workers = workers
        if "fork" in multiprocessing.get_all_start_methods():
            _WORKER_CODER = factory(settings)
            _warm_up(_WORKER_CODER)
            gc.freeze()  # what the warm-up built too: shared with the workers, never walked by collections
            self.pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        else:
            self.pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_pool_worker,
                initargs=(os.getpid(), settings, factory),
            )

    def run(self, chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, ChunkResult]]:
        def submit(articles: list[Article]) -> Future[ChunkResult]:
            return self.pool.submit(_pool_code, articles)

        def wait_any(futures: set[Any]) -> set[Any]:
            return set(wait(futures, return_when=FIRST_COMPLETED).done)

        for chunk, future in _bounded(chunks, 2 * self.workers, submit, wait_any):
            yield chunk, future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


_DASK_CODERS: dict[tuple[str, str], CoderLike] = {}
_DASK_LOCK = threading.Lock()


def _dask_code(articles: list[Article], settings: Settings, factory: CoderFactory) -> ChunkResult:
    """Runs on a Dask worker: the Coder is built once per worker process and cached."""
    key = (f"{factory.__module__}.{factory.__qualname__}", settings.model_dump_json())
    with _DASK_LOCK:
        coder = _DASK_CODERS.get(key)
        if coder is None:
            coder = _DASK_CODERS[key] = factory(settings)
        return code_chunk(coder, articles)


class DaskEngine:
    """Chunks as tasks on a Dask cluster: ``scheduler`` address, or a LocalCluster of ``workers``."""

    def __init__(
        self, settings: Settings, factory: CoderFactory, workers: int, scheduler: str | None
    ) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise EventwireError(
                "the dask engine needs dask[distributed]: pip install 'eventwire[dask]'"
            ) from None
        self.settings, self.factory = settings, factory
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise EventwireError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            self.cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def run(self, chunks: Iterator[Chunk]) -> Iterator[tuple[Chunk, ChunkResult]]:
        from dask.distributed import wait as dask_wait

        def submit(articles: list[Article]) -> Any:
            return self.client.submit(_dask_code, articles, self.settings, self.factory, pure=False)

        def wait_any(futures: set[Any]) -> set[Any]:
            return set(dask_wait(list(futures), return_when="FIRST_COMPLETED").done)

        for chunk, future in _bounded(chunks, 2 * self.workers, submit, wait_any):
            yield chunk, future.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
