"""A commitment to a violent or coercive act is a threat of it (events/commitments.py).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _events(coder: Any, sentence: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.cameo) for e in coder.code(sentence, date="2021-06-10")]


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Chile's president vowed to continue the offensive against the rebels.", "138"),  # light verb + noun
        ("The rebels swore to attack the capital.", "138"),
        ("The unions pledged to stage protests against the reform.", "133"),
        ("Chile's president vowed to impose new sanctions on Peru.", "1312"),  # a sanction vowed
    ],
)
def test_a_commitment_to_violence_or_coercion_is_a_threat(coder: Any, sentence: str, cameo: str) -> None:
    assert _events(coder, sentence) == [("THREATEN", cameo)]


@pytest.mark.parametrize(
    "sentence",
    ["Chile promised to send aid to Peru.", "Chile pledged to hold talks with Peru."],
)
def test_a_commitment_to_cooperate_is_no_threat(coder: Any, sentence: str) -> None:
    assert "THREATEN" not in [t for t, _ in _events(coder, sentence)]


def test_a_sanction_announced_without_a_vow_stays_a_planned_sanction(coder: Any) -> None:
    events = coder.code("Chile will impose new sanctions on Peru next week.", date="2021-06-10")
    assert [(e.event_type, e.factuality) for e in events] == [("SANCTION", "planned")]
