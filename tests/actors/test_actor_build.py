from __future__ import annotations

from eventwire.actors.build import OutsideActor, changed, inherit_country, new_actor
from eventwire.models import Actor


def test_an_actor_code_is_made_from_country_and_sector() -> None:
    assert new_actor("Peruvian troops", None, "PER", "MIL").code == "PERMIL"
    assert new_actor("Islamic State", "Islamic State", None, "REB", None, "IMGISL").code == "IMGISL"
    assert new_actor("Peru", "Peru", "PER", None, None, "XYZ").code == "PER"  # a country makes the code


def test_a_new_country_makes_a_new_code() -> None:
    police = new_actor("police", None, None, "COP")
    assert changed(police, country="CHL").code == "CHLCOP"
    assert changed(police, text="the police").code == "COP"


def test_a_bare_sector_inherits_a_country_but_a_named_actor_does_not() -> None:
    police = new_actor("police", None, None, "COP")
    assert inherit_country(police, "ISR").country == "ISR"
    named = new_actor("Hamas", "Hamas", None, "REB")
    assert inherit_country(named, "ISR").country is None


def test_a_group_placed_abroad_inherits_no_country_from_a_conjunct() -> None:
    """ "U.S. and other foreign troops": the foreign ones stay of no country."""
    foreign = OutsideActor(text="foreign troops", sector="MIL", code="MIL")
    assert inherit_country(foreign, "USA") is foreign
    assert inherit_country(Actor(text="troops", sector="MIL", code="MIL"), "USA").code == "USAMIL"
