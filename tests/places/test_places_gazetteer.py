"""Gazetteer.resolve: countries, aliases, states, cities, directions, qualifiers and context."""

from __future__ import annotations

import pytest

from eventwire.places import MIN_POPULATION, Gazetteer
from eventwire.places.gazetteer import _NameIndex


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Mexico", "MEX"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("the Netherlands", "NLD"),
        ("Burma", "MMR"),
    ],
)
def test_countries_and_aliases(gazetteer: Gazetteer, name: str, country: str) -> None:
    location = gazetteer.resolve(name)
    assert location is not None
    assert location.country == country
    assert location.geonameid is not None and location.lat is not None and location.region is None
    assert location.text == name


def test_lower_case_pronoun_is_not_the_united_states(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("us") is None


def test_a_country_name_only_with_its_article_is_no_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("States") is None
    assert gazetteer.resolve("Soviet Union") is None
    assert gazetteer.area_country("Ceylon") == "LKA"


def test_direction_words_set_the_region(gazetteer: Gazetteer) -> None:
    south = gazetteer.resolve("southern Mexico")
    north = gazetteer.resolve("northern Iraq")
    east = gazetteer.resolve("eastern Ukraine")
    assert south is not None and (south.country, south.region, south.name) == ("MEX", "south", "Mexico")
    assert north is not None and (north.country, north.region) == ("IRQ", "north")
    assert east is not None and (east.country, east.region) == ("UKR", "east")
    assert south.text == "southern Mexico"


def test_names_that_start_with_a_direction_stay_whole(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("South Africa").country == "ZAF"  # type: ignore[union-attr]
    west_virginia = gazetteer.resolve("West Virginia")
    assert (
        west_virginia is not None and west_virginia.name == "West Virginia" and west_virginia.region is None
    )


def test_palestinian_territories(gazetteer: Gazetteer) -> None:
    for name in ("the West Bank", "West Bank", "Gaza", "Gaza Strip", "Gaza City"):
        location = gazetteer.resolve(name)
        assert location is not None and location.country == "PSE", name


def test_mexico_city_beats_mexico(gazetteer: Gazetteer) -> None:
    city = gazetteer.resolve("Mexico City")
    assert city is not None
    assert (city.name, city.country, city.geonameid) == ("Mexico City", "MEX", 3530597)
    assert 19 < city.lat < 20 and -100 < city.lon < -99  # type: ignore[operator]


def test_washington_is_the_us_capital(gazetteer: Gazetteer) -> None:
    for name in ("Washington", "WASHINGTON", "Washington, D.C."):
        location = gazetteer.resolve(name)
        assert location is not None and location.geonameid == 4140963, name
    state = gazetteer.resolve("Washington state")
    assert state is not None and state.country == "USA" and state.geonameid != 4140963


def test_georgia_follows_the_context(gazetteer: Gazetteer) -> None:
    country = gazetteer.resolve("Georgia")
    in_us = gazetteer.resolve("Georgia", context_countries=["USA"])
    both = gazetteer.resolve("Georgia", context_countries=["USA", "GEO"])
    assert country is not None and country.country == "GEO"
    assert in_us is not None and in_us.country == "USA" and in_us.name == "Georgia"
    assert both is not None and both.country == "GEO"


def test_us_states_and_abbreviations(gazetteer: Gazetteer) -> None:
    texas = gazetteer.resolve("Texas")
    calif = gazetteer.resolve("Calif.")
    assert texas is not None and texas.country == "USA" and texas.lat is not None
    assert calif is not None and calif.name == "California"


def test_cities_prefer_context_then_population(gazetteer: Gazetteer) -> None:
    mexican = gazetteer.resolve("Guadalajara")
    spanish = gazetteer.resolve("Guadalajara", context_countries=["esp"])
    assert mexican is not None and mexican.country == "MEX"
    assert spanish is not None and spanish.country == "ESP"


def test_a_large_capital_outranks_a_small_context_homonym(gazetteer: Gazetteer) -> None:
    paris = gazetteer.resolve("Paris", context_countries=["USA"])
    assert paris is not None and paris.country == "FRA"


def test_alternate_names_and_accents(gazetteer: Gazetteer) -> None:
    kiev = gazetteer.resolve("Kiev")
    bogota = gazetteer.resolve("BOGOTA")
    assert kiev is not None and (kiev.name, kiev.country) == ("Kyiv", "UKR")
    assert bogota is not None and bogota.country == "COL"


def test_small_towns_need_context(gazetteer: Gazetteer) -> None:
    # Mexico, Pampanga (Philippines) is a town of about 40,000 people, below the threshold.
    assert MIN_POPULATION == 50_000
    assert gazetteer.resolve("Mexico", context_countries=["PHL"]).country == "MEX"  # type: ignore[union-attr]
    assert gazetteer.resolve("Escaldes") is None
    andorran = gazetteer.resolve("Escaldes", context_countries=["AND"])
    assert andorran is not None and andorran.country == "AND"


def test_small_national_capitals_need_no_context(gazetteer: Gazetteer) -> None:
    valletta = gazetteer.resolve("VALLETTA")
    assert valletta is not None and (valletta.name, valletta.country) == ("Valletta", "MLT")


def test_qualified_names_restrict_the_city(gazetteer: Gazetteer) -> None:
    illinois = gazetteer.resolve("SPRINGFIELD, Ill.")
    missouri = gazetteer.resolve("Springfield, Mo.")
    atlanta = gazetteer.resolve("Atlanta, Georgia")
    erbil = gazetteer.resolve("ERBIL, Iraq")
    assert illinois is not None and missouri is not None
    assert illinois.lon > -90.5 and missouri.lon < -92.5  # type: ignore[operator]
    assert atlanta is not None and atlanta.country == "USA"
    assert erbil is not None and (erbil.name, erbil.country) == ("Erbil", "IRQ")


def test_unknown_place_with_known_qualifier_falls_back_to_it(gazetteer: Gazetteer) -> None:
    base = gazetteer.resolve("Qwertyville Air Base, Afghanistan")
    assert base is not None and base.country == "AFG" and base.name == "Afghanistan"


@pytest.mark.parametrize("name", ["", "   ", "Qwertyville", "United Nations", "Police", "March"])
def test_unknown_names_give_none(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.resolve(name) is None


def test_province_suffix_and_capital_lookup(gazetteer: Gazetteer) -> None:
    kirkuk = gazetteer.resolve("Kirkuk province")
    assert kirkuk is not None and kirkuk.country == "IRQ"
    capital = gazetteer.capital("tur")
    assert capital is not None and capital.name == "Ankara"


def test_construction_is_cheap_and_resolve_initialises() -> None:
    fresh = Gazetteer()
    assert fresh._ready is False
    assert fresh.resolve("France").country == "FRA"  # type: ignore[union-attr]


def test_the_answer_cache_starts_again_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long run meets ever new names: the cache never holds more than ``CACHE_LIMIT`` answers, and
    an answer worked out again after it was emptied is the same."""
    gaz = Gazetteer()
    monkeypatch.setattr("eventwire.places.gazetteer.CACHE_LIMIT", 5)
    first = gaz.resolve("Paris")
    for name in ("Lyon", "Berlin", "Madrid", "Nowhereville", "Rome", "Vienna", "Oslo", "Lima"):
        gaz.resolve(name)
        assert len(gaz._cache) <= 5
    assert ("Paris", frozenset()) not in gaz._cache
    again = gaz.resolve("Paris")
    assert again == first and again is not None and again.country == "FRA"


def test_a_name_index_answers_as_the_mapping_it_was_made_from() -> None:
    index = {"paris": [3, 1], "lima": [7], "la paz": [2, 9, 4], "zürich": [5]}
    names = _NameIndex(index)
    for name, numbers in index.items():
        assert names.get(name) == tuple(numbers)
    for unknown in ("", "a", "lim", "limas", "paris x", "zz", "\uffff"):
        assert names.get(unknown) == ()
    assert _NameIndex({}).get("lima") == ()
