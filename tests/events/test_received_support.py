"""Support and aid a verb carries: won from someone, or lacked and wanted (events/extract.py,
lexicon.yaml `winning_verbs` and `not_events`)."""

from __future__ import annotations

from typing import Any

import pytest


def _events(coder: Any, sentence: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [
        (e.event_type, [a.country for a in e.source], [a.country for a in e.target])
        for e in coder.code(sentence, date="2019-05-14")
        if e.factuality in ("asserted", "planned")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "LIMA (Reuters) - The Peruvian premier won the backing of Chile for the new port on Tuesday.",
        "LIMA (Reuters) - The Peruvian premier secured Chile's support for the new port on Tuesday.",
        "LIMA (Reuters) - The Peruvian premier gained the support of Chile for the new port.",
    ],
)
def test_support_won_is_given_by_the_one_it_is_won_from(coder: Any, sentence: str) -> None:
    assert ("SUPPORT", ["CHL"], ["PER"]) in _events(coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "LIMA (Reuters) - The Peruvian premier lacks the support of Chile for the new port.",
        "LIMA (Reuters) - The Peruvian premier needs the backing of Chile for the new port.",
        "LIMA (Reuters) - The Peruvian premier lost the support of Chile over the new port.",
    ],
)
def test_support_lacked_or_needed_is_given_by_no_one(coder: Any, sentence: str) -> None:
    assert "SUPPORT" not in [e[0] for e in _events(coder, sentence)]


def test_an_agreement_secured_stays_the_subjects(coder: Any) -> None:
    """Only support and aid are won from someone: "secured a deal with Chile" is Peru's agreement."""
    text = "LIMA (Reuters) - The Peruvian premier secured a deal with Chile on the new port."
    assert ("AGREE", ["PER"], ["CHL"]) in _events(coder, text)
