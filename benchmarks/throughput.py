"""Throughput of eventwire against raw spaCy on the Reuters sample, in one run.

    python benchmarks/throughput.py --n 200 [--workers N] [--profile]

Reads N articles of ../shared/corpus/reuters-2016-2017-sample.csv, then times (model loading excluded):

1. raw spaCy: ``nlp.pipe(texts)`` with the project's model and batch size;
2. eventwire: ``Coder.code_articles(articles)`` in this process;
3. with ``--workers N`` > 1, also spaCy with ``n_process=N`` and ``run_batch`` with N worker processes
   into a temporary store (reading, coding, committing: the whole batch path).

It prints articles/s, words/s, peak RSS (this process, and the largest worker process) and the ratio
eventwire/spaCy. ``--profile`` adds the functions where eventwire spends its time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from eventwire import Coder
from eventwire.ingest import make_article
from eventwire.ingest.readers import SourceRecord, iter_records
from eventwire.models import Article
from eventwire.settings import Settings
from eventwire.store import run_batch

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


def timed(label: str, run: Callable[[], object], n: int, words: int) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {n / seconds:8.1f} articles/s {words / seconds:10.0f} words/s  ({seconds:.1f} s)")
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
        with tempfile.TemporaryDirectory() as tmp:
            store = Path(tmp) / "bench.duckdb"

            def batch() -> None:
                run_batch([args.corpus], store, settings, workers=k, limit=args.n)

            batch_k = timed(f"eventwire run_batch (workers={k})", batch, n, words)
        print(f"peak RSS, largest worker: {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")
        print(
            f"ratio eventwire/spaCy ({k} processes, batch incl. start-up and store): {batch_k / spacy_k:.2f}"
        )

    if args.profile:
        profile_coder(coder, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
