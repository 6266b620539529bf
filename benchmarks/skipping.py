"""Skipping sentences (``Settings.skip_sentences``): what it leaves out, and what that costs.

    python benchmarks/skipping.py [GOLD.jsonl ...] [--accuracy]

For each wire gold file (default: ../shared/gold/wire-train.jsonl and wire-dev.jsonl, and
build/gold/wire-extra.jsonl when it has been rebuilt: gold/README.md), runs the cheap first pass
(tok2vec, tagger, senter) on every article and the sentence test of nlp/candidates.py, then prints

- the selection's recall of gold event sentences: the share of gold sentences with an event (and
  with a core event of a counted factuality) of which at least half the characters fall in a run
  of selected sentences;
- the share of sentences and of tokens skipped, over the whole articles;
- the same for a reference test that also keeps every sentence with a verb other than an auxiliary
  (what a selection must keep to find nearly every gold event sentence).

``--accuracy`` also scores wire-dev and the PLOVER records with the option off and on, side by side.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from eventwire.coder import Coder
from eventwire.evaluate.plover import evaluate_plover
from eventwire.evaluate.wire import evaluate_wire, group_articles
from eventwire.evaluate.wiregold import GoldSentence, load_corpus, load_wire_gold
from eventwire.nlp.skim import SKIM, candidate_runs
from eventwire.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "reuters-2016-2017-sample.csv"
GOLD = [
    SHARED / "gold" / "wire-train.jsonl",
    SHARED / "gold" / "wire-dev.jsonl",
    REPO / "build" / "gold" / "wire-extra.jsonl",
]
_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")
_AUXILIARIES = frozenset(
    {
        *("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has"),
        *("had", "having", "'ve", "do", "does", "did", "will", "would", "can", "could", "may", "might"),
        *("shall", "should", "must", "'ll", "'d"),
    }
)
Select = Callable[[Span], bool]


@dataclass
class Tally:
    event_sentences: int = 0
    event_kept: int = 0
    core_sentences: int = 0
    core_kept: int = 0
    not_found: int = 0
    sentences: int = 0
    sentences_skipped: int = 0
    tokens: int = 0
    tokens_skipped: int = 0


def _covered(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in spans)
    return inside * 2 >= end - start


def _cheap_pass(coder: Coder, text: str) -> Any:
    names = coder.nlp.pipe_names
    doc = coder.nlp.make_doc(text)
    for name in names[: names.index(SKIM)]:
        doc = coder.nlp.get_pipe(name)(doc)
    return doc


def with_verbs(select: Select) -> Select:
    """``select``, or any verb that is not an auxiliary (by its tag and word)."""
    return lambda s: select(s) or any(t.tag_.startswith("VB") and t.lower_ not in _AUXILIARIES for t in s)


def tally_article(coder: Coder, select: Select, text: str, gold: list[GoldSentence], tally: Tally) -> None:
    """Add one article's selection to ``tally`` (the text as the coder reads it: lone newlines are spaces)."""
    doc = _cheap_pass(coder, _LONE_NEWLINE.sub(" ", text))
    sents = list(doc.sents)
    runs = candidate_runs(sents, select)
    spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in runs]
    tally.sentences += len(sents)
    tally.sentences_skipped += sum(1 for s in sents if not any(a <= s.start < b for a, b in runs))
    tally.tokens += len(doc)
    tally.tokens_skipped += len(doc) - sum(b - a for a, b in runs)
    cursor = 0
    for sentence in gold:
        if not sentence.events:
            continue
        wanted = _LONE_NEWLINE.sub(" ", sentence.sentence)
        start = doc.text.find(wanted, cursor)
        if start < 0:
            tally.not_found += 1
            continue
        cursor = start
        kept = _covered(start, start + len(wanted), spans)
        tally.event_sentences += 1
        tally.event_kept += kept
        if any(g.counted and g.core for g in sentence.events):
            tally.core_sentences += 1
            tally.core_kept += kept


def selection(path: Path, coder: Coder, select: Select) -> Tally:
    texts = load_corpus(CORPUS)
    tally = Tally()
    for sentences in group_articles(load_wire_gold(path)).values():
        tally_article(coder, select, texts[sentences[0].title][0], sentences, tally)
    return tally


def _print_selection(label: str, t: Tally) -> None:
    print(
        f"{label}: recall of gold event sentences {t.event_kept}/{t.event_sentences} = "
        f"{t.event_kept / max(t.event_sentences, 1):.3f} (core, counted: {t.core_kept}/{t.core_sentences} = "
        f"{t.core_kept / max(t.core_sentences, 1):.3f}; {t.not_found} not found in the text); skipped "
        f"{t.sentences_skipped}/{t.sentences} sentences = {t.sentences_skipped / max(t.sentences, 1):.1%}, "
        f"{t.tokens_skipped}/{t.tokens} tokens = {t.tokens_skipped / max(t.tokens, 1):.1%}"
    )


def _flat(figures: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in figures.items():
        if isinstance(value, dict) and key != "confusion":
            out.update(_flat(value, f"{prefix}{key}."))
        elif key != "confusion":
            out[f"{prefix}{key}"] = value
    return out


def accuracy(off: Coder, on: Coder) -> None:
    wire, plover = SHARED / "gold" / "wire-dev.jsonl", SHARED / "gold" / "plover-gsr-dev.json"
    pairs = [
        (
            "wire-dev",
            evaluate_wire(wire, CORPUS, off)["parts"]["all"],
            evaluate_wire(wire, CORPUS, on)["parts"]["all"],
        ),
        (
            "plover-gsr-dev",
            evaluate_plover(plover, off)["all"].as_dict(),
            evaluate_plover(plover, on)["all"].as_dict(),
        ),
    ]
    for name, before, after in pairs:
        a, b = _flat(before), _flat(after)
        changed = [k for k in a if a[k] != b.get(k)]
        print(f"{name}: {len(changed)} of {len(a)} figures differ (skip_sentences off -> on)")
        for key in changed:
            print(f"  {key}: {a[key]} -> {b[key]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="wire gold JSONL files")
    parser.add_argument("--accuracy", action="store_true", help="also score with the option off and on")
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    on = Coder(Settings.make(skip_sentences=True))
    lexicon: Select = on.nlp.get_pipe(SKIM).select  # type: ignore[attr-defined]
    for path in args.gold or [g for g in GOLD if g.is_file()]:
        _print_selection(f"{path.name}, lexicon test", selection(path, on, lexicon))
        _print_selection(f"{path.name}, reference (+ verbs)", selection(path, on, with_verbs(lexicon)))
    if args.accuracy:
        accuracy(Coder(Settings.make(skip_sentences=False)), on)
    return 0


if __name__ == "__main__":
    sys.exit(main())
