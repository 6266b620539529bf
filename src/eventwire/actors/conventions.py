"""Coding conventions for actors the text leaves implicit (documented in docs/schema.md).

Event coders (CAMEO, ICEWS, PLOVER) fill these gaps the same way, and so does eventwire:

* an actor of known sector but unknown country ("police", "demonstrators") belongs to the country
  where the event happens, or else to the country of the other side of the event when that side
  has exactly one ("Egyptian police dispersed demonstrators": Egyptian demonstrators) - except a
  group the text places abroad ("foreign fighters", :class:`OutsideActor`), which stays of no country,
  and except that
  a source is not placed by foreign troops ("militants attacked U.S. troops"), and an armed group
  is not placed by a whole country it acts against ("militants threatened the United States");
  one of a local sector the actors stage gave the story's country for want of a better one (a
  :class:`StoryActor`: "police" in a LONDON story) is moved only by the place of its clause
  ("police in Caracas arrested ...": Venezuelan police), not by the other side;
* a named armed group of no country (al-Qaeda) keeps its own code but acts in a country: the place
  of the event's clause, else (as a source) its victims' country, else the story's country (the
  wire annotation guide's "country where they operate");
* a protest with no named target is aimed at the government of the country where it happens,
  or else of the protesters' own country. That target is implied, so its ``text`` is empty;
* an act whose agent the text leaves out ("a missionary was arrested in Lebanon", "a roadside
  bombing killed a soldier") is done by an actor of the sector only such acts have (police for
  arrests, courts for convictions; no sector for the unnamed bomber), of the country where it
  happens (police or courts the clause does not place: of the story's country, not of those they
  act on, ``sides.placed_actors``);
  with no such country the event is not coded;
* an assault that names no victim ("tanks fired shells at targets in Jericho") targets the
  country of the place attacked, with the place's words as its ``text``;
* any other event whose target is still unknown - left out ("the minister denounced the plan") or
  named without a country the coder knows ("congratulated Moore") - is aimed at the country of the
  article's dateline, the country the story is about - or, when the event's sentence names exactly
  one country besides the source's own, at that country ("the ministry hinted at sanctions to make
  the Russian Federation comply"): wire annotators code it so, and an event with no target is no
  dyad at all. The target is implied, so its ``text`` is empty. A mobilisation has no target by
  nature and keeps none; an article without a dateline gets no implied target.
"""

from __future__ import annotations

from eventwire.actors.build import OutsideActor, StoryActor, changed
from eventwire.actors.codes import ORG_SECTORS, actor_code
from eventwire.models import Actor, Location


def _countryless(actor: Actor) -> bool:
    """An actor of unknown country ("police", "rebels"), but not a named armed group (al-Qaeda) nor
    a group from abroad ("foreign fighters")."""
    if isinstance(actor, OutsideActor) or actor.country is not None or actor.sector in ORG_SECTORS:
        return False
    if (actor.code or "")[:3] in ORG_SECTORS:
        return False
    if _named_group(actor):
        return False
    return actor.sector is not None or actor.code is None


def _of_a_people(actor: Actor) -> bool:
    """An armed actor named after an ethnic or religious group ("Hutu rebels": HUTREB), not an
    organisation: its code is the group's code followed by its sector."""
    code, sector = actor.code or "", actor.sector or ""
    return len(code) == 3 + len(sector) and code.endswith(sector) and not code.startswith("IMG")


def with_country(actors: list[Actor], country: str | None) -> list[Actor]:
    """``actors``, the countryless ones placed in ``country`` (unchanged when it is None); a
    :class:`StoryActor` has a country, which only a place changes (:func:`moved_to`)."""
    if country is None:
        return actors
    placed = []
    for actor in actors:
        if _countryless(actor):
            # a group's own ethnic or religious code ("MOSCVL") is kept; a bare sector code is completed
            keep = actor.code not in (actor.sector, None)
            code = actor.code if keep else actor_code(country, actor.sector)
            actor = actor.model_copy(update={"country": country, "code": code})
        placed.append(actor)
    return placed


def moved_to(actors: list[Actor], country: str | None) -> list[Actor]:
    """``actors``, each :class:`StoryActor` (given the story's country for want of a better one) moved
    to ``country``, the country where its event happens (unchanged when it is None)."""
    if country is None:
        return actors
    return [changed(a, country=country) if isinstance(a, StoryActor) else a for a in actors]


def settled(actors: list[Actor]) -> list[Actor]:
    """``actors`` with every :class:`StoryActor` and :class:`OutsideActor` made a plain Actor, of the
    country it has now."""
    return [Actor(**a.model_dump()) if isinstance(a, (StoryActor, OutsideActor)) else a for a in actors]


def _named_group(actor: Actor) -> bool:
    """A named armed group of no country (Islamic State, al Qaeda)."""
    armed = actor.sector in ("REB", "RAD")
    return actor.country is None and bool(actor.name) and armed and not _of_a_people(actor)


def operating_in(actors: list[Actor], country: str | None) -> list[Actor]:
    """``actors``, the named armed groups of no country given ``country``, where they act here; their
    code stays their own ("IMGISL")."""
    if country is None:
        return actors
    return [a.model_copy(update={"country": country}) if _named_group(a) else a for a in actors]


def only_country(actors: list[Actor]) -> str | None:
    """The one country all of ``actors`` with a country share, or None."""
    countries = {a.country for a in actors if a.country}
    return countries.pop() if len(countries) == 1 else None


def home_of(actors: list[Actor], source: list[Actor]) -> str | None:
    """The country a countryless ``source`` facing ``actors`` is assumed to share (see module docstring)."""
    national = [a for a in actors if a.country]
    if any(a.sector == "MIL" for a in national):
        return None
    armed = any(a.sector == "REB" for a in source)
    if armed and any(a.sector is None for a in national):
        return None
    return only_country(national)


def implied_government(country: str | None) -> list[Actor]:
    """The implied target of an untargeted protest: the government of ``country``."""
    if country is None:
        return []
    return [Actor(text="", country=country, sector="GOV", code=actor_code(country, "GOV"))]


def unnamed_agent(sector: str) -> list[Actor]:
    """The left-out agent of an act (``sector`` "" when not even its kind is known), still to be placed."""
    return [Actor(text="", sector=sector or None, code=sector or None)]


def attacked_place(text: str, country: str) -> list[Actor]:
    """The target of an attack that names no victim: the country of the place attacked."""
    return [Actor(text=text, country=country, code=country)]


_UNTARGETED = frozenset({"MOBILIZE"})


def implied_country(story: str | None, named: list[str], source: list[Actor]) -> str | None:
    """The country an untargeted event is aimed at: the one country its sentence ``named`` other
    than the source's, else the story's country ``story`` (eventwire.story.story_country); None
    when the article has no story country."""
    if story is None:
        return None
    own = {a.country for a in source}
    others = [c for c in named if c not in own]
    return others[0] if len(others) == 1 else story


def implied_target(country: str) -> list[Actor]:
    """The implied target of an event that names none: the whole of ``country``, with no text."""
    return [Actor(text="", country=country, code=country)]


def implicit_actors(
    source: list[Actor],
    target: list[Actor],
    event_type: str,
    place: Location | None,
    aimed_at: str | None = None,
    story: str | None = None,
) -> tuple[list[Actor], list[Actor]]:
    """Source and target of one located event with the conventions above applied
    (``aimed_at``: the country an untargeted event is aimed at, from :func:`implied_country`;
    ``story``: the story's country, where a named armed group is taken to act when the clause
    names no place)."""
    here = place.country if place is not None and place.source == "clause" else None
    source = with_country(moved_to(source, here), here)
    target = with_country(moved_to(target, here), here)
    source = operating_in(source, here or home_of(target, source) or story)
    target = operating_in(target, here or story)
    source = with_country(source, home_of(target, source))
    target = with_country(target, only_country(source))
    if not target and event_type == "PROTEST":
        target = implied_government(here or only_country(source))
    if not target and event_type == "ASSAULT" and place is not None and here:
        target = attacked_place(place.text, here)
    if not target and aimed_at and event_type not in _UNTARGETED:
        target = implied_target(aimed_at)
    return settled(source), settled(target)
