"""A singular noun after "either" or "neither" names again the pair told of before (actors/anaphora.py
`group_size`), as "both sides" does."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "LA PAZ (Reuters) - Bolivia and Chile traded accusations on Monday. Neither side has agreed to "
        "withdraw its troops from the border.",
        "LA PAZ (Reuters) - Bolivia and Chile traded accusations on Monday. Either side could still "
        "withdraw its troops from the border.",
    ],
)
def test_either_or_neither_side_is_the_pair(coder: Any, text: str) -> None:
    last = [e for e in coder.code(text, date="2021-06-10") if e.sentence_index == 1]
    assert last and {a.country for a in last[0].source} == {"BOL", "CHL"}


def test_either_before_no_group_noun_names_no_pair(coder: Any) -> None:
    """ "either way" is no actor: only the group nouns (side, country, leader ...) name the pair."""
    text = (
        "LA PAZ (Reuters) - Bolivia and Chile traded accusations. "
        "Chile said it would withdraw its troops either way."
    )
    last = [e for e in coder.code(text, date="2021-06-10") if e.sentence_index == 1]
    assert all({a.country for a in e.source} == {"CHL"} for e in last)
