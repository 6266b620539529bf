"""The story-country rule shared by the actors and places stages (eventwire/story.py)."""

from __future__ import annotations

from collections import Counter

from eventwire.story import story_country


def test_a_named_dateline_country_stays() -> None:
    assert story_country("LBN", Counter({"SYR": 5, "LBN": 1})) == "LBN"


def test_an_unnamed_dateline_gives_way_only_to_a_country_named_twice() -> None:
    assert story_country("LBN", Counter({"SYR": 2, "IRQ": 1})) == "SYR"
    assert story_country("LBN", Counter({"SYR": 1})) == "LBN"
    assert story_country("LBN", Counter()) == "LBN"


def test_without_a_dateline() -> None:
    assert story_country(None, Counter({"KEN": 2, "UGA": 2})) == "KEN"  # the first named among equals
    assert story_country(None, Counter({"KEN": 1})) is None
    assert story_country(None, Counter()) is None
