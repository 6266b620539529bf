"""Country names the model tags as people, and lists of countries the parser splits."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def test_a_country_tagged_as_a_person_still_makes_the_story_country(coder: Any) -> None:
    text = (
        "BAMAKO, Jan 20 (Reuters) - Mali's military government expelled the French ambassador on "
        "Tuesday. The junta accused France of supporting armed groups in the north, an allegation "
        "Paris rejected."
    )
    accusation = next(e for e in coder.code(text, date="2025-01-21") if e.event_type == "ACCUSE")
    assert [(a.country, a.sector) for a in accusation.source] == [("MLI", "GOV")]


def test_a_list_of_three_countries_reports_for_all_three(coder: Any) -> None:
    text = (
        "DAKAR (Reuters) - Mali, Burkina Faso and Niger announced on Sunday that they would quit "
        "the West African bloc."
    )
    (event,) = [e for e in coder.code(text, date="2025-01-21") if e.event_type == "SANCTION"]
    assert {a.country for a in event.source} == {"MLI", "BFA", "NER"}


def test_they_after_two_named_leaders_is_both(coder: Any) -> None:
    text = (
        "PARIS (Reuters) - Emmanuel Macron and Keir Starmer said on Monday they would impose "
        "sanctions on Russia."
    )
    (event,) = [e for e in coder.code(text, date="2025-03-03") if e.event_type == "SANCTION"]
    assert {a.country for a in event.source} == {"FRA", "GBR"}
    assert {a.country for a in event.target} == {"RUS"}
