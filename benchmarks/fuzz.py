"""Fuzz the coder with seeded random inputs and check every property of its output.

    nice -n 10 .venv/bin/python benchmarks/fuzz.py --count 10000 [--seed 9] [--show 5]

Each input is drawn from one of several generators (random Unicode text, random bytes, sentence-like
word salad, wire copy with noise and CRLF line endings, HTML, and text with overlong sentences). Each
goes through the same path as the library: ``prepare_article`` (with the default limits, or small
ones for the overlong kind) and ``Coder.code_article``. The properties, as in tests/test_fuzz.py:

- only :class:`eventwire.errors.InputError` may be raised, and only while validating the input;
- every event validates against the shipped JSON Schema;
- event type and factuality are in range; sentence and trigger spans lie inside the article text, the
  trigger span inside the sentence span, and the trigger span's text is the trigger.

It prints how many inputs of each kind were coded or rejected and every failure (input and traceback),
and exits with status 1 when any property failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable

from eventwire.coder import Coder
from eventwire.errors import InputError
from eventwire.ingest import prepare_article
from eventwire.models import EVENT_TYPES, FACTUALITY, Article, Event
from eventwire.schema import validate_event

_WORD_TEXT = """
Mexico Russia Chile U.S. Trump Pena Nieto rebels police the army ministry sources said attacked met denied
did not will may if talks sanctions on with by against and to threatened send troops imposed held visited
accused protest Tuesday next week in May Lima , . ? ; : " ' ( ) - Israeli strikes Gaza according CNN
expected plans agreement signed Peru's president Beijing Kyiv NATO U.N. refugees ceasefire 2017 last year
on Monday officials told Reuters would could reportedly
"""
WORDS = tuple(_WORD_TEXT.split())
Generator = Callable[[random.Random], str | bytes]


def _unicode(rng: random.Random) -> str:
    ranges = ((0, 0x7F), (0x80, 0x24F), (0x370, 0x4FF), (0x600, 0x6FF), (0x3000, 0x30FF), (0x4E00, 0x4FFF))
    chars = []
    for _ in range(rng.randint(0, 400)):
        low, high = rng.choice(ranges)
        chars.append(chr(rng.randint(low, high)))
    return "".join(chars)


def _bytes(rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300)))


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))


def _salad(rng: random.Random) -> str:
    return ". ".join(_sentence(rng) for _ in range(rng.randint(1, 6)))


def _wire(rng: random.Random) -> str:
    noise = _unicode(rng)[: rng.randint(0, 30)]
    return f"MEXICO CITY (Reuters) - {_sentence(rng)}{noise}\r\n{_sentence(rng)}."


def _html(rng: random.Random) -> str:
    paragraphs = "".join(f"<p>{_sentence(rng)}.</p>" for _ in range(rng.randint(1, 4)))
    return f"<html><head><script>var x = '{_sentence(rng)}';</script></head><body>{paragraphs}</body></html>"


def _overlong(rng: random.Random) -> str:
    return _salad(rng) + ". " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(50, 400)))


KINDS: dict[str, Generator] = {
    "unicode": _unicode,
    "bytes": _bytes,
    "salad": _salad,
    "wire": _wire,
    "html": _html,
    "overlong": _overlong,
}


def check_events(article: Article, events: list[Event]) -> None:
    """Raise AssertionError (or SchemaError) when an event breaks a property."""
    for event in events:
        validate_event(event.model_dump(mode="json"))
        assert event.event_type in EVENT_TYPES, event.event_type
        assert event.factuality in FACTUALITY, event.factuality
        assert 0 <= event.span[0] < event.span[1] <= len(article.text), event.span
        assert event.span[0] <= event.trigger_span[0] < event.trigger_span[1] <= event.span[1]
        assert article.text[event.trigger_span[0] : event.trigger_span[1]] == event.trigger
        assert event.article_id == article.id


def run_one(coder: Coder, kind: str, value: str | bytes) -> str:
    """``coded`` or ``rejected``; anything else raised is a failure for the caller to report."""
    limits = (400, 100) if kind == "overlong" else (coder.settings.max_article_chars, None)
    try:
        article, _ = prepare_article(
            value, date="2020-03-04", max_chars=limits[0], max_sentence_chars=limits[1]
        )
    except InputError:
        return "rejected"
    check_events(article, coder.code_article(article))
    return "coded"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="number of random inputs")
    parser.add_argument("--seed", type=int, default=9, help="random seed (the run is reproducible)")
    parser.add_argument("--show", type=int, default=5, help="failures to print in full")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    coder = Coder()
    outcomes: Counter[tuple[str, str]] = Counter()
    failures: list[tuple[str, str | bytes, str]] = []
    started = time.monotonic()
    for _ in range(args.count):
        kind = rng.choice(list(KINDS))
        value = KINDS[kind](rng)
        try:
            outcomes[(kind, run_one(coder, kind, value))] += 1
        except Exception:
            outcomes[(kind, "FAILED")] += 1
            failures.append((kind, value, traceback.format_exc()))
    elapsed = time.monotonic() - started
    print(f"{args.count} inputs, seed {args.seed}, {elapsed:.0f} s, {len(failures)} failures")
    for kind in KINDS:
        counts = ", ".join(f"{o} {n}" for (k, o), n in sorted(outcomes.items()) if k == kind)
        print(f"  {kind:9} {counts}")
    for kind, value, trace in failures[: args.show]:
        print(f"\n--- {kind}: {value!r}\n{trace}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
