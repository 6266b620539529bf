"""While another process writes to the store, reads wait (bounded), then get 503 with Retry-After."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import StoreInUseError
from eventwire.server import create_app
from eventwire.server.storewait import StoreLockedError, while_locked
from eventwire.settings import Settings

HOLD = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep({})"


@contextmanager
def _written(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holds ``path`` open for writing for ``seconds`` (from when this yields)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD.format(seconds), str(path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        yield holder
    finally:
        holder.stdout.close()
        holder.kill()
        holder.wait(timeout=10)


@pytest.fixture()
def store(tmp_path: Path, store_file: tuple[Path, Any]) -> Path:
    """A copy of the test store, for this test alone."""
    return Path(shutil.copy(store_file[0], tmp_path / "events.duckdb"))


def _client(store: Path, coder_factory: Any, wait: float) -> TestClient:
    return TestClient(create_app(Settings(), store_path=store, coder_factory=coder_factory, store_wait=wait))


@pytest.mark.parametrize("path", ["/events", "/network", "/claims", "/events.csv"])
def test_a_read_waits_for_a_short_write(store: Path, coder_factory: Any, path: str) -> None:
    with _client(store, coder_factory, wait=10) as client, _written(store, 0.6):
        started = time.monotonic()
        answer = client.get(path)
        waited = time.monotonic() - started
    assert answer.status_code == 200, answer.text
    assert waited >= 0.3


@pytest.mark.parametrize("path", ["/events", "/articles/x/sourcing", "/claims"])
def test_a_read_during_a_long_write_gets_503_with_retry_after(
    store: Path, coder_factory: Any, path: str
) -> None:
    with _client(store, coder_factory, wait=0.4) as client, _written(store, 30):
        started = time.monotonic()
        answer = client.get(path)
        waited = time.monotonic() - started
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
    error = answer.json()["error"]
    assert error["code"] == "store_unavailable" and "writing to the event store" in error["message"]
    assert 0.4 <= waited < 5


def test_while_locked_retries_until_the_read_succeeds() -> None:
    calls: list[float] = []

    def read() -> str:
        calls.append(time.monotonic())
        if len(calls) < 3:
            raise StoreInUseError("locked")
        return "rows"

    assert while_locked(read, wait=5) == "rows" and len(calls) == 3


def test_while_locked_gives_up_after_the_wait() -> None:
    def locked() -> str:
        raise StoreInUseError("locked")

    started = time.monotonic()
    with pytest.raises(StoreLockedError, match=r"waited 0\.2 s"):
        while_locked(locked, wait=0.2)
    assert 0.2 <= time.monotonic() - started < 2
