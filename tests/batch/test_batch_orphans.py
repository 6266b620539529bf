"""kill -9 of a batch parent: no worker outlives it by more than 5 s (local pool and local Dask cluster)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil")
HERE = Path(__file__).resolve().parents[1]  # tests/, where fake_coder.py is
GRACE = 5.0


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for proc in procs:
        try:
            if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                alive.append(proc)
        except psutil.NoSuchProcess:
            continue
    return alive


def _wait_gone(procs: list[psutil.Process], timeout: float) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while _alive(procs) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _alive(procs)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_workers_exit_within_5_s_of_a_kill_9_of_their_parent(tmp_path: Path, engine: str) -> None:
    """The pool's workers through eventwire.lifeline; a local Dask cluster's worker processes through
    distributed's own guard (each holds a pipe from the parent and exits when it closes)."""
    if engine == "dask":
        pytest.importorskip("distributed")
    corpus = tmp_path / "corpus.jsonl"
    rows = (json.dumps({"id": f"o{n}", "text": f"Item {n}. Peru met Chile."}) for n in range(400))
    corpus.write_text("\n".join(rows) + "\n", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(HERE)!r})
        from fake_coder import make_slow_fake
        from eventwire.batch import run_batch

        def report(progress):
            print("stored", progress.coded, flush=True)

        run_batch([{str(corpus)!r}], {str(tmp_path / "o.duckdb")!r}, workers=2, batch_size=1,
                  coder_factory=make_slow_fake, progress=report, engine={engine!r})
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    try:
        for line in parent.stdout:
            if line.startswith("stored") and int(line.split()[1]) >= 2:
                break
        workers = psutil.Process(parent.pid).children(recursive=True)
        assert len(workers) >= 2
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        left = _wait_gone(workers, GRACE)
    finally:
        parent.stdout.close()
        if parent.poll() is None:
            parent.kill()
    for proc in left:
        proc.kill()
    assert left == [], f"{len(left)} workers outlived their parent by {GRACE} s"


def test_the_watchdog_ends_a_child_whose_parent_is_gone() -> None:
    """Without the parent-death signal (not Linux), the watchdog thread alone ends the orphan."""
    script = textwrap.dedent(
        """
        import os, sys, time
        from eventwire import lifeline
        lifeline._parent_death_signal = lambda: None
        if os.fork() == 0:  # the grandchild watches the child, which exits at once
            parent = os.getppid()
            lifeline.die_with_parent(parent, interval=0.1)
            print(os.getpid(), flush=True)
            time.sleep(30)
        else:
            time.sleep(0.5)
        """
    )
    done = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert done.stdout is not None
    grandchild = psutil.Process(int(done.stdout.readline()))
    done.wait(timeout=10)
    done.stdout.close()
    assert _wait_gone([grandchild], 3.0) == []
