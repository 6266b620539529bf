"""Freed memory goes back to the operating system where the C library allows it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire import heap


def _rss_kb() -> int:
    line = next(ln for ln in Path("/proc/self/status").read_text().splitlines() if ln.startswith("VmRSS:"))
    return int(line.split()[1])


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_trimming_returns_freed_heap_pages() -> None:
    chunks = [bytearray(64 * 1024) for _ in range(2000)]  # 128 MB below glibc's mmap threshold
    keep = chunks[-1]  # a live block at the top of the heap stops the heap from shrinking by itself
    del chunks
    before = _rss_kb()
    assert heap.release_free_memory()
    assert _rss_kb() < before - 64 * 1024
    assert len(keep) == 64 * 1024


@pytest.mark.parametrize(
    ("call", "lookup"),
    [(heap.release_free_memory, heap._malloc_trim), (heap.hold_freed_memory, heap._mallopt)],
)
def test_without_glibc_it_does_nothing(
    monkeypatch: pytest.MonkeyPatch, call: Callable[[], bool], lookup: Any
) -> None:
    lookup.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert call() is False
    finally:
        lookup.cache_clear()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_holding_freed_memory_is_accepted_by_glibc() -> None:
    assert heap.hold_freed_memory()


def _huge_pages_asked() -> bool:
    from numpy._core import multiarray

    asked: bool = multiarray._get_madvise_hugepage()
    return asked


@pytest.fixture
def numpy_huge_pages() -> Iterator[None]:
    """numpy's huge-page setting as it was before the test, put back after it."""
    switch = heap._huge_page_switch()
    assert switch is not None
    before = switch(True)
    yield
    switch(before)


@pytest.mark.usefixtures("numpy_huge_pages")
def test_skipping_huge_pages_turns_numpys_advice_off() -> None:
    assert _huge_pages_asked()
    assert heap.skip_huge_pages()
    assert not _huge_pages_asked()


def test_without_numpys_switch_skipping_huge_pages_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_huge_page_switch", lambda: None)
    assert heap.skip_huge_pages() is False


@pytest.mark.usefixtures("numpy_huge_pages")
def test_the_code_command_skips_huge_pages(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    path = tmp_path / "empty.jsonl"
    path.write_text("")
    assert _huge_pages_asked()
    result = CliRunner().invoke(app, ["code", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert not _huge_pages_asked()
