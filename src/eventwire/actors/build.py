"""Actors built from dictionary entries and phrase parts: the records the resolver returns."""

from __future__ import annotations

import datetime as dt

from eventwire.actors.codes import ORG_SECTORS, actor_code
from eventwire.actors.lexicon import Entry, Term
from eventwire.actors.parts import Parts, countries_of
from eventwire.models import Actor


def term_at(entry: Entry | None, day: dt.date | None) -> Term | None:
    """The office held on ``day``; of overlapping ones, the most recently taken."""
    if entry is None or day is None:
        return None
    active = [t for t in entry.terms if t.active(day)]
    return max(active, key=lambda t: t.start or dt.date.min) if active else None


def timeless_actor(entry: Entry, text: str, dated: bool) -> Actor:
    """A known person outside their terms (``dated``) or with no article date: the country when
    unambiguous; the sector too, but only when there is no date to contradict it."""
    countries = {t.country for t in entry.terms}
    sectors = {t.sector for t in entry.terms}
    country = countries.pop() if len(countries) == 1 else None
    if country is None and sectors == {"IGO"}:
        codes = {t.code for t in entry.terms}
        return new_actor(text, entry.name, None, "IGO", None, codes.pop() if len(codes) == 1 else None)
    sector = sectors.pop() if len(sectors) == 1 and not dated else None
    return new_actor(text, entry.name, country, sector)


def org_actor(
    entry: Entry,
    text: str,
    parts: Parts,
    functional: str | None = None,
    role: str | None = None,
    name: str | None = None,
) -> Actor:
    """An organisation of the dictionaries: an international one by its own code (with the sector
    it acts in, ``functional``: "UN peacekeepers"), a national one of its country or of the country
    its phrase names (parties share names across countries)."""
    if entry.sector in ORG_SECTORS and not entry.country:  # a national NGO keeps its country
        code = actor_code(None, functional, entry.code)
        return Actor(text=text, name=name or entry.name, sector=entry.sector, code=code, role=role)
    around = countries_of(parts)
    country = entry.country or (around[0] if around else None)
    if around and entry.sector == "PTY":  # party names repeat across countries ("South Korea's ...")
        country = around[0]
    sector = entry.sector
    return new_actor(text, name or entry.name, country, sector, role, entry.code if not country else None)


def ethnic_actor(entry: Entry, text: str, parts: Parts, sector: str | None = None) -> Actor:
    """A people's actor: of the country its phrase names, else of the people's own country, else
    coded by the people ("Hutu rebels": HUTREB)."""
    countries = countries_of(parts) or ([entry.country] if entry.country else [])
    if countries:
        return new_actor(text, entry.name, countries[0], sector)
    code = (entry.code or "") + (sector or "")
    return Actor(text=text, name=entry.name, sector=sector, code=code or None)


def new_actor(
    text: str,
    name: str | None,
    country: str | None,
    sector: str | None,
    role: str | None = None,
    code: str | None = None,
) -> Actor:
    """An actor whose code is made from its country and sector (``code`` only when it has no country)."""
    return Actor(
        text=text,
        name=name,
        country=country,
        sector=sector,
        role=role,
        code=code if code and not country else actor_code(country, sector),
    )


class StoryActor(Actor):
    """An actor whose words name no country ("police", "security forces", "the protesters"), given
    the story's country for want of a better one (``ActorResolver._group``). The places stage moves
    it to the country where its event happens (``actors.conventions.implicit_actors``) and makes it a
    plain Actor, so it never reaches a record."""


class OutsideActor(Actor):
    """A group the text places abroad without naming its country ("foreign powers", "a foreign
    government"): no convention gives it a country (``actors.conventions``), and the places stage
    makes it a plain Actor of no country."""


def story_actors(actors: list[Actor]) -> list[Actor]:
    """``actors`` as :class:`StoryActor` records."""
    return [StoryActor(**a.model_dump()) for a in actors]


def inherit_country(actor: Actor, country: str) -> Actor:
    """A bare sector noun after a national one shares its country ("Israeli soldiers and police")."""
    if isinstance(actor, OutsideActor) or actor.country or actor.name or not actor.sector:
        return actor  # "U.S. and other foreign troops": the foreign ones are of no country
    if actor.sector in ORG_SECTORS:
        return actor
    return changed(actor, country=country)


def changed(actor: Actor, **changes: object) -> Actor:
    """``actor`` with ``changes``; a new country makes a new code."""
    updated = actor.model_copy(update=changes)
    if "country" in changes:
        updated = updated.model_copy(update={"code": actor_code(updated.country, updated.sector)})
    return updated
