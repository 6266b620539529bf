"""Inter-annotator agreement between two wire gold files (``eventwire gold agree A B``).

Sentences are paired by article title and sentence hash, so full and stand-off files can be
compared. Reported on the sentences both files cover: agreement on whether a sentence holds any
event (Cohen's kappa), and B scored against A as gold with the scorer's own rule (type and triple
precision/recall/F1: recall over A's core events, precision over B's events).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.standoff import sentence_sha1
from eventwire.evaluate.wire import Scored, prf, score_sentence
from eventwire.evaluate.wiregold import GoldSentence, gold_event
from eventwire.evaluate.wirematch import from_gold
from eventwire.ingest.readers import read_jsonl

Key = tuple[str, str]


def load_annotations(path: Path) -> dict[Key, GoldSentence]:
    """(title, sentence sha1) -> annotated sentence, from a full or a stand-off wire gold file."""
    sentences: dict[Key, GoldSentence] = {}
    for raw in read_jsonl(path):
        title = str(raw.get("title") or "")
        digest = str(raw.get("sha1") or sentence_sha1(str(raw.get("sentence") or "")))
        events = raw.get("events") if isinstance(raw.get("events"), list) else []
        sentences[(title, digest)] = GoldSentence(
            article=str(raw.get("article") or title),
            title=title,
            date=raw.get("date"),
            s=int(raw.get("s") or 0),
            sentence=str(raw.get("sentence") or ""),
            events=tuple(gold_event(e) for e in events or [] if isinstance(e, dict)),
        )
    return sentences


def cohen_kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no labellings (1.0 when both are constant and equal)."""
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a, yes_b = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return round((observed - expected) / (1 - expected), 4) if expected < 1 else 1.0


def agreement(path_a: Path, path_b: Path) -> dict[str, Any]:
    """Agreement of annotator B with annotator A (taken as gold) on the sentences both cover."""
    a, b = load_annotations(path_a), load_annotations(path_b)
    shared = [key for key in a if key in b]
    pairs = [(bool(a[key].events), bool(b[key].events)) for key in shared]
    scored = Scored()
    for key in shared:
        scored.add(score_sentence(a[key], [from_gold(e) for e in b[key].events]))
    c = scored.counts
    return {
        "sentences_a": len(a),
        "sentences_b": len(b),
        "shared": len(shared),
        "presence": {
            "agree": sum(x == y for x, y in pairs),
            "a_only": sum(x and not y for x, y in pairs),
            "b_only": sum(y and not x for x, y in pairs),
            "kappa": cohen_kappa(pairs),
        },
        "type": prf(c.system_type_ok, c.system, c.core_type_ok, c.core),
        "triple": prf(c.system_ok, c.system, c.core_ok, c.core),
    }
