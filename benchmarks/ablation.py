"""The learned component's ablation: rules alone, the classifier alone, and the two combined.

    python benchmarks/ablation.py [GOLD.jsonl ...] [--plover PLOVER.json] [--json OUT]

Wire gold files default to ../shared/gold/wire-dev.jsonl and build/gold/wire-later.jsonl (when it
has been rebuilt: gold/README.md), the two sets the shipped classifier never saw; the PLOVER records
to ../shared/gold/plover-gsr-dev.json. Each configuration codes every article once:

- **rules alone**: ``Settings(learned=False)``;
- **model alone**: the classifier's own sentence types, no actors (wire: a type with probability
  >= 0.5 counts for precision when some counted gold event of its sentence allows it, recall is over
  core gold events, as the scorer counts types; PLOVER: the most probable type if at least 0.5);
- **rules + propose** (the default), **rules + veto + propose**, **rules + re-type + propose**: the
  blend rules of events/blend.py, thresholds at their defaults.

Wire figures are triple and type P / R / F1 of ``eventwire eval`` on each half; PLOVER figures are
event type accuracy and triple F1 over all events. docs/accuracy.md ("Learned component") keeps
the table.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventwire.coder import Coder
from eventwire.evaluate.plover import evaluate_plover, load_gold
from eventwire.evaluate.split import PARTS, part_of
from eventwire.evaluate.wire import Scored, WireCounts, group_articles, score_article, score_sentence
from eventwire.evaluate.wiregold import GoldSentence, load_corpus, load_wire_gold
from eventwire.evaluate.wirematch import Candidate, best_sentence, words
from eventwire.events.blend import BlendRules
from eventwire.events.learned import LearnedTypesComponent
from eventwire.models import Event
from eventwire.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "reuters-2016-2017-sample.csv"
WIRE = [SHARED / "gold" / "wire-dev.jsonl", REPO / "build" / "gold" / "wire-later.jsonl"]
PLOVER = SHARED / "gold" / "plover-gsr-dev.json"
SURE = 0.5  # the classifier's probability at which "model alone" reports a type
BLENDS = {
    "rules + propose (default)": BlendRules(),
    "rules + veto + propose": BlendRules(veto=True),
    "rules + re-type + propose": BlendRules(retype=True),
}


@dataclass
class WireRun:
    """One configuration's counts on one wire gold file, per half."""

    events: dict[str, Scored] = field(default_factory=lambda: {p: Scored() for p in PARTS})
    model: dict[str, Scored] = field(default_factory=lambda: {p: Scored() for p in PARTS})


def sentence_types(doc: Doc) -> list[tuple[str, list[Candidate]]]:
    """Each scored sentence's text with the types the classifier gives at least ``SURE``, each a
    candidate with no actors, which the wire scorer then counts on its type alone."""
    return [
        (s.text, [_type_only(t) for t, p in sorted(s._.type_scores.items()) if p >= SURE])
        for s in doc.sents
        if s._.type_scores is not None
    ]


def _type_only(plover: str) -> Candidate:
    return Candidate(types=(plover,), factuality="asserted", src=frozenset(), tgt=frozenset(), label=plover)


def coded(
    coder: Coder, texts: dict[str, tuple[str, str]], articles: dict[str, list[GoldSentence]]
) -> Iterator[tuple[str, list[GoldSentence], Doc, list[Event]]]:
    """(article id, its gold sentences, its Doc, its events) for every article, in batches."""
    inputs = [
        coder.article(texts[s[0].title][0], s[0].date or texts[s[0].title][1], s[0].title, key)
        for key, s in articles.items()
    ]
    pairs = ((coder.make_doc(a), a) for a in inputs)
    for doc, article in coder.nlp.pipe(pairs, as_tuples=True, batch_size=coder.settings.batch_size):
        key = article.id
        yield key, articles[key], doc, coder.events_of(doc, article)


def run_wire(coder: Coder, gold: Path, texts: dict[str, tuple[str, str]]) -> WireRun:
    run = WireRun()
    for key, sentences, doc, events in coded(coder, texts, group_articles(load_wire_gold(gold))):
        half = part_of(key)
        run.events[half].add(score_article(sentences, events))
        gold_words = [words(g.sentence) for g in sentences]
        for text, types in sentence_types(doc):
            index = best_sentence(text, gold_words)
            if index is not None:
                run.model[half].add(score_sentence(sentences[index], types))
    return run


def plover_model_alone(coder: Coder, path: Path) -> dict[str, float]:
    """Type accuracy of the classifier's most probable type (at least ``SURE``) per PLOVER record."""
    right = {p: 0 for p in PARTS}
    total = {p: 0 for p in PARTS}
    records = load_gold(path)
    docs = coder.nlp.pipe(coder.make_doc(coder.article(r.text, None, None, r.id)) for r in records)
    for record, doc in zip(records, docs, strict=True):
        scores: dict[str, float] = {}
        for sent in doc.sents:
            for label, p in (sent._.type_scores or {}).items():
                scores[label] = max(p, scores.get(label, 0.0))
        best = max(sorted(scores), key=lambda t: scores[t]) if scores else None
        half = part_of(record.id)
        total[half] += 1
        right[half] += best is not None and scores[best] >= SURE and best == record.event_type
    return {p: round(right[p] / total[p], 4) if total[p] else 0.0 for p in PARTS}


def figures(counts: WireCounts) -> dict[str, Any]:
    d = counts.as_dict()
    return {"triple": d["triple"], "type": d["type"]}


def model_figures(scored: Scored) -> dict[str, Any]:
    return {"type": scored.counts.as_dict()["type"]}


def plover_figures(coder: Coder, path: Path) -> dict[str, Any]:
    reports = {p: r.as_dict() for p, r in evaluate_plover(path, coder).items()}
    return {
        p: {"type_accuracy": reports[p]["event_type_accuracy"], "triple_all": reports[p]["triple_all_events"]}
        for p in PARTS
    }


def measure(wire: list[Path], plover: Path | None) -> dict[str, Any]:
    texts = load_corpus(CORPUS)
    results: dict[str, Any] = {}
    rules = Coder(Settings(learned=False))
    results["rules alone"] = {
        "wire": {
            g.name: {p: figures(s.counts) for p, s in run_wire(rules, g, texts).events.items()} for g in wire
        },
        "plover": plover_figures(rules, plover) if plover else None,
    }
    del rules
    coder = Coder(Settings())
    learned = coder.nlp.get_pipe("eventwire_learned")
    assert isinstance(learned, LearnedTypesComponent)
    for name, blend in BLENDS.items():
        learned.rules = blend
        runs = {g.name: run_wire(coder, g, texts) for g in wire}
        results[name] = {
            "wire": {g: {p: figures(s.counts) for p, s in run.events.items()} for g, run in runs.items()},
            "plover": plover_figures(coder, plover) if plover else None,
        }
        if blend == BlendRules():
            results["model alone"] = {
                "wire": {g: {p: model_figures(s) for p, s in run.model.items()} for g, run in runs.items()},
                "plover": plover_model_alone(coder, plover) if plover else None,
            }
    return results


def _prf(d: dict[str, float]) -> str:
    return f"{d['precision']:.3f} / {d['recall']:.3f} / {d['f1']:.3f}"


def table(results: dict[str, Any]) -> str:
    rows = ["| configuration | gold | half | triple P / R / F1 | type P / R / F1 |", "|---|---|---|---|---|"]
    for name in ("rules alone", "model alone", *BLENDS):
        for gold, halves in results[name]["wire"].items():
            for half, f in halves.items():
                triple = _prf(f["triple"]) if "triple" in f else "-"
                rows.append(f"| {name} | {gold} | {half} | {triple} | {_prf(f['type'])} |")
    if results["rules alone"]["plover"] is None:
        return "\n".join(rows)
    rows += [
        "",
        "| configuration | half | PLOVER type accuracy | PLOVER triple P / R / F1, all events |",
        "|---|---|---|---|",
    ]
    for name in ("rules alone", "model alone", *BLENDS):
        for half in PARTS:
            value = results[name]["plover"][half]
            if isinstance(value, dict):
                rows.append(
                    f"| {name} | {half} | {value['type_accuracy']:.3f} | {_prf(value['triple_all'])} |"
                )
            else:
                rows.append(f"| {name} | {half} | {value:.3f} | - |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="wire gold files (default: wire-dev, wire-later)")
    parser.add_argument("--plover", default=str(PLOVER), help="PLOVER gold records ('' to skip)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    wire = args.gold or [g for g in WIRE if g.exists()]
    plover = Path(args.plover) if args.plover and Path(args.plover).is_file() else None
    results = measure(wire, plover)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
