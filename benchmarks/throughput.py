"""Throughput of eventwire against raw spaCy on the Reuters sample, in one run.

    python benchmarks/throughput.py --n 200 [--workers N] [--profile]

Reads N articles of ../shared/corpus/reuters-2016-2017-sample.csv, then times (model loading excluded):

1. raw spaCy: ``nlp.pipe(texts)`` with the project's model and batch size;
2. eventwire: ``Coder.code_articles(articles)`` in this process;
3. with ``--workers N`` > 1, also spaCy with ``n_process=N`` and ``run_batch`` with N worker processes
   into a temporary store (reading, coding, committing: the whole batch path).

It prints articles/s, words/s, peak RSS (this process, and each batch worker) and the ratio
eventwire/spaCy. Like spaCy's ``n_process``, the batch pool forks workers from a process that already
holds the loaded (and warmed) Coder; the batch line is still split into start-up (until the first
batch is committed: the parent's model load and the first chunk) and the steady rate after it.
``--profile`` adds the functions where eventwire spends its time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import os
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from eventwire import Coder
from eventwire.batch import BatchProgress, run_batch
from eventwire.ingest import make_article
from eventwire.ingest.readers import SourceRecord, iter_records
from eventwire.models import Article
from eventwire.settings import Settings

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "reuters-2016-2017-sample.csv"


def load_articles(path: Path, n: int) -> list[Article]:
    articles: list[Article] = []
    for item in iter_records([path]):
        if isinstance(item, SourceRecord):
            articles.append(make_article(item.text, date=item.date, title=item.title))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles to code")
    parser.add_argument("--workers", type=int, default=1, help="also measure N worker processes")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--profile", action="store_true", help="show where eventwire spends its time")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    settings = Settings()
    articles = load_articles(args.corpus, args.n)
    texts = [a.text for a in articles]
    n, words = len(articles), sum(len(t.split()) for t in texts)
    print(f"{n} articles, {words} words ({words / n:.0f} words/article), batch_size={settings.batch_size}")

    start = time.perf_counter()
    nlp = spacy.load(settings.model)
    print(f"spaCy load {time.perf_counter() - start:.1f} s; pipeline: {', '.join(nlp.pipe_names)}")
    start = time.perf_counter()
    coder = Coder(settings)
    print(f"Coder load {time.perf_counter() - start:.1f} s")
    list(nlp.pipe(texts[:8]))  # warm up both before timing
    list(coder.code_articles(articles[:8]))

    spacy_rate = timed(
        "spaCy nlp.pipe (1 process)", lambda: list(nlp.pipe(texts, batch_size=settings.batch_size)), n, words
    )
    ew_rate = timed("eventwire Coder.code_articles", lambda: list(coder.code_articles(articles)), n, words)
    print(f"peak RSS, this process: {peak_rss_mb():.0f} MB")
    print(f"ratio eventwire/spaCy (1 process): {ew_rate / spacy_rate:.2f}")

    if args.workers > 1:
        k = args.workers

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

    if args.profile:
        profile_coder(coder, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
