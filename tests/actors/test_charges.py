"""A hostile act told by the country it was done to is also that speaker's charge against the doer
(actors/charges.py); the act itself stays, and reports by the doer's own side, by the press or by
no one in particular add no charge."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(coder: Any, text: str, date: str = "2024-05-14") -> set[tuple[str, str, str]]:
    return {
        (
            e.event_type,
            "/".join(sorted({a.country or "" for a in e.source})),
            "/".join(sorted({a.country or "" for a in e.target})),
        )
        for e in coder.code(text, date=date)
        if e.factuality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "speaker", "doer"),
    [
        (
            "Venezuela's foreign minister said on Monday that Colombian troops had attacked a "
            "Venezuelan border post.",
            "VEN",
            "COL",
        ),
        (
            "Armenia's defence ministry said Azerbaijani forces shelled Armenian villages overnight.",
            "ARM",
            "AZE",
        ),
        ("German officials said Russia hacked the computers of the German parliament.", "DEU", "RUS"),
    ],
)
def test_the_victims_report_of_an_attack_is_their_charge(
    coder: Any, text: str, speaker: str, doer: str
) -> None:
    found = _kinds(coder, text)
    assert ("ACCUSE", speaker, doer) in found
    assert any(kind in ("ASSAULT", "COERCE") and src == doer for kind, src, _ in found)  # the act stays


@pytest.mark.parametrize(
    "text",
    [
        # the doer's own side tells of it: news, not a charge
        "Turkey's defence ministry said Turkish jets struck Kurdish militant targets in northern Iraq.",
        # a third country, neither doer nor struck
        "Japan's foreign ministry said Colombian troops had attacked a Venezuelan border post.",
        # "according to" names where the news came from, not who charges
        "Colombian troops attacked a Venezuelan border post, according to Venezuela's foreign ministry.",
        # an act inside what the speaker says it asked for
        "Somalia's government said it had requested a U.S. air strike that killed Somali militants.",
    ],
)
def test_no_charge_from_reports_that_are_news(coder: Any, text: str) -> None:
    assert not any(kind == "ACCUSE" for kind, _, _ in _kinds(coder, text))
