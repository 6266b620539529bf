"""The sector a phrase's head gives its actor (actors/titles.py), on dictionary entries built here."""

from __future__ import annotations

from eventwire.actors.lexicon import Entry, actor_lexicon
from eventwire.actors.parts import Parts
from eventwire.actors.titles import head_word, sector_of


def _parts(*sectors: str) -> Parts:
    return Parts([], None, [], [], list(sectors), None, None, [], None)


def test_a_military_rank_of_an_armed_group_is_the_groups_and_of_an_army_stays_military() -> None:
    lex = actor_lexicon()
    commander = Entry(kind="title", name="commander", sector="MIL")
    assert sector_of(commander, _parts("REB"), lex) == "REB"  # "a Hezbollah commander"
    assert sector_of(commander, _parts(), lex) == "MIL"  # "an army commander"
    assert sector_of(Entry(kind="title", name="minister", sector="GOV"), _parts("REB"), lex) == "GOV"


def test_a_generic_head_takes_its_modifiers_sector() -> None:
    lex = actor_lexicon()
    officials = Entry(kind="noun", name="official", sector="GOV")
    assert head_word(officials) in lex.generic
    assert sector_of(officials, _parts("MIL"), lex) == "MIL"  # "military officials"
