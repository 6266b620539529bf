"""gold/stories: the project's own present-day wire stories and their events (gold/stories/README.md).

Well-formed (every sentence in its story, every trigger in its sentence, valid types, actors and
factuality), and a regression guard on the coder's scores: the figures measured when the set was
added (docs/accuracy.md, "Present-day stories") minus 0.01; a guard, not a target to tune towards.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from eventwire.actors.codes import SECTORS
from eventwire.models import EVENT_TYPES

STORIES = Path(__file__).resolve().parents[2] / "gold" / "stories"
FACTUALITY = {"asserted", "negated", "denied", "planned", "hypothetical"}
# (triple F1, type F1) per half at the end of Session 53 (2026-12-08, set 9 added), minus 0.01
FLOOR = {"look": (0.530, 0.694), "check": (0.523, 0.671)}


def _records() -> list[dict]:  # type: ignore[type-arg]
    lines = (STORIES / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _texts() -> dict[str, str]:
    with (STORIES / "stories.csv").open(encoding="utf-8", newline="") as handle:
        return {row["title"]: row["text"] for row in csv.DictReader(handle)}


def test_every_sentence_is_in_its_story_and_every_trigger_in_its_sentence() -> None:
    records, texts = _records(), _texts()
    assert len(texts) == 90 and len({r["article"] for r in records}) == 90
    for record in records:
        assert record["sentence"] in texts[record["title"]], record["article"]
        for event in record["events"]:
            first = re.split(r"' / '| \.\.\.", event["trigger"])[0].strip("'\"").lower()
            assert first in record["sentence"].lower(), (record["article"], record["s"], event["trigger"])


def test_labels_are_valid() -> None:
    for record in _records():
        for event in record["events"]:
            assert event["type"] and set(event["type"]) <= set(EVENT_TYPES)
            assert event["factuality"] in FACTUALITY and isinstance(event["core"], bool)
            for actor in (event["src"] or []) + (event["tgt"] or []):
                assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"])
                assert actor["sector"] is None or actor["sector"] in SECTORS | {"ELI", "SPY"}


@pytest.fixture(scope="module")
def stories(coder):  # type: ignore[no-untyped-def]
    from eventwire.evaluate.wire import evaluate_wire

    return evaluate_wire(STORIES / "stories.jsonl", STORIES / "stories.csv", coder)


@pytest.mark.model
@pytest.mark.parametrize("part", ["look", "check"])
def test_story_scores_do_not_regress(stories: dict, part: str) -> None:  # type: ignore[type-arg]
    triple_floor, type_floor = FLOOR[part]
    figures = stories["parts"][part]
    assert figures["triple"]["f1"] >= triple_floor
    assert figures["type"]["f1"] >= type_floor
