"""Regression guard: wire-dev scores of each half must not drop below what the coder reached.

The thresholds are the figures measured when this guard was written minus 0.01 (docs/accuracy.md);
a guard, not a target to tune towards. Runs in the default test run (about half a minute).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

# (triple F1, type F1) per half, measured minus 0.01 (2026-12-03, session 13: 0.486/0.606 look,
# 0.462/0.559 check; raised where session 17 measured more: 0.484/0.611 look, 0.478/0.571 check;
# session 18: check triple 0.483; session 20: look triple 0.469, one event of the look half losing
# its target to Mali once a country the model tags as a person counts as named, docs/accuracy.md;
# session 21: check type 0.576, legislative hearings coded as testimony; session 22: check 0.485 /
# 0.577, acts named as the object of planning not asserted, phone calls "with" someone; session 23:
# check 0.487 / 0.580, a news conference no meeting unless held with someone; session 25: check
# 0.498 / 0.590, "is expected to" planned as ANNOTATION.md codes it; session 26: check 0.500 / 0.594,
# a rule broken by someone else's account is that speaker's charge; session 32: look 0.486 / 0.625,
# check 0.501 / 0.585, clauses the main clause does not reach and a state's "protest" as criticism;
# session 33: check 0.511 / 0.595, the classifier's proposals on verbs the lexicon knows only in
# other types; session 37: check 0.514 / 0.598, a warning a threat only to whom it is given or on a
# condition; session 41: check 0.524 / 0.608, a verb that dares or pushes someone to act demands it)
FLOOR = {"look": (0.486, 0.625), "check": (0.524, 0.608)}
# asserted falsehoods per half, as measured: none may be added (check: 1 until session 22)
MOST_FALSEHOODS = {"look": 0, "check": 0}


@pytest.fixture(scope="module")
def wire_dev(shared_dir: Path, coder):  # type: ignore[no-untyped-def]
    from eventwire.evaluate.wire import evaluate_wire

    gold = shared_dir / "gold" / "wire-dev.jsonl"
    return evaluate_wire(gold, shared_dir / "corpus" / "reuters-2016-2017-sample.csv", coder)


@pytest.mark.parametrize("part", ["look", "check"])
def test_wire_dev_scores_do_not_regress(wire_dev: dict, part: str) -> None:  # type: ignore[type-arg]
    figures = wire_dev["parts"][part]
    triple_floor, type_floor = FLOOR[part]
    assert figures["triple"]["f1"] >= triple_floor
    assert figures["type"]["f1"] >= type_floor
    assert figures["asserted_falsehoods"] <= MOST_FALSEHOODS[part]


def test_wire_dev_covers_every_article_and_lists_look_errors_only(wire_dev: dict) -> None:  # type: ignore[type-arg]
    parts = wire_dev["parts"]
    assert parts["all"]["articles"] == parts["look"]["articles"] + parts["check"]["articles"] == 60
    assert parts["all"]["sentences"] == 311
    from eventwire.evaluate.split import part_of

    assert all(part_of(e["article"]) == "look" for e in wire_dev["missed"] + wire_dev["false_positives"])
