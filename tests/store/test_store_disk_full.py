"""Disk full during a batch and an export: one error line, a store that resumes, bookkeeping that
claims only what was committed, and no partial export at the final path.

The disk is "filled" by a file size limit (RLIMIT_FSIZE) in a child process that ignores SIGXFSZ, so
writes past the limit fail with EFBIG as they would with ENOSPC. Skipped where the limit cannot be set.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from eventwire.store import Store

resource = pytest.importorskip("resource")
HERE = Path(__file__).resolve().parents[1]  # tests/, where fake_coder.py is
ARTICLES = 1500
LIMIT = 1_000_000
FILLER = "Officials talked about trade and ports at length. " * 8

pytestmark = pytest.mark.skipif(
    not hasattr(resource, "RLIMIT_FSIZE") or sys.platform == "win32", reason="no file size limit here"
)


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(ARTICLES):
            row = {
                "id": f"d{n}",
                "text": f"Item {n}. Peru met Chile in March. {FILLER}",
                "date": "2017-03-01",
            }
            handle.write(json.dumps(row) + "\n")
    return path


def _run(limit: int, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        sys.path.insert(0, {str(HERE)!r})
        from fake_coder import FakeCoder
        import eventwire.batch.run
        eventwire.batch.run.build_coder = FakeCoder
        from eventwire.cli import app
        sys.argv = ["eventwire", *{list(args)!r}]
        app()
        """
    )
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def _one_error_line(done: subprocess.CompletedProcess[str], message: str) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], done.stderr


def test_disk_full_batch_is_one_line_and_resumes_with_honest_bookkeeping(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    store = tmp_path / "full.duckdb"
    args = ["batch", str(corpus), "--store", str(store), "--workers", "1"]
    _one_error_line(_run(LIMIT, *args, cwd=tmp_path), "file size limit was reached")
    with Store.open(store) as opened:
        (run,) = opened.runs()
        stored, events = opened.count("articles"), opened.count("events")
        assert 0 < stored < ARTICLES
        assert run["status"] == "failed"
        assert (run["articles_coded"], run["events"]) == (stored, events)
    resumed = _run(10**9, *args, cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    with Store.open(store) as opened:
        assert opened.count("articles") == ARTICLES
        assert sum(r["articles_coded"] for r in opened.runs()) == ARTICLES


@pytest.fixture(scope="module")
def full_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eventwire.batch import run_batch
    from fake_coder import FakeCoder

    folder = tmp_path_factory.mktemp("export")
    store = folder / "e.duckdb"
    run_batch([_corpus(folder / "corpus.jsonl")], store, workers=1, coder_factory=FakeCoder)
    return store


@pytest.mark.parametrize(
    "fmt",
    ["csv", pytest.param("jsonl", marks=pytest.mark.slow), pytest.param("parquet", marks=pytest.mark.slow)],
)
def test_disk_full_export_is_one_line_and_leaves_no_file(full_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    args = ["export", "--store", str(full_store), "--format", fmt, "--out", str(out)]
    _one_error_line(_run(20_000, *args, cwd=tmp_path), f"cannot write {out}")
    assert list(tmp_path.iterdir()) == []
