"""A classifier trained in seconds on sentences written for the tests (used by test_train.py and
test_learned.py; a module of its own, since `conftest` names one module per test session)."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from eventwire.events.train import TrainingOptions, train_sentence_types

SENTENCES = [
    ("The minister condemned the raid.", ["ACCUSE"]),
    ("Officials denounced the rebels for the shelling.", ["ACCUSE"]),
    ("The senator criticised the government.", ["ACCUSE"]),
    ("The two leaders met in the capital.", ["CONSULT"]),
    ("The envoy held talks with the president.", ["CONSULT"]),
    ("The foreign minister visited the neighbouring country.", ["CONSULT"]),
    ("The weather was mild all week.", []),
    ("Shares rose in early trading.", []),
]


def write_gold(path: Path, articles: int = 12) -> Path:
    """Each hand-written sentence in several articles, so both sides of the split have all labels."""
    lines = []
    for n in range(articles):
        for i, (text, types) in enumerate(SENTENCES):
            events = [{"type": [t], "core": True} for t in types]
            lines.append(json.dumps({"article": f"a{n}", "s": i, "sentence": text, "events": events}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def train_tiny(folder: Path) -> Path:
    """Train on the hand-written sentences in ``folder``; the model's folder."""
    gold = write_gold(folder / "gold.jsonl")
    out = folder / "model"
    train_sentence_types([gold], out, TrainingOptions(seed=0, epochs=4, check_share=0.3), spacy.blank("en"))
    return out
