"""Events of a phrase counted from the clause it hangs on: "a week after", "three days after",
"two weeks before" (sentences written for these tests, parsed by the real model)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

PUBLISHED = "2025-03-14"  # a Friday


def _dates(coder: Any, sentence: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.trigger: (e.date, e.date_text) for e in coder.code(sentence, date=PUBLISHED)}


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the unit hangs on the preposition, on the phrase's verb, or on the verb the phrase hangs on
        (
            "North Korea fired a missile on Sunday, a week after South Korea and Japan held joint drills.",
            "drills",
            "2025-03-02",
        ),
        (
            "Egypt's minister met his Israeli counterpart on Monday, three days after Israel struck Gaza.",
            "struck",
            "2025-03-07",
        ),
        (
            "Chilean protesters marched on Saturday, two days after police arrested dozens of students.",
            "arrested",
            "2025-03-06",
        ),
    ],
)
def test_an_event_of_a_counted_phrase_is_counted_from_the_clause_it_hangs_on(
    coder: Any, sentence: str, trigger: str, expected: str
) -> None:
    date, text = _dates(coder, sentence)[trigger]
    assert date == expected and text is not None and text.endswith(("after", "before"))


def test_without_a_date_of_its_own_the_clause_is_of_the_publication_day(coder: Any) -> None:
    dates = _dates(
        coder, "Peru expelled two Chilean diplomats, two days after Chile arrested a Peruvian officer."
    )
    assert dates["arrested"][0] == "2025-03-12"


def test_a_phrase_with_a_date_of_its_own_or_no_count_keeps_its_reading(coder: Any) -> None:
    dated = _dates(
        coder, "Chile arrested a Peruvian officer two days after Peru expelled its diplomats on Tuesday."
    )
    assert dated["expelled"] == ("2025-03-11", "Tuesday")
    uncounted = _dates(coder, "Chile arrested a Peruvian officer after Peru expelled its diplomats.")
    assert uncounted["expelled"][0] == PUBLISHED
    vague = _dates(
        coder, "Peru expelled two Chilean diplomats a few days after the Chilean attack on Peruvian troops."
    )
    assert vague["attack"][0] == PUBLISHED


def test_a_counted_day_is_not_carried_as_the_storys_day(coder: Any) -> None:
    text = (
        "Peru expelled two Chilean diplomats, two days after Chile arrested a Peruvian officer. "
        "Chile's foreign minister condemned the expulsion."
    )
    dates = _dates(coder, text)
    assert dates["arrested"][0] == "2025-03-12"
    assert dates["condemned"][0] == PUBLISHED
