"""The embedded DuckDB event store: open/lock, schema, transactional batch writes and queries.

DuckDB lets one process at a time open a database file for writing; a second writer (or a reader while
a writer works) gets :class:`~eventwire.errors.StoreInUseError` instead of a corrupt file. Writes are
grouped per batch of articles: an article and its events are committed together or not at all, so a run
killed at any point resumes from the last committed batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import importlib.resources
import json
import os
import time
import uuid
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import numpy as np

from eventwire.errors import StoreError, StoreInUseError
from eventwire.models import Article, Event
from eventwire.settings import Settings
from eventwire.store.rows import ARTICLE_COLUMNS, EVENT_COLUMNS, article_row, event_row

SCHEMA_VERSION = "1"
_INCOMING = "_eventwire_incoming"
_LOCK_HINTS = ("could not set lock", "conflicting lock", "lock on file")
_RETRY_PAUSE = 0.25
_FULL_HINTS = ("no space", "file too large", "disk full", "quota")
_RUN_COUNTS = ("articles_read", "articles_coded", "articles_skipped", "articles_rejected", "events")


@cache
def schema_sql() -> str:
    """The store schema shipped in ``eventwire/data/store/schema.sql``."""
    return (importlib.resources.files("eventwire") / "data" / "store" / "schema.sql").read_text("utf-8")


def eventwire_version() -> str:
    try:
        return importlib.metadata.version("eventwire")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and not path.is_file():
        raise StoreError(f"no event store at {path}")
    if not read_only and not path.parent.is_dir():
        raise StoreError(f"cannot create the store {path}: folder {path.parent} does not exist")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        message = str(exc)
        if any(hint in message.lower() for hint in _LOCK_HINTS):
            raise StoreInUseError(f"store is in use by another process: {path}") from None
        first_line = message.splitlines()[0] if message else exc.__class__.__name__
        raise StoreError(f"cannot open the store {path}: {first_line}") from None


def _connect_waiting(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return _connect(path, read_only)
        except StoreInUseError:
            if time.monotonic() >= deadline:
                if wait <= 0:
                    raise
                raise StoreInUseError(
                    f"store is in use by another process: {path} (waited {wait:g} s; another batch "
                    "or an export holds it, or a reader that keeps it open)"
                ) from None
            time.sleep(min(_RETRY_PAUSE, max(deadline - time.monotonic(), 0.01)))


def _create(path: Path) -> None:
    """Create a new store with its schema under a temporary name and link it into place, so that a
    kill -9 at any moment leaves either no store or one with the whole schema. A store that another
    process created meanwhile is kept."""
    staging = path.with_name(f".{path.name}.creating-{os.getpid()}")
    staging.unlink(missing_ok=True)
    with Store(_connect(staging, read_only=False), staging, read_only=False) as store:
        try:
            store._apply_schema()
        except duckdb.Error as exc:
            raise StoreError(write_failure(path, exc)) from None
    try:
        _place(staging, path)
    except OSError as exc:
        raise StoreError(f"cannot create the store {path}: {exc.strerror or exc}") from None
    finally:
        staging.unlink(missing_ok=True)


def _place(staging: Path, path: Path) -> None:
    """Link ``staging`` to ``path`` unless ``path`` exists; rename where the file system has no links."""
    try:
        os.link(staging, path)
    except FileExistsError:
        return
    except OSError:
        if not path.exists():
            os.replace(staging, path)


def write_failure(path: Path, exc: BaseException) -> str:
    """One line for a store write that failed (disk full, file size limit, I/O error)."""
    message = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    hint = ""
    if any(cue in message.lower() for cue in _FULL_HINTS):
        hint = " (the disk is full or a file size limit was reached)"
    return (
        f"cannot write to the store {path}{hint}: {message}; "
        "it keeps every batch committed before, run the same command again to resume"
    )


class Store:
    """A DuckDB event store file. Open with :meth:`open`; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, wait: float = 0.0) -> Store:
        """Open (and on a read-write open create or upgrade) the store at ``path``.

        While another process holds the file, retry for up to ``wait`` seconds (readers such as
        ``eventwire serve`` hold it only for one request) before :class:`StoreInUseError`.
        """
        path = Path(path)
        if not read_only and not path.exists() and path.parent.is_dir():
            _create(path)
        con = _connect_waiting(path, read_only, wait)
        store = cls(con, path, read_only)
        if not read_only:
            try:
                store._apply_schema()
            except duckdb.Error as exc:
                con.close()
                raise StoreError(f"{path} is not an eventwire store: {str(exc).splitlines()[0]}") from None
        return store

    def _apply_schema(self) -> None:
        self.con.execute(schema_sql())
        self.con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?), ('eventwire_version', ?)",
            [SCHEMA_VERSION, eventwire_version()],
        )
        self.con.execute(
            "UPDATE runs SET status = 'interrupted' WHERE status = 'running'"
        )  # only one writer at a time: a run still 'running' died without finishing

    def close(self) -> None:
        try:
            self.con.close()
        except duckdb.Error as exc:
            raise StoreError(write_failure(self.path, exc)) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.close()
        except StoreError:
            if exc is None:
                raise  # else the error already on its way out says more

    # -- runs ------------------------------------------------------------------------------------------

    def start_run(self, settings: Settings, inputs: Sequence[str], engine: str) -> str:
        """Record a new run and return its id."""
        run_id = uuid.uuid4().hex
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, eventwire_version, settings, engine, inputs, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'running')",
            [
                run_id,
                _now(),
                eventwire_version(),
                settings.model_dump_json(),
                engine,
                json.dumps(list(inputs)),
            ],
        )
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict[str, int]) -> None:
        try:
            self.con.execute(
                "UPDATE runs SET status = ?, finished_at = ?, "
                + ", ".join(f"{name} = ?" for name in _RUN_COUNTS)
                + " WHERE run_id = ?",
                [status, _now(), *(counts.get(name, 0) for name in _RUN_COUNTS), run_id],
            )
        except duckdb.Error as exc:
            raise StoreError(write_failure(self.path, exc)) from None

    def runs(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM runs ORDER BY started_at")

    # -- writes ----------------------------------------------------------------------------------------

    def known_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Those of ``article_ids`` already stored."""
        ids = list(set(article_ids))
        if not ids:
            return set()
        placeholders = ", ".join("?" * len(ids))
        rows = self.con.execute(f"SELECT article_id FROM articles WHERE article_id IN ({placeholders})", ids)
        return {row[0] for row in rows.fetchall()}

    def write_batch(
        self,
        run_id: str,
        coded: Sequence[tuple[Article, str | None, list[Event]]],
        counts: dict[str, int] | None = None,
    ) -> None:
        """Store articles (with source ids) and their events, and update the run, in ONE transaction."""
        now = _now()
        articles = [article_row(article, source_id, now, run_id) for article, source_id, _ in coded]
        events = [event_row(event) for _, _, evs in coded for event in evs]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", ARTICLE_COLUMNS, articles)
            self._insert("events", EVENT_COLUMNS, events)
            if counts is not None:
                self.con.execute(
                    "UPDATE runs SET "
                    + ", ".join(f"{name} = ?" for name in _RUN_COUNTS)
                    + " WHERE run_id = ?",
                    [*(counts.get(name, 0) for name in _RUN_COUNTS), run_id],
                )
            self.con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(write_failure(self.path, exc)) from None
            raise

    def _rollback(self) -> None:
        """Undo the open transaction; after a failed write DuckDB may already have ended it."""
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Bulk insert: the rows go in as one scan of column arrays (binding thousands of ``?`` is slow)."""
        if not rows:
            return
        self.con.register(_INCOMING, _column_arrays(columns, rows))
        try:
            names = ", ".join(columns)
            self.con.execute(f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM {_INCOMING}")
        finally:
            self.con.unregister(_INCOMING)

    def _count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    # -- reads -----------------------------------------------------------------------------------------

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def count(self, table: str = "events") -> int:
        """Rows in ``events``, ``articles``, ``unique_events``, ``mentions`` or ``runs``."""
        if table not in ("events", "articles", "unique_events", "mentions", "runs"):
            raise StoreError(f"unknown table {table!r}")
        return self._count(table)


def _column_arrays(columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> dict[str, np.ndarray]:
    """Rows as one object array per column, which DuckDB scans directly (numpy comes with spaCy)."""
    arrays: dict[str, np.ndarray] = {}
    for index, name in enumerate(columns):
        values = np.empty(len(rows), dtype=object)
        values[:] = [row[index] for row in rows]
        arrays[name] = values
    return arrays


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
