"""Score the coder on wire gold (``eventwire eval ../shared/gold/wire-dev.jsonl``).

The rule is the one in ``../shared/gold/ANNOTATION.md`` ("How it is scored"): every article is coded
whole with its publication date; a coded event belongs to the gold sentence its own sentence overlaps
most (:func:`eventwire.evaluate.wirematch.best_sentence`); only asserted and planned events count on
either side; recall is over core gold events, precision over coded events matching any gold event of
their sentence. Figures are kept per look/check half (:mod:`eventwire.evaluate.split`); errors are
collected for the look half only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.evaluate.split import PARTS, Part, PartChoice, in_part, part_of, parts_shown
from eventwire.evaluate.wiregold import COUNTED, GoldSentence, load_corpus, load_wire_gold
from eventwire.evaluate.wirematch import Candidate, best_sentence, from_event, gold_label, matches, words
from eventwire.models import Event


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def prf(tp_pred: int, pred: int, tp_gold: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from matched/total predictions and matched/total gold items."""
    precision, recall = _ratio(tp_pred, pred), _ratio(tp_gold, gold)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass
class WireCounts:
    """Counts behind every wire figure; add them up over sentences, articles and halves."""

    articles: int = 0
    sentences: int = 0
    system: int = 0
    system_ok: int = 0
    system_type_ok: int = 0
    core: int = 0
    core_ok: int = 0
    core_type_ok: int = 0
    sector_total: int = 0
    sector_ok: int = 0
    date_total: int = 0
    date_ok: int = 0
    empty: int = 0
    clean_empty: int = 0
    falsehoods: int = 0

    def add(self, other: WireCounts) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "system_events": self.system,
            "core_gold_events": self.core,
            "triple": prf(self.system_ok, self.system, self.core_ok, self.core),
            "type": prf(self.system_type_ok, self.system, self.core_type_ok, self.core),
            "source_sector_accuracy": _ratio(self.sector_ok, self.sector_total),
            "source_sector_scored": self.sector_total,
            "date_accuracy": _ratio(self.date_ok, self.date_total),
            "date_scored": self.date_total,
            "clean_empty_sentences": {
                "clean": self.clean_empty,
                "empty": self.empty,
                "ratio": _ratio(self.clean_empty, self.empty),
            },
            "asserted_falsehoods": self.falsehoods,
        }


@dataclass
class Scored:
    """One sentence's or article's counts, and its errors."""

    counts: WireCounts = field(default_factory=WireCounts)
    missed: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Scored) -> None:
        self.counts.add(other.counts)
        self.missed.extend(other.missed)
        self.false_positives.extend(other.false_positives)


def _where(gold: GoldSentence) -> dict[str, Any]:
    return {"article": gold.article, "title": gold.title, "s": gold.s, "sentence": gold.sentence}


def _score_system(gold: GoldSentence, candidates: list[Candidate], scored: Scored) -> None:
    counted = [g for g in gold.events if g.counted]
    other = [g for g in gold.events if not g.counted]
    for cand in candidates:
        ok = any(matches(cand, g) for g in counted)
        type_ok = any(matches(cand, g, type_only=True) for g in counted)
        scored.counts.system += 1
        scored.counts.system_ok += ok
        scored.counts.system_type_ok += type_ok
        if ok:
            continue
        scored.counts.falsehoods += cand.factuality == "asserted" and any(matches(cand, g) for g in other)
        scored.false_positives.append(
            {
                **_where(gold),
                "system": cand.label,
                "gold": [gold_label(g) for g in gold.events],
                "type_ok": type_ok,
            }
        )


def _score_gold(gold: GoldSentence, candidates: list[Candidate], scored: Scored) -> None:
    counts = scored.counts
    for event in (g for g in gold.events if g.counted and g.core):
        hits = [c for c in candidates if matches(c, event)]
        type_ok = any(matches(c, event, type_only=True) for c in candidates)
        counts.core += 1
        counts.core_ok += bool(hits)
        counts.core_type_ok += type_ok
        if not hits:
            scored.missed.append(
                {**_where(gold), "gold": gold_label(event), "system": [c.label for c in candidates],
                 "type_found": type_ok}
            )  # fmt: skip
            continue
        sectors = {a.sector for a in event.src if a.sector}
        if sectors:
            counts.sector_total += 1
            counts.sector_ok += any(c.src_sectors & sectors for c in hits)
        if event.date:
            counts.date_total += 1
            counts.date_ok += any(c.date == event.date for c in hits)


def score_sentence(gold: GoldSentence, candidates: Sequence[Candidate]) -> Scored:
    """Compare the candidates that belong to one gold sentence with its annotations."""
    counted = [c for c in candidates if c.factuality in COUNTED]
    scored = Scored()
    scored.counts.sentences = 1
    if not gold.events:
        scored.counts.empty = 1
        scored.counts.clean_empty = int(not counted)
    _score_system(gold, counted, scored)
    _score_gold(gold, counted, scored)
    return scored


def score_article(sentences: Sequence[GoldSentence], events: Sequence[Event]) -> Scored:
    """Score one article: each coded event goes to its best-overlapping gold sentence (or nowhere)."""
    gold_words = [words(g.sentence) for g in sentences]
    assigned: list[list[Candidate]] = [[] for _ in sentences]
    for event in events:
        index = best_sentence(event.sentence, gold_words)
        if index is not None:
            assigned[index].append(from_event(event))
    scored = Scored()
    scored.counts.articles = 1
    for gold, candidates in zip(sentences, assigned, strict=True):
        scored.add(score_sentence(gold, candidates))
    return scored


def group_articles(gold: Sequence[GoldSentence]) -> dict[str, list[GoldSentence]]:
    """Gold sentences grouped by article id, in file order."""
    articles: dict[str, list[GoldSentence]] = {}
    for sentence in gold:
        articles.setdefault(sentence.article, []).append(sentence)
    return articles


def worst_first(scored: Scored) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Missed core events (those whose type was not found at all first) and false positives (wrong
    type first)."""
    missed = sorted(scored.missed, key=lambda e: e["type_found"])
    false_positives = sorted(scored.false_positives, key=lambda e: e["type_ok"])
    return missed, false_positives


def report(parts: dict[Part, Scored], part: PartChoice) -> dict[str, Any]:
    """The JSON report: figures per shown half (and all), errors of the look half only."""
    total = WireCounts()
    for scored in parts.values():
        total.add(scored.counts)
    figures = {p: (total if p == "all" else parts[p].counts).as_dict() for p in parts_shown(part)}
    missed, false_positives = worst_first(parts["look"])
    return {"part": part, "parts": figures, "missed": missed, "false_positives": false_positives}


def evaluate_wire(path: Path, corpus: Path, coder: Any, part: PartChoice = "all") -> dict[str, Any]:
    """Code the articles of wire gold file ``path`` (texts from ``corpus``) with ``coder`` (an
    :class:`eventwire.Coder`, one ``code_articles`` call) and score them."""
    texts = load_corpus(corpus)
    articles = {k: v for k, v in group_articles(load_wire_gold(path)).items() if in_part(k, part)}
    missing = [s[0].title for s in articles.values() if s[0].title not in texts]
    if missing:
        raise InputError(f"{len(missing)} gold article(s) not in {corpus}, e.g. {missing[0]!r}")
    inputs = [
        coder.article(texts[s[0].title][0], s[0].date or texts[s[0].title][1], s[0].title, key)
        for key, s in articles.items()
    ]
    parts: dict[Part, Scored] = {p: Scored() for p in PARTS}
    for (key, sentences), (_, events) in zip(articles.items(), coder.code_articles(inputs), strict=True):
        scored = score_article(sentences, events)
        half = part_of(key)
        parts[half].add(scored if half == "look" else Scored(scored.counts))
    result = report(parts, part)
    result.update(gold=str(path), corpus=str(corpus))
    return result
