"""Places when the text names none, and visits to cities (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _only(coder: Any, sentence: str) -> Any:
    events = [e for e in coder.code(sentence, date="2021-01-06")]
    assert len(events) == 1, [(e.event_type, e.trigger) for e in events]
    return events[0]


def test_both_sides_of_one_country_place_the_event_in_it(coder: Any) -> None:
    event = _only(coder, "The Turkish president criticized the Turkish opposition party.")
    assert event.location is not None
    assert (event.location.country, event.location.source) == ("TUR", "article")


def test_sides_of_two_countries_give_no_place(coder: Any) -> None:
    assert _only(coder, "France criticized Germany.").location is None


def test_a_trip_to_a_city_is_the_place_not_the_host(coder: Any) -> None:
    events = coder.code(
        "The Indian prime minister met the German chancellor during a trip to Munich.", date="2021-01-06"
    )
    meeting = next(e for e in events if e.trigger == "met")
    assert meeting.location is not None and meeting.location.name == "Munich"
    trip = _only(coder, "The Indian prime minister made a trip to Munich.")
    assert trip.location is not None and trip.location.name == "Munich"
    assert "DEU" not in [a.country for a in trip.target]


def test_a_trip_to_a_capital_still_visits_its_state(coder: Any) -> None:
    event = _only(coder, "The Chinese president made a visit to Moscow.")
    assert [a.country for a in event.target] == ["RUS"]
