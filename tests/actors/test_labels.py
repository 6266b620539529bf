"""Actor labels come from what a code means, never from the names found under it."""

from __future__ import annotations

import pytest

from eventwire.actors.labels import actor_label, country_names, organisation_names, sector_labels


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("USA", "United States"),
        ("USAGOV", "United States - government"),
        ("USA:MIL", "United States - military"),
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("DEU", "Germany"),
        ("MEXCOP", "Mexico - police and internal security"),
        ("IGOUNO", "United Nations"),
        ("IGONATMIL", "North Atlantic Treaty Organization - military"),
        ("REB", "rebels and armed non-state groups (country unknown)"),
        ("PSE", "Palestine"),
        ("WST", "West"),  # a region's group of states (regions.tsv)
        ("AFRGOV", "Africa - government"),
        ("KURREB", "Kurd - rebels and armed non-state groups"),  # a people with no state (ethnic.tsv)
    ],
)
def test_codes_read_as_their_meaning(code: str, label: str) -> None:
    assert actor_label(code) == label


def test_unknown_codes_stay_as_they_are() -> None:
    assert actor_label("ZZZ") == "ZZZ"
    assert actor_label("USAXYZ") == "United States - XYZ"
    assert actor_label(None) == "unknown actor"


def test_every_sector_and_known_country_has_a_label() -> None:
    from eventwire.actors.codes import SECTORS

    assert set(sector_labels()) >= SECTORS
    assert len(country_names()) > 240
    assert all(code[:3] in ("IGO", "NGO", "IMG") for code in organisation_names())
    assert actor_label("IMGISL") != "IMGISL"
