"""Is coding cost linear in article length? Codes generated documents of growing size.

    nice -n 5 .venv/bin/python benchmarks/linearity.py [--sizes 1000 2000 4000 8000] [--profile]

Each document is N short generated sentences (countries, verbs and places drawn with a fixed seed,
so every run codes the same text). It prints, per size, the seconds and the seconds per 1,000
sentences (model loading excluded), then the ratio of the largest to the smallest per-1k figure:
linear cost keeps it near 1 (the check is ``ratio <= 1.5``; exit status 1 when it fails).
``--profile`` prints the functions where the largest document spends its time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time

from eventwire import Coder
from eventwire.settings import Settings

COUNTRIES = ("Peru", "Chile", "Bolivia", "Kenya", "Ghana", "Norway", "Japan", "Egypt", "Mexico", "India")
VERBS = ("met", "criticized", "thanked", "accused", "visited", "praised", "threatened", "warned")
PLACES = ("Lima", "Nairobi", "Oslo", "Cairo", "Tokyo", "Accra")
MAX_RATIO = 1.5


TEMPLATES = (
    "{a} {verb} {b} in {place}.",
    "The {a} Foreign Ministry {verb} {b} on Tuesday, officials said.",
    "{a}'s president {verb} the {b} Defence Ministry near {place}, Reuters reported.",
)


def document(sentences: int, seed: int = 7) -> str:
    """``sentences`` short sentences such as "Peru criticized Chile in Oslo."."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        source, target = rng.sample(COUNTRIES, 2)
        template = rng.choice(TEMPLATES)
        out.append(template.format(a=source, b=target, verb=rng.choice(VERBS), place=rng.choice(PLACES)))
    return " ".join(out)


def time_one(coder: Coder, text: str) -> float:
    article = coder.article(text, date="2024-03-14")
    started = time.perf_counter()
    coder.code_article(article)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    coder = Coder(Settings.make(max_article_chars=1_000_000))
    coder.nlp.max_length = 2_000_000
    time_one(coder, document(50))  # warm up lazy data
    per_k = []
    for size in args.sizes:
        text = document(size)
        seconds = time_one(coder, text)
        per_k.append(seconds / size * 1000)
        print(
            f"{size:>6} sentences  {len(text):>8} chars  {seconds:7.2f} s  "
            f"{per_k[-1]:6.2f} s per 1k sentences"
        )
    ratio = max(per_k) / min(per_k)
    verdict = "linear" if ratio <= MAX_RATIO else "NOT linear"
    print(f"largest/smallest seconds per 1k sentences: {ratio:.2f} ({verdict}; limit {MAX_RATIO})")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(time_one, coder, document(max(args.sizes)))
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
