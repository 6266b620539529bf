"""Coding conventions for actors the text leaves implicit (documented in docs/schema.md).

Event coders (CAMEO, ICEWS, PLOVER) fill two gaps the same way, and so does eventwire:

* an actor of known sector but unknown country ("police", "demonstrators") belongs to the country
  where the event happens, or else to the country of the other side of the event when that side
  has exactly one ("Egyptian police dispersed demonstrators": Egyptian demonstrators);
* a protest with no named target is aimed at the government of the country where it happens,
  or else of the protesters' own country. That target is implied, so its ``text`` is empty.
"""

from __future__ import annotations

from eventwire.actors.codes import ORG_SECTORS, actor_code
from eventwire.models import Actor


def _countryless(actor: Actor) -> bool:
    return (
        actor.country is None
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


def implied_government(country: str | None) -> list[Actor]:
    """The implied target of an untargeted protest: the government of ``country``."""
    if country is None:
        return []
    return [Actor(text="", country=country, sector="GOV", code=actor_code(country, "GOV"))]
