"""The repo's stand-off gold (gold/): well-formed, free of article text, and rebuildable from ../shared."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.actors.codes import SECTORS
from eventwire.evaluate.standoff import rebuild, sentence_model
from eventwire.models import EVENT_TYPES

GOLD = Path(__file__).resolve().parents[2] / "gold"
# claims: test_claims_eval.py; stories (the project's own texts, full records): test_stories_gold.py
FILES = sorted(p for p in GOLD.glob("*/*.jsonl") if p.parent.name not in ("claims", "stories"))
FACTUALITY = {"asserted", "negated", "denied", "planned", "hypothetical"}
EVENT_KEYS = {"type", "src", "tgt", "factuality", "core", "trigger_spans", "date"}
SECTOR_CODES = SECTORS | {"ELI", "SPY"}


def _lines(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _check_actor(actor: dict, where: str) -> None:  # type: ignore[type-arg]
    country = actor.get("country")
    assert country is None or re.fullmatch(r"[A-Z]{3}", country), f"{where}: country {country!r}"
    assert actor.get("sector") is None or actor["sector"] in SECTOR_CODES, f"{where}: {actor}"


def test_gold_sets_exist() -> None:
    assert {p.parent.name for p in FILES} >= {"wire-extra", "wire-later", "agreement", "agreement-later"}
    assert sum(len(_lines(p)) for p in FILES if p.parent.name == "wire-extra") >= 2000
    assert sum(len(_lines(p)) for p in FILES if p.parent.name == "wire-later") >= 3000


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lines_are_stand_off_and_valid(path: Path) -> None:
    for number, line in enumerate(_lines(path), 1):
        where = f"{path.name}:{number}"
        assert set(line) == {"article", "title", "date", "s", "sha1", "events"}, where
        assert re.fullmatch(r"[0-9a-f]{40}", line["sha1"]) and line["s"] >= 0, where
        for event in line["events"]:
            assert set(event) == EVENT_KEYS, f"{where}: {sorted(event)}"
            assert event["type"] and set(event["type"]) <= set(EVENT_TYPES), where
            assert event["factuality"] in FACTUALITY, where
            for side in ("src", "tgt"):
                for actor in event[side] or []:
                    _check_actor(actor, where)


@pytest.mark.model
def test_a_sample_rebuilds_from_the_shared_corpus(shared_dir: Path, tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl"
    lines = FILES[0].read_text(encoding="utf-8").splitlines()[:40]
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = rebuild(sample, shared_dir / "corpus" / "reuters-2016-2017-sample.csv", sentence_model())
    assert result.unmatched == [] and len(result.records) == 40
    assert all(r["sentence"] for r in result.records)
