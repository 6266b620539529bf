"""Cooperative acts an actor refuses become asserted rejections (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

DATE = "2021-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia has no intention of resuming talks with Chile, its foreign minister said.",
        "Bolivia is not willing to resume talks with Chile.",
        "Bolivia is unwilling to resume talks with Chile.",
        "Bolivia has shown little interest in resuming talks with Chile.",
    ],
)
def test_a_cooperative_act_one_has_no_wish_to_do_is_a_refusal(coder: Any, text: str) -> None:
    events = [e for e in coder.code(text, date=DATE) if e.factuality == "asserted"]
    assert [(e.event_type, e.cameo) for e in events] == [("REJECT", "125")]
    assert events[0].source[0].country == "BOL"


def test_a_hostile_act_one_has_no_wish_to_do_is_only_negated(coder: Any) -> None:
    (attack,) = coder.code("Chile has no intention of attacking Bolivia.", date=DATE)
    assert (attack.event_type, attack.factuality) == ("ASSAULT", "negated")


def test_an_act_one_is_willing_to_do_is_no_refusal(coder: Any) -> None:
    events = coder.code("Bolivia is willing to resume talks with Chile.", date=DATE)
    assert "REJECT" not in {e.event_type for e in events}
