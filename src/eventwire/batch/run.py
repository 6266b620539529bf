"""Code a corpus into a store: stream records, validate, skip what is done, code in parallel, commit.

Resumability rests on three facts: an article's id is the hash of its text; an article and its events
are committed in the same transaction; and articles already in the store are skipped before coding. So a
run stopped at any moment (Ctrl-C, ``kill -9``) and started again loses nothing and doubles nothing.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from eventwire.batch.engines import (
    Chunk,
    ChunkResult,
    DaskEngine,
    Engine,
    InlineEngine,
    PoolEngine,
)
from eventwire.coding import CoderFactory, build_coder
from eventwire.errors import EventwireError, OutputError, SettingsError, StoreError
from eventwire.ingest import parse_date, prepare_article
from eventwire.ingest.readers import Reject, SourceRecord, check_inputs, count_records, iter_records
from eventwire.models import Article
from eventwire.settings import Settings
from eventwire.store.db import Store

EngineName = Literal["local", "dask"]
DEFAULT_STORE_WAIT = 30.0


@dataclass
class BatchProgress:
    """Counters of a run so far, handed to the progress callback after every committed batch."""

    read: int = 0
    coded: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    elapsed: float = 0.0
    total: int | None = None

    @property
    def done(self) -> int:
        return self.coded + self.skipped + self.rejected

    @property
    def articles_per_second(self) -> float:
        return self.coded / self.elapsed if self.elapsed > 0 else 0.0


ProgressCallback = Callable[[BatchProgress], None]
_Prepared = tuple[Article, str | None, SourceRecord]


@dataclass(frozen=True)
class BatchSummary:
    """What a run did. ``status`` is ``completed`` or ``interrupted`` (Ctrl-C; re-run to resume)."""

    run_id: str
    store: Path
    status: str
    read: int
    coded: int
    skipped: int
    rejected: int
    events: int
    elapsed: float
    rejects_path: Path

    @property
    def articles_per_second(self) -> float:
        return self.coded / self.elapsed if self.elapsed > 0 else 0.0


def default_rejects_path(store_path: Path) -> Path:
    """Where rejects go when no file is named: beside the store (``events.duckdb.rejects.jsonl``)."""
    return store_path.with_name(store_path.name + ".rejects.jsonl")


@dataclass
class _Run:
    """Mutable state of one run, shared by the reading and the writing side."""

    store: Store
    run_id: str
    rejects: IO[str]
    progress: BatchProgress
    started: float
    callback: ProgressCallback | None
    in_flight: dict[str, SourceRecord] = field(default_factory=dict)

    def reject(self, source: str, line: int | None, reason: str, row: int | None = None) -> None:
        self._write(source, line, row, reason, "rejected")
        self.progress.rejected += 1

    def warn(self, record: SourceRecord, note: str) -> None:
        """Record a caveat (truncated, not English) about an article that is coded anyway."""
        self._write(record.source, record.line, record.row, note, "coded with a warning")

    def _write(self, source: str, line: int | None, row: int | None, reason: str, outcome: str) -> None:
        entry = {"source": source, "line": line, "row": row, "reason": reason, "outcome": outcome}
        try:
            self.rejects.write(json.dumps({**entry, "run_id": self.run_id}, ensure_ascii=False) + "\n")
            self.rejects.flush()
        except OSError as exc:
            raise OutputError(
                f"cannot write the rejects file {self.rejects.name}: {exc.strerror or exc}"
            ) from None

    def counts(self, coded: int = 0, events: int = 0) -> dict[str, int]:
        """The run's counters, plus ``coded`` articles and ``events`` about to be committed."""
        p = self.progress
        return {
            "articles_read": p.read,
            "articles_coded": p.coded + coded,
            "articles_skipped": p.skipped,
            "articles_rejected": p.rejected,
            "events": p.events + events,
        }

    def tick(self) -> None:
        self.progress.elapsed = time.monotonic() - self.started
        if self.callback is not None:
            self.callback(self.progress)


def _articles(
    run: _Run, records: Iterator[SourceRecord | Reject], limit: int | None, settings: Settings
) -> Iterator[_Prepared]:
    for item in records:
        if limit is not None and run.progress.read >= limit:
            return
        run.progress.read += 1
        if isinstance(item, Reject):
            run.reject(item.source, item.line, item.reason, item.row)
            continue
        try:
            article, notes = prepare_article(
                item.text,
                item.date,
                item.title,
                None,
                settings.max_article_chars,
                settings.max_sentence_chars,
            )
        except EventwireError as exc:
            run.reject(item.source, item.line, str(exc), item.row)
            continue
        for note in notes:
            run.warn(item, note)
        yield article, item.source_id or item.source, item  # a text file is known by its path


def _chunks(run: _Run, articles: Iterator[_Prepared], size: int) -> Iterator[Chunk]:
    """Groups of ``size`` new articles; articles stored before or already in flight are counted as skipped."""
    while True:
        candidates = [next(articles, None) for _ in range(size)]
        batch = [c for c in candidates if c is not None]
        if not batch:
            return
        known = run.store.known_articles(article.id for article, _, _ in batch)
        chunk: Chunk = []
        for article, source_id, record in batch:
            if article.id in known or article.id in run.in_flight:
                run.progress.skipped += 1
            else:
                run.in_flight[article.id] = record
                chunk.append((article, source_id))
        if chunk:
            yield chunk
        else:
            run.tick()
        if len(batch) < size:
            return


def _commit(run: _Run, chunk: Chunk, result: ChunkResult) -> None:
    coded, failures = result
    by_id = {article.id: (article, source_id) for article, source_id in chunk}
    failed = dict(failures)
    rows = [
        (by_id[aid][0], by_id[aid][1], events) for aid, events in coded if aid in by_id and aid not in failed
    ]
    for article_id, reason in failures:
        origin = run.in_flight.get(article_id)
        if origin is None:
            run.reject(article_id, None, reason)
        else:
            run.reject(origin.source, origin.line, reason, origin.row)
    n_events = sum(len(events) for _, _, events in rows)
    run.store.write_batch(run.run_id, rows, run.counts(len(rows), n_events))
    run.progress.coded += len(rows)  # only once committed: a failed write claims nothing
    run.progress.events += n_events
    for article_id in by_id:
        run.in_flight.pop(article_id, None)
    run.tick()


def _make_engine(
    engine: str, settings: Settings, factory: CoderFactory, workers: int, scheduler: str | None
) -> Engine:
    if engine == "dask":
        return DaskEngine(settings, factory, workers, scheduler)
    if workers == 1:
        return InlineEngine(settings, factory)
    return PoolEngine(settings, factory, workers)


def _check_options(
    engine: str, scheduler: str | None, workers: int | None, limit: int | None, batch_size: int | None
) -> int:
    if engine not in ("local", "dask"):
        raise SettingsError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if scheduler and engine != "dask":
        raise SettingsError("a scheduler address needs the dask engine (--engine dask)")
    for name, value in (("workers", workers), ("limit", limit), ("batch size", batch_size)):
        if value is not None and value < (0 if name == "limit" else 1):
            raise SettingsError(f"invalid {name} {value}: must be a positive number")
    return workers or os.cpu_count() or 1


def run_batch(
    inputs: Sequence[str | Path],
    store_path: str | Path,
    settings: Settings | None = None,
    *,
    engine: EngineName = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    rejects: str | Path | None = None,
    limit: int | None = None,
    date: str | None = None,
    batch_size: int | None = None,
    progress: ProgressCallback | None = None,
    coder_factory: CoderFactory | None = None,
    wait: float = DEFAULT_STORE_WAIT,
) -> BatchSummary:
    """Code every article of ``inputs`` (files or folders) into the store at ``store_path``.

    Articles already in the store are skipped; bad rows are written to ``rejects`` (default: beside the
    store) and the run continues. ``workers`` processes (default: all cores) each load the Coder once;
    ``engine="dask"`` sends chunks to the Dask ``scheduler`` (or a local cluster). Ctrl-C stops cleanly
    and returns a summary with status ``interrupted``. ``progress`` is called after every committed batch.
    While another process holds the store, the run waits up to ``wait`` seconds for it.
    """
    settings = settings or Settings()
    n_workers = _check_options(engine, scheduler, workers, limit, batch_size)
    paths = check_inputs(inputs)
    parsed_date = parse_date(date) if date else None
    default_date = parsed_date.isoformat() if parsed_date else None
    total = count_records(paths) if progress is not None else None
    if total is not None and limit is not None:
        total = min(total, limit)
    store_path = Path(store_path)
    rejects_path = Path(rejects) if rejects else default_rejects_path(store_path)
    factory = coder_factory or build_coder
    with Store.open(store_path, wait=wait) as store, _open_rejects(rejects_path) as rejects_file:
        run = _Run(
            store=store,
            run_id=store.start_run(settings, [str(p) for p in paths], engine),
            rejects=rejects_file,
            progress=BatchProgress(total=total),
            started=time.monotonic(),
            callback=progress,
        )
        status = _execute(
            run,
            lambda: _make_engine(engine, settings, factory, n_workers, scheduler),
            _articles(run, iter_records(paths, date=default_date), limit, settings),
            batch_size or settings.batch_size,
        )
    p = run.progress
    counts = (p.read, p.coded, p.skipped, p.rejected, p.events)
    return BatchSummary(run.run_id, store_path, status, *counts, p.elapsed, rejects_path)


def _open_rejects(path: Path) -> IO[str]:
    """The rejects file, appended to: every line names its run, earlier runs' lines are kept."""
    try:
        return path.open("a", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot open the rejects file {path}: {exc.strerror or exc}") from None


def _execute(
    run: _Run, make_engine: Callable[[], Engine], articles: Iterator[_Prepared], batch_size: int
) -> str:
    """Code and commit every chunk; returns the run's final status (``failed`` when an error escapes)."""
    status = "failed"
    runner: Engine | None = None
    try:
        runner = make_engine()
        for chunk, result in runner.run(_chunks(run, articles, batch_size)):
            _commit(run, chunk, result)
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        if runner is not None:
            runner.close()
        run.tick()
        try:
            run.store.finish_run(run.run_id, status, run.counts())
        except StoreError:
            if status != "failed":
                raise  # else the error on its way out says more; the next open marks the run interrupted
    return status
