"""A group named by who leads it is its leader's (actors/leaders.py): "the Saudi-led coalition" is
Saudi Arabia's military, not the dateline's country or a body of no country."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "SANAA (Reuters) - Saudi-led coalition air strikes killed 12 fighters near Hodeidah on Monday.",
            "SAU",
        ),
        (
            "ADEN (Reuters) - The Saudi-led coalition attacked Houthi positions near Hodeidah on Monday.",
            "SAU",
        ),
        (
            "MOSUL (Reuters) - U.S.-led coalition air strikes killed 20 Islamic State fighters on Monday.",
            "USA",
        ),
        ("BAMAKO (Reuters) - A French-led military operation drove back militants near Gao.", "FRA"),
    ],
)
def test_a_group_led_by_a_state_is_that_states(coder: Any, text: str, leader: str) -> None:
    """Before, the coalition was the dateline's country ("SANAA": Yemen's) or an intergovernmental
    body of the leader's country; the wire gold codes the leader's military."""
    events = coder.code(text, date="2017-05-08")
    assert events and all(f"{leader}MIL" in {a.code for a in e.source} for e in events)
    assert all(a.country in (leader, None) for e in events for a in e.source)


def test_a_group_backed_by_a_state_is_not_that_states(coder: Any) -> None:
    """ "U.S.-backed forces" fight for themselves; only "-led" names the actor."""
    text = "RAQQA (Reuters) - U.S.-backed forces attacked Islamic State positions in Raqqa on Monday."
    events = coder.code(text, date="2017-05-08")
    assert not any(a.country == "USA" for e in events for a in e.source)
