"""Coding conventions for actors the text leaves implicit (documented in docs/schema.md).

Event coders (CAMEO, ICEWS, PLOVER) fill two gaps the same way, and so does eventwire:

* an actor of known sector but unknown country ("police", "demonstrators") belongs to the country
  where the event happens, or else to the country of the other side of the event when that side
  has exactly one ("Egyptian police dispersed demonstrators": Egyptian demonstrators) - except that
  a source facing foreign troops is not taken to be of their country ("militants attacked U.S.
  troops"); named armed groups (al-Qaeda) keep their own (unknown) country;
* a protest with no named target is aimed at the government of the country where it happens,
  or else of the protesters' own country. That target is implied, so its ``text`` is empty.
"""

from __future__ import annotations

from eventwire.actors.codes import ORG_SECTORS, actor_code
from eventwire.models import Actor


def _countryless(actor: Actor) -> bool:
    """An actor of unknown country ("police", "rebels"), but not a named armed group (al-Qaeda)."""
    return (
        actor.country is None
        and not (actor.name and actor.sector in ("REB", "RAD"))
        and actor.sector is not None
        and actor.sector not in ORG_SECTORS
        and actor.code in (None, actor.sector)
    )


def with_country(actors: list[Actor], country: str | None) -> list[Actor]:
    """``actors``, the countryless ones placed in ``country`` (unchanged when it is None)."""
    if country is None:
        return actors
    placed = []
    for actor in actors:
        if _countryless(actor):
            actor = actor.model_copy(update={"country": country, "code": actor_code(country, actor.sector)})
        placed.append(actor)
    return placed


def only_country(actors: list[Actor]) -> str | None:
    """The one country all of ``actors`` with a country share, or None."""
    countries = {a.country for a in actors if a.country}
    return countries.pop() if len(countries) == 1 else None


def home_of(actors: list[Actor]) -> str | None:
    """The country a countryless source facing ``actors`` is assumed to share (see module docstring)."""
    if any(a.sector == "MIL" for a in actors):
        return None
    return only_country(actors)


def implied_government(country: str | None) -> list[Actor]:
    """The implied target of an untargeted protest: the government of ``country``."""
    if country is None:
        return []
    return [Actor(text="", country=country, sector="GOV", code=actor_code(country, "GOV"))]
