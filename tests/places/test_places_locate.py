"""locate() on clauses parsed by the English model, and dateline_location()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span, Token

from eventwire.actors.phrase import backs
from eventwire.models import Location
from eventwire.places import Gazetteer, dateline_location, locate, sentence_countries
from eventwire.places.locate import story_country

Parse = Callable[[str], list[Token]]


@pytest.fixture(scope="module")
def parse(nlp: Language) -> Parse:
    def run(text: str) -> list[Token]:
        return list(nlp(text))

    return run


def _where(parse: Parse, gazetteer: Gazetteer, text: str, context: tuple[str, ...] = ()) -> Location | None:
    return locate(parse(text), gazetteer, context)


@pytest.mark.parametrize(
    ("sentence", "phrase", "country", "region"),
    [
        (
            "A trade delegation met army officers in southern Mexico on Friday.",
            "southern Mexico",
            "MEX",
            "south",
        ),
        ("Warplanes hit supply depots in northern Iraq overnight.", "northern Iraq", "IRQ", "north"),
        ("Separatists shelled a railway station in eastern Ukraine.", "eastern Ukraine", "UKR", "east"),
        ("The navy frigate docked in Manila for repairs.", "Manila", "PHL", None),
        ("Settlers burned olive trees in the West Bank.", "West Bank", "PSE", None),
        ("Demonstrators blocked a highway near Aleppo.", "Aleppo", "SYR", None),
        ("Smugglers were caught near the Syrian border.", "Syrian border", "SYR", None),
        ("Crowds gathered in the Turkish capital to mourn.", "Turkish capital", "TUR", None),
        ("Pirates boarded a cargo ship off the coast of Somalia.", "Somalia", "SOM", None),
        ("Police detained ten activists in the northern city of Mosul.", "Mosul", "IRQ", None),
    ],
)
def test_locative_phrases(
    parse: Parse, gazetteer: Gazetteer, sentence: str, phrase: str, country: str, region: str | None
) -> None:
    location = _where(parse, gazetteer, sentence)
    assert location is not None
    assert (location.text, location.country, location.region, location.source) == (
        phrase,
        country,
        region,
        "clause",
    )


def test_mexico_city_is_found_whole(parse: Parse, gazetteer: Gazetteer) -> None:
    location = _where(parse, gazetteer, "Farm workers marched through traffic in Mexico City.")
    assert location is not None and location.name == "Mexico City" and location.geonameid == 3530597


def test_organisation_place_names_give_way_to_the_phrase_inside(parse: Parse, gazetteer: Gazetteer) -> None:
    location = _where(parse, gazetteer, "Students protested outside the U.S. embassy in Mexico City.")
    assert location is not None and location.country == "MEX" and location.text == "Mexico City"


def test_washington_in_a_clause_is_the_capital(parse: Parse, gazetteer: Gazetteer) -> None:
    location = _where(parse, gazetteer, "The senator hosted the foreign minister in Washington.")
    assert location is not None and location.geonameid == 4140963


def test_georgia_uses_the_article_context(parse: Parse, gazetteer: Gazetteer) -> None:
    sentence = "The governor signed the bill at a ceremony in Georgia."
    abroad = _where(parse, gazetteer, sentence)
    at_home = _where(parse, gazetteer, sentence, ("USA",))
    assert abroad is not None and abroad.country == "GEO"
    assert at_home is not None and at_home.country == "USA"


def test_movement_into_a_place(parse: Parse, gazetteer: Gazetteer) -> None:
    location = _where(parse, gazetteer, "Militants fired mortar rounds into Israel.")
    assert location is not None and location.country == "ISR"


def test_verb_attachment_wins_over_a_subject_modifier(parse: Parse, gazetteer: Gazetteer) -> None:
    location = _where(parse, gazetteer, "Officials in Nairobi signed the accord in Geneva.")
    assert location is not None and location.name == "Geneva" and location.country == "CHE"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan accused China of violating its airspace.",
        "The two presidents held talks on Venezuela.",
        "France condemned the attack.",
        "Lawmakers met in March to debate the budget.",
    ],
)
def test_actors_topics_and_dates_are_not_locations(parse: Parse, gazetteer: Gazetteer, sentence: str) -> None:
    assert _where(parse, gazetteer, sentence) is None


def test_empty_clause(gazetteer: Gazetteer) -> None:
    assert locate([], gazetteer) is None


@pytest.mark.parametrize(
    ("place", "name", "country"),
    [
        ("MEXICO CITY", "Mexico City", "MEX"),
        ("WASHINGTON", "Washington", "USA"),
        ("TAMPA, Fla.", "Tampa", "USA"),
        ("KIRKUK, Iraq", "Kirkuk", "IRQ"),
        ("UNITED NATIONS/WASHINGTON", "Washington", "USA"),
        ("BEIRUT/GENEVA", "Beirut", "LBN"),
    ],
)
def test_dateline_location(gazetteer: Gazetteer, place: str, name: str, country: str) -> None:
    location = dateline_location(place, gazetteer)
    assert location is not None
    assert (location.name, location.country, location.source) == (name, country, "dateline")


def test_dateline_without_a_place(gazetteer: Gazetteer) -> None:
    assert dateline_location("ABOARD AIR FORCE ONE", gazetteer) is None
    assert dateline_location(" / ", gazetteer) is None


def test_sentence_countries_come_from_nationalities_and_areas_not_cities(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp("Shells hit Tripoli and the north Lebanese port, and a West Bank town near Amman.")
    assert sentence_countries(next(iter(doc.sents)), gazetteer) == ["LBN", "PSE"]


def test_a_country_that_backs_an_actor_is_not_named_as_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    sent = next(iter(nlp("Iran-backed fighters attacked a ship off Lebanon.").sents))
    assert sentence_countries(sent, gazetteer) == ["IRN", "LBN"]
    assert sentence_countries(sent, gazetteer, backs) == ["LBN"]


def test_a_country_name_tagged_as_a_person_counts_and_a_state_name_does_not(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp("Troops from Mali met officials in Virginia.")
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    assert sentence_countries(next(iter(doc.sents)), gazetteer) == ["MLI"]
    assert gazetteer.country_name("Burkina  Faso") == "BFA"
    assert gazetteer.country_name("Virginia") is None and gazetteer.country_name("Bamako") is None


def test_area_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.area_country("the West Bank") == "PSE"
    assert gazetteer.area_country("Lebanon") == "LBN"
    assert gazetteer.area_country("Tripoli") is None


def test_small_town_resolves_when_the_sentence_names_its_country(coder: Any) -> None:
    sentence = "Israeli tanks fired shells at targets in Jericho, in a rare incident in the West Bank."
    events = coder.code(sentence)
    assert events and events[0].location is not None and events[0].location.country == "PSE"


def test_a_place_in_a_condition_is_not_where_the_event_happens(parse: Parse, gazetteer: Gazetteer) -> None:
    assert _where(parse, gazetteer, "Syria will not accept refugees if war starts in Iraq.") is None
    found = _where(parse, gazetteer, "Syria closed its border in Daraa if only for a day.")
    assert found is not None and found.country == "SYR"


def test_the_story_country_is_the_datelines_unless_the_story_never_names_it() -> None:
    beirut = Location(text="BEIRUT", country="LBN")
    assert story_country(beirut, [["SYR"], [], ["SYR", "IRQ"]]) == "SYR"  # filed from Beirut about Syria
    assert story_country(beirut, [["SYR"], ["LBN"], ["SYR"]]) == "LBN"
    assert story_country(beirut, [[], []]) == "LBN"
    assert story_country(None, [["SYR"]]) is None


def test_one_passing_mention_does_not_move_the_story() -> None:
    washington = Location(text="WASHINGTON", country="USA")
    assert story_country(washington, [[], ["PRI"], []]) == "USA"  # a domestic story naming one territory
    assert story_country(washington, [["PRI"], ["PRI"]]) == "PRI"


def test_without_a_dateline_the_country_named_in_two_sentences_is_the_storys() -> None:
    assert story_country(None, [["KEN"], [], ["KEN", "UGA"], ["UGA"], ["KEN"]]) == "KEN"
    assert story_country(None, [["KEN", "UGA"]]) is None  # one sentence is no story
