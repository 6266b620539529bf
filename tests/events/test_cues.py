"""data/factuality.yaml is checked on load: a malformed cue list or code table is a named error."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.data import load_yaml
from eventwire.events.cues import FactualityDataError, load_factuality_cues, parse_factuality_cues


def _bundled() -> dict[str, Any]:
    return dict(load_yaml("factuality.yaml"))


def test_the_bundled_cues_load() -> None:
    cues = load_factuality_cues()
    assert "deny" in cues.denial_verbs and cues.intent_codes["CONSULT"] == "036"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("denial_verbs", [], "non-empty list"),
        ("denial_verbs", ["deny", "deny"], "twice"),
        ("denial_verbs", ["Deny"], "capitalised"),
        ("plan_verbs", ["plan", True], "yes/no"),
        ("intent_codes", {"CONSULT": "999"}, "no CAMEO code"),
        ("threat_codes", {"FIGHT": "138"}, "unknown PLOVER type"),
        ("misspelt_verbs", ["x"], "unknown"),
    ],
)
def test_malformed_cues_are_refused(key: str, value: object, message: str) -> None:
    raw = {**_bundled(), key: value}
    with pytest.raises(FactualityDataError, match=message):
        parse_factuality_cues(raw)


def test_a_missing_list_is_refused() -> None:
    raw = _bundled()
    del raw["cancel_verbs"]
    with pytest.raises(FactualityDataError, match="cancel_verbs"):
        parse_factuality_cues(raw)
