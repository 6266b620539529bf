"""actor_code: the documented CAMEO-style code scheme."""

from __future__ import annotations

import pytest

from eventwire.actors import SECTORS, actor_code


@pytest.mark.parametrize(
    ("country", "sector", "igo", "expected"),
    [
        ("MEX", "GOV", None, "MEXGOV"),
        ("USA", "MIL", None, "USAMIL"),
        ("MEX", None, None, "MEX"),
        (None, "REB", None, "REB"),
        (None, None, None, None),
        (None, None, "IGOUNO", "IGOUNO"),
        (None, "IGO", "IGOUNO", "IGOUNO"),
        (None, "MIL", "IGOUNO", "IGOUNOMIL"),
        ("USA", "NGO", "NGOICR", "NGOICR"),
    ],
)
def test_actor_code(country: str | None, sector: str | None, igo: str | None, expected: str | None) -> None:
    assert actor_code(country, sector, igo) == expected


def test_sector_list_is_three_letter_codes() -> None:
    assert {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "REB",
        "BUS",
        "MED",
        "NGO",
        "IGO",
        "CVL",
        "REF",
        "PTY",
    } <= SECTORS
    assert all(len(s) == 3 and s.isupper() for s in SECTORS)
