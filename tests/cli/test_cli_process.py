"""What the CLI sets up for its own process before its commands load spaCy and numpy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_REPORT = """
import os, pathlib
import eventwire.cli
import numpy
status = pathlib.Path("/proc/self/status").read_text().splitlines()
threads = next(line for line in status if line.startswith("Threads:")).split()[1]
print(threads, os.environ.get("OPENBLAS_NUM_THREADS", "unset"))
"""


def _threads_and_setting(**env: str) -> list[str]:
    """The process's thread count and its OPENBLAS_NUM_THREADS once the CLI and numpy are imported."""
    clean = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", _REPORT], env={**clean, **env}, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_numpy_starts_no_blas_threads_of_its_own() -> None:
    assert _threads_and_setting() == ["1", "1"]


def test_a_users_own_blas_thread_count_is_kept() -> None:
    assert _threads_and_setting(OPENBLAS_NUM_THREADS="2")[1] == "2"
