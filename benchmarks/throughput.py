"""Throughput of eventwire against raw spaCy on the same articles, in one run.

    python benchmarks/throughput.py --n 150 [--rounds 2] [--skip-sentences] [--workers N] [--profile]

Reads N articles of ../shared/corpus/reuters-2016-2017-sample.csv, then measures, each side run
``--rounds`` times alternating and the fastest run counted (the load average printed first):

1. whole process: a fresh ``python`` that loads the spaCy model and runs ``nlp.pipe`` over the N
   texts, against ``eventwire code N.jsonl --format jsonl`` (start-up, reading, coding, writing);
2. steady state, in this process with both loaded and warmed: ``nlp.pipe(texts)`` with the
   project's batch size against ``Coder.code_articles(articles)``;
3. with ``--workers N`` > 1, also spaCy with ``n_process=N`` and ``run_batch`` with N worker
   processes into a temporary store (reading, coding, committing: the whole batch path).

Ratios are spaCy's time over eventwire's (above 1: eventwire is faster), on the fastest wall
times and on the least CPU times (this process and its children) of each side; other load on the
machine changes CPU time less.
``--skip-sentences`` adds eventwire with ``Settings.skip_sentences`` to both comparisons
(docs/performance.md). ``--profile`` adds the functions where eventwire spends its time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from eventwire.batch import BatchProgress, run_batch
from eventwire.coder import Coder
from eventwire.ingest import prepare_article
from eventwire.ingest.readers import SourceRecord, iter_records
from eventwire.models import Article
from eventwire.settings import Settings

REPO = Path(__file__).resolve().parent.parent
RAW_SPACY = """
import json, sys
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""
CORPUS = REPO.parent / "shared" / "corpus" / "reuters-2016-2017-sample.csv"


def load_articles(path: Path, n: int) -> list[Article]:
    articles: list[Article] = []
    for item in iter_records([path]):
        if isinstance(item, SourceRecord):
            articles.append(prepare_article(item.text, date=item.date, title=item.title)[0])
        if len(articles) == n:
            break
    return articles


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


class WorkerSampler:
    """Peak RSS and CPU seconds of every live worker process, read from /proc after each commit."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.commits: list[tuple[float, int]] = []
        self.peak_kb: dict[int, int] = {}
        self.cpu_s: dict[int, float] = {}

    def __call__(self, progress: BatchProgress) -> None:
        self.commits.append((time.perf_counter() - self.started, progress.coded))
        for pid in (child.pid for child in multiprocessing.active_children()):
            if pid is None:
                continue
            status, stat = Path(f"/proc/{pid}/status"), Path(f"/proc/{pid}/stat")
            try:
                hwm = next(ln for ln in status.read_text().splitlines() if ln.startswith("VmHWM:"))
                ticks = stat.read_text().rsplit(")", 1)[1].split()[11:13]
            except (OSError, StopIteration):
                continue
            self.peak_kb[pid] = int(hwm.split()[1])
            self.cpu_s[pid] = sum(int(t) for t in ticks) / os.sysconf("SC_CLK_TCK")

    def report(self, n: int, seconds: float) -> float:
        """Print start-up, steady rate, worker CPU and RSS; return the steady rate."""
        first_t, first_n = next(((t, c) for t, c in self.commits if c > 0), (seconds, 0))
        last_t = self.commits[-1][0] if self.commits else seconds
        steady = (n - first_n) / (last_t - first_t) if last_t > first_t else 0.0
        print(f"  first batch committed after {first_t:.1f} s; steady rate after it {steady:.1f} articles/s")
        busy = ", ".join(f"{cpu / seconds:.0%}" for cpu in self.cpu_s.values())
        rss = ", ".join(f"{kb / 1024:.0f}" for kb in self.peak_kb.values())
        print(f"  worker CPU busy over the run: {busy}; peak RSS per worker: {rss} MB")
        per_article = 1000 * sum(self.cpu_s.values()) / n
        print(f"  worker CPU {per_article:.0f} ms/article (Coder built once in the parent, then forked)")
        return steady


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have been waited for."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(label: str, run: Callable[[], object], n: int, words: int, cpu_label: str = "CPU") -> float:
    """Run once; print articles/s, words/s, and CPU ms per article (which other load does not change)."""
    start, cpu = time.perf_counter(), cpu_seconds()
    run()
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    print(
        f"{label:<34} {n / seconds:8.1f} articles/s {words / seconds:10.0f} words/s  ({seconds:.1f} s, "
        f"{cpu_label} {1000 * cpu / n:.0f} ms/article)"
    )
    return n / seconds


def profile_coder(coder: Coder, articles: list[Article], top: int = 25) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in coder.code_articles(articles):
        pass
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    print(out.getvalue())


Timing = tuple[float, float]  # wall seconds, CPU seconds


def run_timed(run: Callable[[], object]) -> Timing:
    start, cpu = time.perf_counter(), cpu_seconds()
    run()
    return time.perf_counter() - start, cpu_seconds() - cpu


def alternate(sides: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[Timing]]:
    """Run every side once per round, in turn; every side's timings."""
    runs: dict[str, list[Timing]] = {label: [] for label in sides}
    for _ in range(rounds):
        for label, run in sides.items():
            timing = run_timed(run)
            print(f"  {label:<38} {timing[0]:6.1f} s wall, {timing[1]:6.1f} s CPU", flush=True)
            runs[label].append(timing)
    return runs


def print_ratios(what: str, runs: dict[str, list[Timing]], n: int) -> None:
    """Each side against the first: ratios of the fastest wall times and of the least CPU times."""
    (base, timings), *others = runs.items()
    wall, cpu = min(t[0] for t in timings), min(t[1] for t in timings)
    for label, mine in others:
        w, c = min(t[0] for t in mine), min(t[1] for t in mine)
        print(
            f"{what}: {label} {n / w:.1f} articles/s against {base} {n / wall:.1f}: ratio "
            f"{wall / w:.2f} on the fastest wall times, {cpu / c:.2f} on the least CPU times"
        )


def write_jsonl(articles: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, a in enumerate(articles):
            record = {"id": str(i), "text": a.text, "date": a.date.isoformat() if a.date else None}
            out.write(json.dumps({**record, "title": a.title}) + "\n")


def whole_process(articles: list[Article], settings: Settings, rounds: int, skip: bool) -> None:
    """Fresh processes, alternating: the spaCy model and nlp.pipe against ``eventwire code``."""
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_jsonl(articles, path)
        raw = [sys.executable, "-c", RAW_SPACY, str(path), settings.model, str(settings.batch_size)]
        code = [eventwire, "code", str(path), "--format", "jsonl"]
        sides: dict[str, Callable[[], object]] = {
            "raw spaCy (load + nlp.pipe)": lambda: subprocess.run(raw, check=True),
            "eventwire code": lambda: subprocess.run(code, check=True, stdout=subprocess.DEVNULL),
        }
        if skip:
            sides["eventwire code --skip-sentences"] = lambda: subprocess.run(
                [*code, "--skip-sentences"], check=True, stdout=subprocess.DEVNULL
            )
        print_ratios("whole process", alternate(sides, rounds), len(articles))


def steady_state(nlp: Any, articles: list[Article], settings: Settings, rounds: int, skip: bool) -> Coder:
    """In this process, both loaded and warmed: nlp.pipe against Coder.code_articles."""
    texts = [a.text for a in articles]
    coders = {"eventwire Coder.code_articles": Coder(settings)}
    if skip:
        coders["eventwire, skip_sentences"] = Coder(settings.model_copy(update={"skip_sentences": True}))
    list(nlp.pipe(texts[:8]))  # warm up before timing
    for coder in coders.values():
        list(coder.code_articles(articles[:8]))
    sides: dict[str, Callable[[], object]] = {
        "spaCy nlp.pipe": lambda: list(nlp.pipe(texts, batch_size=settings.batch_size))
    }
    for label, coder in coders.items():
        sides[label] = lambda coder=coder: list(coder.code_articles(articles))  # type: ignore[misc]
    print_ratios("steady state", alternate(sides, rounds), len(articles))
    print(f"peak RSS, this process: {peak_rss_mb():.0f} MB")
    return coders["eventwire Coder.code_articles"]


def batch_pool(nlp: Any, args: argparse.Namespace, settings: Settings, n: int, words: int) -> None:
    k = args.workers
    texts = [a.text for a in load_articles(args.corpus, args.n)]

    def pipe_k() -> None:
        list(nlp.pipe(texts, batch_size=settings.batch_size, n_process=k))

    spacy_k = timed(f"spaCy nlp.pipe (n_process={k})", pipe_k, n, words)
    sampler = WorkerSampler()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "bench.duckdb"

        def batch() -> None:
            sampler.started = time.perf_counter()
            run_batch([args.corpus], store, settings, workers=k, limit=args.n, progress=sampler)

        batch_k = timed(f"eventwire run_batch (workers={k})", batch, n, words, "main process CPU")
    steady = sampler.report(n, n / batch_k)
    print(f"ratio eventwire/spaCy ({k} processes, whole batch incl. start-up): {batch_k / spacy_k:.2f}")
    print(f"ratio eventwire/spaCy ({k} processes, steady rate after start-up): {steady / spacy_k:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150, help="articles to code")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each side, alternating")
    parser.add_argument("--skip-sentences", action="store_true", help="also eventwire with skip_sentences")
    parser.add_argument("--workers", type=int, default=1, help="also measure N worker processes")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--profile", action="store_true", help="show where eventwire spends its time")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    settings = Settings()
    articles = load_articles(args.corpus, args.n)
    n, words = len(articles), sum(len(a.text.split()) for a in articles)
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").is_file() else ["?"]
    print(f"{n} articles, {words} words, batch_size={settings.batch_size}; load average {' '.join(load)}")
    whole_process(articles, settings, args.rounds, args.skip_sentences)
    nlp = spacy.load(settings.model)
    coder = steady_state(nlp, articles, settings, args.rounds, args.skip_sentences)
    if args.workers > 1:
        batch_pool(nlp, args, settings, n, words)
    if args.profile:
        profile_coder(coder, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
