"""Measure actor resolution on the PLOVER gold records (given argument spans).

For each gold source/target actor, the gold ``actorText`` is located in the sentence, the
syntactic head of that span is resolved, and the first actor's country is compared with the
gold code (gold "IGO" matches any actor whose sector is IGO). The records' ``date`` field is a
uniform placeholder (2000-01-01), so people are resolved without an article date.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.actors.memory import ArticleMemory
from eventwire.actors.resolver import ActorResolver
from eventwire.errors import DataFileError
from eventwire.models import Actor


def evaluate_actor_resolution(
    gold_path: Path, nlp: Language, resolver: ActorResolver | None = None
) -> dict[str, Any]:
    """Counts and accuracies: source/target country, overall country, sector where gold has one."""
    try:
        records = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"gold file {gold_path} cannot be read: {exc}") from None
    resolver = resolver or ActorResolver()
    resolver.initialize()
    tally: dict[str, list[int]] = {"source": [0, 0], "target": [0, 0], "sector": [0, 0]}
    misses: list[dict[str, Any]] = []
    for record in records:
        doc = nlp(record["text"])
        memory = ArticleMemory()
        for role in ("source", "target"):
            for gold in _gold_actors(record.get(role)):
                span = _find(doc, gold["actorText"])
                actors = resolver.resolve(span.root, None, memory) if span is not None else []
                first = actors[0] if actors else None
                ok = _country_ok(first, gold["code"])
                tally[role][0] += ok
                tally[role][1] += 1
                if not ok:
                    misses.append({"text": gold["actorText"], "gold": gold["code"], "got": _show(first)})
                sector = str(gold.get("sector") or "")
                if sector[:3].isalpha() and sector[:3].isupper():
                    tally["sector"][0] += bool(first and first.sector == sector[:3])
                    tally["sector"][1] += 1
    return _summary(len(records), tally, misses)


def _gold_actors(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [a for a in value if isinstance(a, dict) and a.get("actorText") and a.get("code")]


def _find(doc: Doc, actor_text: str) -> Span | None:
    """The span of ``actor_text`` in the sentence ("U.S. ... negotiators" spans both parts)."""
    parts = [p for p in re.split(r"\s*(?:\.\.\.?|\u2026)\s*", actor_text) if p.strip(" .()")]
    if not parts:
        return None
    first = re.search(_pattern(parts[0]), doc.text, re.IGNORECASE)
    if first is None:
        return None
    end = first.end()
    if len(parts) > 1:
        last = re.compile(_pattern(parts[-1]), re.IGNORECASE).search(doc.text, first.end())
        end = last.end() if last else end
    return doc.char_span(first.start(), end, alignment_mode="expand")


def _pattern(text: str) -> str:
    """Whole-word, whitespace-tolerant pattern ("US" must not match inside "must")."""
    body = r"\s*".join(re.escape(word) for word in text.split())
    return rf"(?<!\w){body}(?!\w)"


def _country_ok(actor: Actor | None, code: str) -> bool:
    if actor is None:
        return False
    if code == "IGO":
        return actor.sector == "IGO"
    return actor.country == code


def _show(actor: Actor | None) -> str | None:
    return None if actor is None else f"{actor.country or '-'} {actor.sector or '-'} {actor.code or '-'}"


def _summary(n: int, tally: dict[str, list[int]], misses: list[dict[str, Any]]) -> dict[str, Any]:
    def acc(pair: list[int]) -> float:
        return pair[0] / pair[1] if pair[1] else 0.0

    both = [tally["source"][0] + tally["target"][0], tally["source"][1] + tally["target"][1]]
    return {
        "records": n,
        "source_total": tally["source"][1],
        "source_correct": tally["source"][0],
        "source_country_accuracy": acc(tally["source"]),
        "target_total": tally["target"][1],
        "target_correct": tally["target"][0],
        "target_country_accuracy": acc(tally["target"]),
        "country_accuracy": acc(both),
        "sector_total": tally["sector"][1],
        "sector_correct": tally["sector"][0],
        "sector_accuracy": acc(tally["sector"]),
        "misses": misses,
    }
