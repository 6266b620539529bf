"""Read the wire gold format (one JSON object per sentence) and the corpus its articles come from.

The format and the scoring rule are described in ``../shared/gold/ANNOTATION.md``; stand-off files
(no sentence text, a ``sha1`` instead) are turned into this format by :mod:`eventwire.evaluate.standoff`.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.readers import read_jsonl

DEFAULT_CORPUS = Path("corpus") / "reuters-2016-2017-sample.csv"
COUNTED = frozenset({"asserted", "planned"})


@dataclass(frozen=True)
class GoldActor:
    country: str | None = None
    sector: str | None = None
    org: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    types: tuple[str, ...]
    src: tuple[GoldActor, ...]
    tgt: tuple[GoldActor, ...]
    factuality: str = "asserted"
    core: bool = True
    trigger: str = ""
    date: str | None = None

    @property
    def counted(self) -> bool:
        """Only asserted and planned events are scored."""
        return self.factuality in COUNTED


@dataclass(frozen=True)
class GoldSentence:
    article: str
    title: str
    date: str | None
    s: int
    sentence: str
    events: tuple[GoldEvent, ...]


def is_wire_gold(path: Path) -> bool:
    """True for a JSON Lines file whose first line is a wire gold sentence record."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = json.loads(handle.readline() or "null")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(first, dict) and "events" in first and ("sentence" in first or "sha1" in first)


def _actors(raw: Any) -> tuple[GoldActor, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        GoldActor(a.get("country"), a.get("sector"), a.get("org")) for a in raw if isinstance(a, dict)
    )


def gold_event(raw: dict[str, Any]) -> GoldEvent:
    """One annotated event; ``type`` may be a list of acceptable types or a single one."""
    types = raw.get("type") or []
    return GoldEvent(
        types=tuple(str(t).upper() for t in ([types] if isinstance(types, str) else types)),
        src=_actors(raw.get("src")),
        tgt=_actors(raw.get("tgt")),
        factuality=str(raw.get("factuality") or "asserted"),
        core=bool(raw.get("core", True)),
        trigger=str(raw.get("trigger") or ""),
        date=raw.get("date"),
    )


def gold_sentence(raw: dict[str, Any], where: str) -> GoldSentence:
    """One full wire gold record; a missing field is an InputError naming ``where``."""
    missing = [k for k in ("title", "s", "sentence", "events") if k not in raw]
    if missing:
        raise InputError(f"{where}: wire gold record lacks {', '.join(missing)}")
    events = raw["events"] if isinstance(raw["events"], list) else []
    return GoldSentence(
        article=str(raw.get("article") or raw["title"]),
        title=str(raw["title"]),
        date=raw.get("date"),
        s=int(raw["s"]),
        sentence=str(raw["sentence"]),
        events=tuple(gold_event(e) for e in events if isinstance(e, dict)),
    )


def load_wire_gold(path: Path) -> list[GoldSentence]:
    """Every sentence record of a wire gold file (with sentence text)."""
    return [gold_sentence(raw, f"{path}:{i}") for i, raw in enumerate(read_jsonl(path), 1)]


def default_corpus(gold: Path) -> Path:
    """The corpus beside the gold's folder: ``GOLD/../../corpus/reuters-2016-2017-sample.csv``."""
    return gold.resolve().parent.parent / DEFAULT_CORPUS


def load_corpus(path: Path) -> dict[str, tuple[str, str]]:
    """title -> (text, date) of a corpus CSV (columns ``title,text,date``); the first row with text wins."""
    if not path.is_file():
        raise InputError(f"corpus not found: {path} (give the articles' CSV with --corpus)")
    articles: dict[str, tuple[str, str]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                title, text = row.get("title") or "", row.get("text") or ""
                if title not in articles and text.strip():
                    articles[title] = (text, (row.get("date") or "").strip())
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read corpus {path}: {exc}") from None
    return articles
