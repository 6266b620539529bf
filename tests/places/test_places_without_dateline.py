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


@pytest.mark.parametrize(
    ("sentence", "place", "target"),
    [
        ("Russian forces shelled Mariupol on Monday.", "Mariupol", ["UKR"]),
        ("Russian artillery shelled the port of Odesa overnight.", "Odesa", ["UKR"]),
        ("Saudi jets bombed Sanaa on Tuesday.", "Sanaa", ["YEM"]),  # a capital: the city, not its government
        ("Russian forces shelled the city of Kharkiv.", "Kharkiv", ["UKRCVL"]),
    ],
)
def test_the_town_an_attack_struck_is_its_place_and_its_country_the_target(
    coder: Any, sentence: str, place: str, target: list[str]
) -> None:
    event = _only(coder, sentence)
    assert event.location is not None and (event.location.name, event.location.source) == (place, "clause")
    assert [a.code for a in event.target] == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatah forces lost the city in fighting with Hamas.",  # an actor, not the German town of Hamm
        "The governors threatened legal action to kill DACA.",  # an acronym, not Dhaka
    ],
)
def test_an_actor_or_an_acronym_struck_is_no_place(coder: Any, sentence: str) -> None:
    assert all(
        e.location is None or e.location.source != "clause" for e in coder.code(sentence, date="2021-01-06")
    )
