"""A group of people "of" or "from" several countries is of each of them (actors/phrase.py `_walk`)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers of Bolivia, Chile and Peru condemned the attack on Monday.",
        "Officials from Bolivia, Chile and Peru condemned the attack on Monday.",
    ],
)
def test_a_group_of_listed_countries_is_of_each(coder: Any, sentence: str) -> None:
    (event,) = [e for e in coder.code(sentence, date="2021-06-10") if e.event_type == "ACCUSE"]
    assert {a.country for a in event.source} == {"BOL", "CHL", "PER"}


def test_a_second_head_after_the_list_keeps_its_own_country(coder: Any) -> None:
    """ "The president of Chile and Peru's premier": the premier is no second country of the president."""
    events = coder.code("The president of Chile and Peru's premier condemned the attack.", date="2021-06-10")
    assert [a.country for e in events for a in e.source][:1] == ["CHL"]


def test_a_formal_name_before_a_list_is_its_own_country(coder: Any) -> None:
    """ "The Republic of Chile and Peru": the formal name ends before the coordination, which names
    another country (it read as one name, and the lookup found none of Chile)."""
    events = coder.code("The Republic of Chile and Peru condemned the attack.", date="2021-06-10")
    assert [a.country for a in events[0].source][:1] == ["CHL"]
