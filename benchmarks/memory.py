"""Memory of a coding process over many articles, and of batch workers.

    python benchmarks/memory.py --n 2000 [--every 96] [--no-trim] [--novel] [--workers 2 --batch-n 400]

1. One process builds a Coder and codes ``--n`` articles of ../shared/corpus/reuters-2016-2017-sample.csv
   as a batch worker does (``code_chunk`` on chunks of the batch size, which hands freed memory back
   to the system after each; ``--no-trim`` codes the chunks without that), the corpus read again
   from the start when it runs out (articles past its length repeat earlier ones; with ``--novel``
   each later pass renames them: capitalised words take a suffix and numbers an offset of their
   own, so every pass brings new words, as a stream of distinct articles would). Every ``--every``
   articles it samples the resident set (VmRSS), its peak (VmHWM) and spaCy's string store. It
   prints the samples and the least-squares slope of RSS in MB per 1,000 articles, after the first
   500 (warm-up: tables built on first use) and over the first pass of the corpus alone (only new
   articles add new strings).
2. With ``--workers N``, ``run_batch`` codes ``--batch-n`` articles into a temporary store with N pool
   workers (forked from a process holding the Coder), and prints each worker's peak RSS and its
   proportional (Pss) and private memory, read from /proc after each commit: RSS counts the pages a
   worker shares with its parent and siblings in full, Pss divides them among the sharers.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from eventwire.batch import BatchProgress, run_batch
from eventwire.batch.engines import code_chunk
from eventwire.coder import Coder
from eventwire.coding import build_coder
from eventwire.ingest import prepare_article
from eventwire.ingest.readers import SourceRecord, iter_records
from eventwire.models import Article
from eventwire.settings import DEFAULT_SETTINGS

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "reuters-2016-2017-sample.csv"
WARM_UP = 500


def read_articles(path: Path) -> list[Article]:
    return [
        prepare_article(item.text, date=item.date, title=item.title)[0]
        for item in iter_records([path])
        if isinstance(item, SourceRecord)
    ]


_NAME_OR_NUMBER = re.compile(r"\b([A-Z][a-z]{2,})\b|\b(\d+)\b")


def renamed(article: Article, round_: int) -> Article:
    """``article`` with its capitalised words and numbers made new for pass ``round_`` (0: unchanged)."""
    if not round_:
        return article
    tag = "".join(chr(ord("a") + int(d)) for d in str(round_))

    def new(match: re.Match[str]) -> str:
        word, number = match.groups()
        return word + tag if word else str(int(number) + 7919 * round_)

    return prepare_article(_NAME_OR_NUMBER.sub(new, article.text), date=article.date, title=article.title)[0]


def stream_of(articles: list[Article], n: int, novel: bool) -> Iterator[Article]:
    """``n`` articles: the corpus again and again, renamed on each pass with ``novel``."""
    passes = itertools.count() if novel else itertools.repeat(0)
    every = (renamed(a, k) for k in passes for a in articles)
    return itertools.islice(every, n)


def proc_kb(pid: int | str, field: str, name: str = "status") -> int:
    """A ``field:  N kB`` line of /proc/PID/status (or smaps_rollup), in KiB."""
    for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 articles."""
    if len(points) < 2:
        return float("nan")
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    var = sum((x - mean_x) ** 2 for x, _ in points)
    return 1000 * sum((x - mean_x) * (y - mean_y) for x, y in points) / var


def one_process(corpus: Path, n: int, every: int, trim: bool, novel: bool = False) -> None:
    articles = read_articles(corpus)
    start = time.perf_counter()
    coder = build_coder(DEFAULT_SETTINGS)  # as the batch pool builds it (then frozen out of the collector)
    assert isinstance(coder, Coder)
    size = coder.settings.batch_size
    print(f"Coder built in {time.perf_counter() - start:.1f} s; RSS {proc_kb('self', 'VmRSS') / 1024:.0f} MB")
    how = "code_chunk" if trim else "code_articles (no trim)"
    print(f"{len(articles)} distinct articles; coding {n} with {how} in chunks of {size}")
    print(f"{'articles':>8} {'RSS MB':>7} {'peak MB':>7} {'strings':>8} {'s':>6}")
    stream = stream_of(articles, n, novel)
    points: list[tuple[int, float]] = []
    done = 0
    while chunk := list(itertools.islice(stream, size)):
        if trim:
            code_chunk(coder, chunk)
        else:
            list(coder.code_articles(chunk))
        done += len(chunk)
        if done % every >= size and done < n:
            continue
        rss = proc_kb("self", "VmRSS") / 1024
        points.append((done, rss))
        print(
            f"{done:>8} {rss:>7.0f} {proc_kb('self', 'VmHWM') / 1024:>7.0f} "
            f"{len(coder.nlp.vocab.strings):>8} {time.perf_counter() - start:>6.0f}"
        )
    after = [(x, y) for x, y in points if x > WARM_UP]
    first_pass = [(x, y) for x, y in after if x <= len(articles)]
    print(f"RSS slope after {WARM_UP} articles: {slope(after):.1f} MB per 1,000 articles")
    span = f"articles {WARM_UP}-{len(articles)}"
    print(f"RSS slope over the first pass ({span}): {slope(first_pass):.1f} MB per 1,000 articles")


class WorkerMemory:
    """Peak RSS, Pss and private memory of every live pool worker, read after each commit."""

    def __init__(self) -> None:
        self.peak: dict[int, tuple[int, int, int]] = {}

    def __call__(self, progress: BatchProgress) -> None:
        for child in multiprocessing.active_children():
            if child.pid is None:
                continue
            try:
                hwm = proc_kb(child.pid, "VmHWM")
                pss = proc_kb(child.pid, "Pss", "smaps_rollup")
                private = proc_kb(child.pid, "Private_Dirty", "smaps_rollup")
            except (OSError, KeyError):
                continue
            old = self.peak.get(child.pid, (0, 0, 0))
            self.peak[child.pid] = (max(old[0], hwm), max(old[1], pss), max(old[2], private))


def workers(corpus: Path, n: int, count: int) -> None:
    sampler = WorkerMemory()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        store = Path(folder) / "memory.duckdb"
        summary = run_batch([corpus], store, workers=count, limit=n, progress=sampler)
        seconds = time.perf_counter() - start
    print(f"run_batch, {count} workers: {summary.coded} articles in {seconds:.0f} s")
    for pid, (hwm, pss, private) in sampler.peak.items():
        print(
            f"  worker {pid}: peak RSS {hwm / 1024:.0f} MB, Pss {pss / 1024:.0f} MB, "
            f"private dirty {private / 1024:.0f} MB"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to code in one process (0: skip)")
    parser.add_argument("--every", type=int, default=96, help="articles between two samples")
    parser.add_argument("--no-trim", action="store_true", help="code chunks without returning freed memory")
    parser.add_argument("--novel", action="store_true", help="rename names and numbers on every later pass")
    parser.add_argument("--workers", type=int, default=0, help="also measure N batch workers")
    parser.add_argument("--batch-n", type=int, default=400, help="articles for the batch workers")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    if args.n:
        one_process(args.corpus, args.n, args.every, not args.no_trim, args.novel)
    if args.workers:
        workers(args.corpus, args.batch_n, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
