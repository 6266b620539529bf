"""The article's home country from a dateline that names a city and its country."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, Jan 5 - Police arrested three opposition activists on Tuesday.",
        "Abuja, Nigeria, Jan 5, 2021 - Police arrested three opposition activists.",
        "ABUJA: Police arrested three opposition activists.",
    ],
)
def test_a_dateline_without_agency_places_countryless_actors(coder: Any, text: str) -> None:
    (event,) = coder.code(text, date="2021-01-06")
    assert event.event_type == "COERCE" and event.source[0].code == "NGACOP"
    assert all("ABUJA" not in a.text.upper() and "LAGOS" not in a.text.upper() for a in event.source)
