"""The country a story is about: one rule for the actors stage (over mentions) and the places stage
(over sentences), which read an article's countries from different data."""

from __future__ import annotations

from collections import Counter

STORY_MENTIONS = 2
"""Mentions a country needs to be a story's country in place of its dateline's (or of no dateline)."""


def story_country(home: str | None, mentions: Counter[str]) -> str | None:
    """The country a story is about: ``home`` (its dateline's) when the story names it or names no
    other country at least :data:`STORY_MENTIONS` times, else the one it names most ("BEIRUT" over a
    story about Syria; a story with no dateline that keeps naming Kenya). One passing mention does
    not make a story, and a lone sentence rarely names a country twice."""
    if home is not None and mentions[home]:
        return home
    ranked = mentions.most_common(1)
    return ranked[0][0] if ranked and ranked[0][1] >= STORY_MENTIONS else home
