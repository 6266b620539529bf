"""Score the pipeline against PLOVER gold records (``eventwire eval gold.json``).

Each gold record is one sentence with its event type and source/target actors. The sentence is coded
on its own; the *main* prediction is the most confident event (earliest trigger on ties). Reported:
event-type accuracy, source and target country accuracy, sector accuracy, (type, source country,
target country) triple precision/recall/F1 — for the main event and for all events — a confusion
matrix and the worst errors. Gold records use older PLOVER labels, mapped by ``GOLD_LABEL_MAP``.
Records are split by id into a look and a check half (:mod:`eventwire.evaluate.split`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.evaluate.split import PARTS, PartChoice, in_part, part_of, parts_shown
from eventwire.events.lexicon import GOLD_LABEL_MAP
from eventwire.models import Actor, Event

NONE = "-"


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    event_type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    source_sectors: tuple[str | None, ...]


@dataclass
class PloverReport:
    records: int = 0
    type_correct: int = 0
    source_correct: int = 0
    target_correct: int = 0
    sector_total: int = 0
    sector_correct: int = 0
    main_tp: int = 0
    main_pred: int = 0
    all_tp: int = 0
    all_pred: int = 0
    gold_triples: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    def _f1(self, tp: int, pred: int) -> dict[str, float]:
        precision, recall = self._ratio(tp, pred), self._ratio(tp, self.gold_triples)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1}

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "event_type_accuracy": self._ratio(self.type_correct, self.records),
            "source_country_accuracy": self._ratio(self.source_correct, self.records),
            "target_country_accuracy": self._ratio(self.target_correct, self.records),
            "source_sector_accuracy": self._ratio(self.sector_correct, self.sector_total),
            "triple_main": self._f1(self.main_tp, self.main_pred),
            "triple_all_events": self._f1(self.all_tp, self.all_pred),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def _codes(actors: Any) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    if not isinstance(actors, list):
        return (), ()
    codes = tuple(str(a.get("code") or NONE)[:3] for a in actors if isinstance(a, dict))
    sectors = tuple((a.get("sector") or None) for a in actors if isinstance(a, dict))
    return codes, sectors


def load_gold(path: Path) -> list[GoldRecord]:
    """Read PLOVER gold records; a file that is not such a list is a clear :class:`InputError`."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from None
    if not isinstance(raw, list) or not all(
        isinstance(r, dict) and "text" in r and "event" in r for r in raw
    ):
        raise InputError(f"{path} is not a list of PLOVER gold records with 'text' and 'event'")
    records: list[GoldRecord] = []
    for item in raw:
        sources, sectors = _codes(item.get("source"))
        targets, _ = _codes(item.get("target"))
        label = str(item["event"]).upper()
        records.append(
            GoldRecord(
                str(item.get("id") or hashlib.sha1(str(item["text"]).encode("utf-8")).hexdigest()),
                item["text"],
                GOLD_LABEL_MAP.get(label, label),
                sources,
                targets,
                sectors,
            )
        )
    return records


def actor_key(actor: Actor) -> str:
    """The gold's actor code: ISO3 country, or CAMEO's codes for actors without one - IGO for
    intergovernmental and NGO for non-governmental organisations, IMG for a named armed group
    with no country (an international militarized group such as al-Qaeda)."""
    code = actor.code or ""
    if actor.sector == "IGO" or code.startswith("IGO"):
        return "IGO"
    if actor.country:
        return actor.country
    if actor.sector == "NGO" or code.startswith("NGO"):
        return "NGO"
    if actor.sector in ("REB", "RAD") and actor.name:
        return "IMG"
    return NONE


def _triples(event_type: str, sources: Iterable[str], targets: Iterable[str]) -> set[tuple[str, str, str]]:
    target_list = list(targets) or [NONE]
    return {(event_type, s, t) for s in sources for t in target_list}


def main_event(events: list[Event]) -> Event | None:
    return min(events, key=lambda e: (-e.confidence, e.trigger_span[0]), default=None)


def score_record(report: PloverReport, gold: GoldRecord, events: list[Event]) -> None:
    """Add one record's comparison to ``report``."""
    report.records += 1
    main = main_event(events)
    pred_type = main.event_type if main else NONE
    pred_src = [actor_key(a) for a in main.source] if main else []
    pred_tgt = [actor_key(a) for a in main.target] if main else []
    type_ok = pred_type == gold.event_type
    src_ok = bool(set(pred_src) & set(gold.sources)) or (not gold.sources and not pred_src)
    tgt_ok = bool(set(pred_tgt) & set(gold.targets)) or (not gold.targets and not pred_tgt)
    report.type_correct += type_ok
    report.source_correct += src_ok
    report.target_correct += tgt_ok
    report.confusion[(gold.event_type, pred_type)] += 1
    gold_sector = next((s for s in gold.source_sectors if s), None)
    if gold_sector and main:
        report.sector_total += 1
        report.sector_correct += any(a.sector == gold_sector for a in main.source)
    gold_set = _triples(gold.event_type, gold.sources[:1], gold.targets[:1])
    main_set = _triples(pred_type, pred_src[:1], pred_tgt[:1]) if main else set()
    all_set = set().union(
        *(
            _triples(e.event_type, [actor_key(a) for a in e.source][:1], [actor_key(a) for a in e.target][:1])
            for e in events
        )
    )
    report.gold_triples += len(gold_set)
    report.main_tp += len(gold_set & main_set)
    report.main_pred += len(main_set)
    report.all_tp += len(gold_set & all_set)
    report.all_pred += len(all_set)
    if not (type_ok and src_ok and tgt_ok):
        report.errors.append(
            {
                "id": gold.id,
                "text": gold.text,
                "gold": f"{gold.event_type} {gold.sources}->{gold.targets}",
                "predicted": f"{pred_type} {pred_src}->{pred_tgt}",
                "wrong": 3 - type_ok - src_ok - tgt_ok,
            }
        )


def evaluate_plover(path: Path, coder: Any, part: PartChoice = "all") -> dict[str, PloverReport]:
    """Code the gold sentences of ``part`` with ``coder`` (an :class:`eventwire.Coder`) and score them:
    one report per shown half (look, check, all for ``"all"``), errors sorted worst first."""
    gold = [record for record in load_gold(path) if in_part(record.id, part)]
    reports = {name: PloverReport() for name in (*PARTS, "all")}
    articles = [coder.article(record.text, None, None, record.id) for record in gold]
    for record, (_, events) in zip(gold, coder.code_articles(articles), strict=True):
        score_record(reports[part_of(record.id)], record, events)
        score_record(reports["all"], record, events)
    for report in reports.values():
        report.errors.sort(key=lambda e: -e["wrong"])
    return {name: reports[name] for name in parts_shown(part)}
