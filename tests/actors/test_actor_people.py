"""Office holders in the bundled people dictionary, resolved by the article date.

Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.actors import ActorResolver, ArticleMemory
from eventwire.models import Actor


def _resolve(nlp: Any, resolver: ActorResolver, sentence: str, word: str, day: dt.date) -> Actor:
    doc = nlp(sentence)
    head = next(t for t in doc if t.text == word)
    (actor,) = resolver.resolve(head, day, ArticleMemory())
    return actor


@pytest.mark.parametrize(
    ("sentence", "word", "day", "name", "code", "role"),
    [
        (
            "Kohl promised the farmers more money.",
            "Kohl",
            dt.date(1990, 6, 1),
            "Helmut Kohl",
            "DEUGOV",
            "Chancellor",
        ),
        (
            "Yeltsin fired two of his ministers.",
            "Yeltsin",
            dt.date(1995, 3, 1),
            "Boris Yeltsin",
            "RUSGOV",
            "President",
        ),
        (
            "Reagan vetoed the spending bill.",
            "Reagan",
            dt.date(1985, 4, 1),
            "Ronald Reagan",
            "USAGOV",
            "President",
        ),
        (
            "Mitterand will visit the harbour.",
            "Mitterand",
            dt.date(1988, 1, 5),
            "Francois Mitterrand",
            "FRAGOV",
            None,
        ),
        (
            "Habyalimana flew back from the summit.",
            "Habyalimana",
            dt.date(1993, 8, 1),
            "Juvenal Habyarimana",
            "RWAGOV",
            None,
        ),
        ("Gbago thanked the voters.", "Gbago", dt.date(2005, 2, 1), "Laurent Gbagbo", "CIVGOV", None),
        (
            "Khomeini denounced the proposal.",
            "Khomeini",
            dt.date(1983, 2, 1),
            "Ruhollah Khomeini",
            "IRNGOV",
            None,
        ),
        ("Menem cut the budget again.", "Menem", dt.date(1994, 9, 1), "Carlos Menem", "ARGGOV", None),
        (
            "Hariri flew back to Beirut on Saturday.",
            "Hariri",
            dt.date(2017, 11, 4),
            "Saad Hariri",
            "LBNGOV",
            "Prime Minister",
        ),
        (
            "Tsvangirai addressed his supporters in Harare.",
            "Tsvangirai",
            dt.date(2010, 6, 1),
            "Morgan Tsvangirai",
            "ZWEGOV",
            "Prime Minister",
        ),
        (
            "Essebsi received the visiting delegation.",
            "Essebsi",
            dt.date(2016, 3, 1),
            "Beji Caid Essebsi",
            "TUNGOV",
            "President",
        ),
        (
            "Prachanda sacked the army chief.",
            "Prachanda",
            dt.date(2009, 5, 3),
            "Pushpa Kamal Dahal",
            "NPLGOV",
            "Prime Minister",
        ),
        (
            "Bachelet promised a new constitution.",
            "Bachelet",
            dt.date(2015, 4, 28),
            "Michelle Bachelet",
            "CHLGOV",
            "President",
        ),
        (
            "Orban vetoed the aid package.",
            "Orban",
            dt.date(2023, 6, 1),
            "Viktor Orban",
            "HUNGOV",
            "Prime Minister",
        ),
        (
            "Borrell urged both sides to show restraint.",
            "Borrell",
            dt.date(2022, 3, 1),
            "Josep Borrell",
            "IGOEUR",
            "High Representative",
        ),
    ],
)
def test_bare_names_by_date(
    nlp: Any,
    resolver: ActorResolver,
    sentence: str,
    word: str,
    day: dt.date,
    name: str,
    code: str,
    role: str | None,
) -> None:
    actor = _resolve(nlp, resolver, sentence, word, day)
    assert (actor.name, actor.code) == (name, code)
    if role is not None:
        assert actor.role == role


def test_out_of_office_keeps_country_only(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Gorbachev criticised the new tax."
    in_office = _resolve(nlp, resolver, sentence, "Gorbachev", dt.date(1988, 5, 1))
    assert (in_office.code, in_office.role) == ("RUSGOV", "General Secretary")
    retired = _resolve(nlp, resolver, sentence, "Gorbachev", dt.date(1996, 5, 1))
    assert (retired.country, retired.sector, retired.role) == ("RUS", None, None)


def test_office_changes_with_the_date(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Shamir met the visiting envoy."
    minister = _resolve(nlp, resolver, sentence, "Shamir", dt.date(1982, 3, 1))
    premier = _resolve(nlp, resolver, sentence, "Shamir", dt.date(1989, 3, 1))
    assert (minister.code, minister.role) == ("ISRGOV", "Foreign Minister")
    assert (premier.code, premier.role) == ("ISRGOV", "Prime Minister")


def test_un_secretary_general_is_igo_then_national(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Waldheim appealed for calm."
    at_un = _resolve(nlp, resolver, sentence, "Waldheim", dt.date(1978, 4, 1))
    assert (at_un.sector, at_un.code, at_un.role) == ("IGO", "IGOUNO", "Secretary-General")
    in_vienna = _resolve(nlp, resolver, sentence, "Waldheim", dt.date(1988, 4, 1))
    assert (in_vienna.code, in_vienna.role) == ("AUTGOV", "President")


def test_earlier_office_added_to_existing_record(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Cheney toured the base."
    pentagon = _resolve(nlp, resolver, sentence, "Cheney", dt.date(1991, 2, 1))
    assert (pentagon.name, pentagon.code, pentagon.role) == ("Dick Cheney", "USAGOV", "Secretary of Defense")


@pytest.mark.parametrize(
    ("day", "name"),
    [(dt.date(1990, 6, 1), "George H. W. Bush"), (dt.date(2003, 6, 1), "George W. Bush")],
)
def test_namesakes_are_told_apart_by_the_date(
    nlp: Any, resolver: ActorResolver, day: dt.date, name: str
) -> None:
    actor = _resolve(nlp, resolver, "Bush promised the farmers more money.", "Bush", day)
    assert (actor.name, actor.code, actor.role) == (name, "USAGOV", "President")


@pytest.mark.parametrize(
    ("day", "name", "role"),
    [
        (dt.date(2003, 5, 1), "Rafik Hariri", "Prime Minister"),
        (dt.date(2010, 5, 1), "Saad Hariri", "Prime Minister"),
    ],
)
def test_hariri_father_and_son_by_date(
    nlp: Any, resolver: ActorResolver, day: dt.date, name: str, role: str
) -> None:
    actor = _resolve(nlp, resolver, "Hariri chaired the cabinet meeting.", "Hariri", day)
    assert (actor.name, actor.code, actor.role) == (name, "LBNGOV", role)


def test_tokayev_foreign_minister_then_president(nlp: Any, resolver: ActorResolver) -> None:
    sentence = "Tokayev met the Chinese delegation."
    minister = _resolve(nlp, resolver, sentence, "Tokayev", dt.date(2005, 3, 1))
    president = _resolve(nlp, resolver, sentence, "Tokayev", dt.date(2023, 3, 1))
    assert (minister.code, minister.role) == ("KAZGOV", "Foreign Minister")
    assert (president.code, president.role) == ("KAZGOV", "President")


@pytest.mark.parametrize(
    ("sentence", "word", "name", "code", "role"),
    [
        ("Wadephul criticised the decision.", "Wadephul", "Johann Wadephul", "DEUGOV", "Foreign Minister"),
        ("Motegi flew to Manila.", "Motegi", "Toshimitsu Motegi", "JPNGOV", "Foreign Minister"),
        ("Koizumi inspected the base.", "Koizumi", "Shinjiro Koizumi", "JPNGOV", "Defence Minister"),
        ("Lecornu defended the budget.", "Lecornu", "Sebastien Lecornu", "FRAGOV", "Prime Minister"),
        ("Barrot summoned the ambassador.", "Barrot", "Jean-Noel Barrot", "FRAGOV", "Foreign Minister"),
        ("Vautrin visited the troops.", "Vautrin", "Catherine Vautrin", "FRAGOV", "Armed Forces Minister"),
        ("McGuinty announced new equipment.", "McGuinty", "David McGuinty", "CANGOV", "Defence Minister"),
        ("Mutharika dissolved the cabinet.", "Mutharika", "Peter Mutharika", "MWIGOV", "President"),
        ("Orsi received the delegation.", "Orsi", "Yamandu Orsi", "URYGOV", "President"),
        (
            "Randrianirina promised elections.",
            "Randrianirina",
            "Michael Randrianirina",
            "MDGGOV",
            "President",
        ),
        ("Nawrocki vetoed the bill.", "Nawrocki", "Karol Nawrocki", "POLGOV", "President"),
        ("Takaichi called a snap election.", "Takaichi", "Sanae Takaichi", "JPNGOV", "Prime Minister"),
        ("Herminie thanked the voters.", "Herminie", "Patrick Herminie", "SYCGOV", "President"),
        ("Mulino closed the border.", "Mulino", "Jose Raul Mulino", "PANGOV", "President"),
        ("Boakai appointed a new minister.", "Boakai", "Joseph Boakai", "LBRGOV", "President"),
    ],
)
def test_office_holders_of_2025_2026(
    nlp: Any, resolver: ActorResolver, sentence: str, word: str, name: str, code: str, role: str
) -> None:
    actor = _resolve(nlp, resolver, sentence, word, dt.date(2026, 11, 20))
    assert (actor.name, actor.code, actor.role) == (name, code, role)


def test_predecessors_are_out_of_office_in_2026(nlp: Any, resolver: ActorResolver) -> None:
    for sentence, word in [("Chakwera conceded defeat.", "Chakwera"), ("Iwaya left the room.", "Iwaya")]:
        actor = _resolve(nlp, resolver, sentence, word, dt.date(2026, 11, 20))
        assert actor.sector is None and actor.role is None, word


def test_no_term_starts_after_its_end_or_after_the_data_date(resolver: ActorResolver) -> None:
    checked = dt.date(2026, 12, 2)
    people = [e for entries in resolver.lexicon.phrases.values() for e in entries if e.kind == "person"]
    assert people
    for person in people:
        for term in person.terms:
            assert term.start is not None and term.start <= checked, person.name
            assert term.end is None or term.start <= term.end, person.name
