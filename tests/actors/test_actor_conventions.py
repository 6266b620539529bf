"""The conventions for implicit actors (actors/conventions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.actors.anaphora import plural_antecedents
from eventwire.actors.build import OutsideActor, StoryActor
from eventwire.actors.conventions import (
    attacked_place,
    home_of,
    implicit_actors,
    implied_country,
    implied_government,
    moved_to,
    only_country,
    settled,
    with_country,
)
from eventwire.models import Actor, Location

POLICE = Actor(text="police", sector="COP", code="COP")
UN_TROOPS = Actor(text="UN peacekeepers", sector="MIL", code="IGOUNOMIL")
CHILE = Actor(text="Chile", country="CHL", code="CHL")


def test_countryless_sector_actors_take_the_country() -> None:
    placed = with_country([POLICE, UN_TROOPS, CHILE], "PER")
    assert [a.code for a in placed] == ["PERCOP", "IGOUNOMIL", "CHL"]
    assert with_country([POLICE], None) == [POLICE]


STORY_POLICE = StoryActor(text="police", country="USA", sector="COP", code="USACOP")


def test_a_story_actor_moves_only_to_a_place_and_leaves_as_a_plain_actor() -> None:
    assert with_country([STORY_POLICE], "PER") == [STORY_POLICE]  # its country is no gap to fill
    (moved,) = moved_to([STORY_POLICE, CHILE], "PER")[:1]
    assert (moved.country, moved.code) == ("PER", "PERCOP")
    assert moved_to([CHILE], "PER") == [CHILE] and moved_to([STORY_POLICE], None) == [STORY_POLICE]
    (plain,) = settled([STORY_POLICE])
    assert type(plain) is Actor and plain.code == "USACOP"


def test_the_place_of_the_clause_moves_a_story_actor_and_nothing_else_does() -> None:
    cairo = Location(text="Cairo", country="EGY", source="clause")
    source, target = implicit_actors([STORY_POLICE], [CHILE], "COERCE", cairo, "USA")
    assert [a.code for a in source] == ["EGYCOP"] and all(type(a) is Actor for a in [*source, *target])
    dateline = Location(text="Washington", country="USA", source="dateline")
    assert [a.code for a in implicit_actors([STORY_POLICE], [CHILE], "COERCE", dateline)[0]] == ["USACOP"]
    # the other side's country does not move it ("police arrested two Chilean journalists")
    assert [a.code for a in implicit_actors([STORY_POLICE], [CHILE], "COERCE", None)[0]] == ["USACOP"]


def test_only_country_needs_exactly_one() -> None:
    assert only_country([CHILE, POLICE]) == "CHL"
    assert only_country([CHILE, Actor(text="Peru", country="PER", code="PER")]) is None
    assert only_country([POLICE]) is None


def test_implied_government_has_no_text() -> None:
    (government,) = implied_government("CHL")
    assert government.code == "CHLGOV" and government.text == ""
    assert implied_government(None) == []


def test_an_untargeted_event_is_aimed_at_the_dateline_country() -> None:
    senator = Actor(text="a senator", country="USA", sector="LEG", code="USALEG")
    _, target = implicit_actors([senator], [], "ACCUSE", None, "USA")
    assert [(a.code, a.country, a.text) for a in target] == [("USA", "USA", "")]
    assert implicit_actors([senator], [], "ACCUSE", None, None)[1] == []  # no dateline, no target
    assert implicit_actors([senator], [], "MOBILIZE", None, "USA")[1] == []  # untargeted by nature
    assert implicit_actors([senator], [CHILE], "ACCUSE", None, "USA")[1] == [CHILE]  # named target kept


def test_the_implied_target_is_the_one_other_country_the_sentence_names() -> None:
    chile = [CHILE]
    assert implied_country("USA", ["CHL", "PER"], chile) == "PER"
    assert implied_country("USA", ["ARG", "PER"], chile) == "USA"  # two others: the dateline's
    assert implied_country("USA", ["CHL"], chile) == "USA"
    assert implied_country(None, ["PER"], chile) is None  # no story country: no implied target


@pytest.mark.model
def test_a_dateline_gives_an_unnamed_target_its_country(coder: Any) -> None:
    text = "LIMA (Reuters) - The opposition leader denounced the plan on Monday, an aide said."
    events = coder.code(text, date="2020-03-04")
    (accusation,) = [e for e in events if e.event_type == "ACCUSE"]
    assert [(a.country, a.text) for a in accusation.target] == [("PER", "")]
    abroad = "WASHINGTON (Reuters) - The senator denounced the plan, saying it would hurt exports to Chile."
    aimed = [a for e in coder.code(abroad, date="2020-03-04") if e.event_type == "ACCUSE" for a in e.target]
    assert [(a.country, a.text) for a in aimed] == [("CHL", "")]  # the one other country named
    undated = coder.code(text.split(" - ", 1)[1], date="2020-03-04")
    assert [e.target for e in undated if e.event_type == "ACCUSE"] == [[]]


@pytest.mark.model
def test_an_unresolved_pronoun_in_a_datelined_story_is_of_the_dateline_country(coder: Any) -> None:
    text = "SEOUL (Reuters) - He criticized the ruling party on Tuesday."
    events = coder.code(text, date="2021-06-09")
    (accusation,) = [e for e in events if e.event_type == "ACCUSE"]
    assert [(a.country, a.text) for a in accusation.source] == [("KOR", "He")]
    assert not [e for e in coder.code(text.split(" - ", 1)[1], date="2021-06-09") if e.event_type == "ACCUSE"]


@pytest.mark.model
def test_untargeted_protest_is_aimed_at_the_local_government(coder: Any) -> None:
    events = coder.code("Hundreds of students protested in Lima on Monday.", date="2020-03-04")
    (protest,) = [e for e in events if e.event_type == "PROTEST"]
    assert [a.code for a in protest.source] == ["PERCVL"]
    assert [(a.code, a.text) for a in protest.target] == [("PERGOV", "")]


def test_a_source_facing_foreign_troops_is_not_taken_for_their_country() -> None:
    troops = Actor(text="U.S. troops", country="USA", sector="MIL", code="USAMIL")
    rebels = Actor(text="rebels", sector="REB", code="REB")
    villagers = Actor(text="Chilean villagers", country="CHL", sector="CVL", code="CHLCVL")
    assert home_of([troops], [rebels]) is None and home_of([villagers], [rebels]) == "CHL"
    assert home_of([CHILE], [rebels]) is None and home_of([CHILE], [POLICE]) == "CHL"
    qaeda = Actor(text="al-Qaeda", name="al-Qaeda", sector="REB", code="REB")
    assert with_country([qaeda], "USA") == [qaeda]


def test_ethnic_groups_keep_their_code_and_gain_a_country() -> None:
    muslims = Actor(text="Moslem demonstrators", sector="CVL", code="MOSCVL")
    people = Actor(text="three ethnic Albanians")
    assert [(a.country, a.code) for a in with_country([muslims, people], "SRB")] == [
        ("SRB", "MOSCVL"),
        ("SRB", "SRB"),
    ]


def test_armed_groups_named_after_a_people_are_placed_but_organisations_are_not() -> None:
    hutu = Actor(text="Hutu rebels", name="Hutu", sector="REB", code="HUTREB")
    qaeda = Actor(text="al-Qaeda", name="al Qaeda", sector="REB", code="IMGAQD")
    placed = with_country([hutu, qaeda], "BDI")
    assert [(a.country, a.code) for a in placed] == [("BDI", "HUTREB"), (None, "IMGAQD")]


def test_a_named_armed_group_acts_in_the_clause_place_else_where_its_victims_or_the_story_are() -> None:
    group = Actor(text="Islamic State", name="Islamic State", sector="REB", code="IMGISL")
    troops = Actor(text="Iraqi troops", country="IRQ", sector="MIL", code="IRQMIL")
    villagers = Actor(text="Syrian villagers", country="SYR", sector="CVL", code="SYRCVL")
    homs = Location(text="Homs", country="SYR")
    source, _ = implicit_actors([group], [troops], "ASSAULT", homs, None, "IRQ")
    assert [(a.country, a.code) for a in source] == [("SYR", "IMGISL")]  # the clause's place
    source, _ = implicit_actors([group], [villagers], "ASSAULT", None, None, "IRQ")
    assert [a.country for a in source] == ["SYR"]  # its victims' country
    source, _ = implicit_actors([group], [troops], "ASSAULT", None, None, "LBN")
    assert [a.country for a in source] == ["LBN"]  # not its foes' army's: the story's
    _, target = implicit_actors([troops], [group], "ASSAULT", None, None, "SYR")
    assert [(a.country, a.code) for a in target] == [("SYR", "IMGISL")]
    _, target = implicit_actors([troops], [group], "ASSAULT", None, None, None)
    assert [a.country for a in target] == [None]  # nowhere known: no country


def test_an_attack_without_a_victim_targets_the_place() -> None:
    (place,) = attacked_place("targets in Tacna", "PER")
    assert (place.text, place.country, place.code) == ("targets in Tacna", "PER", "PER")


@pytest.mark.model
def test_shelling_a_town_targets_its_country(coder: Any) -> None:
    events = coder.code("Chilean tanks fired shells at targets near Tacna on Monday.", date="2020-03-04")
    (attack,) = [e for e in events if e.event_type == "ASSAULT"]
    assert [a.code for a in attack.source] == ["CHLMIL"] and [a.country for a in attack.target] == ["PER"]


def test_a_group_placed_abroad_takes_no_country_from_place_or_victims() -> None:
    foreign = OutsideActor(text="Foreign troops", sector="MIL", code="MIL")
    village = Actor(text="village", country="PHL", sector="CVL", code="PHLCVL")
    place = Location(text="Marawi", name="Marawi", country="PHL", source="clause")
    source, target = implicit_actors([foreign], [village], "ASSAULT", place, "PHL", "PHL")
    assert [(type(a), a.code) for a in source] == [(Actor, "MIL")]
    assert [a.code for a in target] == ["PHLCVL"]


def test_foreign_fighters_in_a_datelined_story_are_of_no_country(coder: Any) -> None:
    text = "MANILA (Reuters) - Foreign troops attacked the village on Sunday."
    (event,) = coder.code(text, date="2025-03-10")
    assert [(a.country, a.sector) for a in event.source] == [(None, "MIL")]


@pytest.mark.parametrize(
    ("story", "target"),
    [
        ("NIAMEY (Reuters) - Malian authorities arrested dozens of protesters on Sunday.", "MLICVL"),
        ("NAIROBI (Reuters) - Ethiopian police detained several journalists on Friday.", "ETHMED"),
        ("NAIROBI (Reuters) - Ugandan prosecutors charged an opposition leader with treason.", "UGAOPP"),
        ("NAIROBI (Reuters) - Police detained several journalists on Friday.", "KENMED"),  # no other state
    ],
)
def test_a_legal_act_of_a_state_falls_on_a_group_of_that_state(coder: Any, story: str, target: str) -> None:
    """Not on the dateline's country: police and courts act where they have jurisdiction."""
    (event,) = coder.code(story, date="2025-03-14")
    assert [a.code for a in event.target] == [target]


def test_only_a_legal_act_moves_the_group(coder: Any) -> None:
    """Criticism is no act of jurisdiction: whom Ethiopian officials criticise stays the story's."""
    text = "NAIROBI (Reuters) - Ethiopian officials criticised journalists on Friday."
    (event,) = coder.code(text, date="2025-03-14")
    assert [a.code for a in event.target] == ["KENMED"]


@pytest.mark.model
def test_its_in_a_subject_points_at_the_subject_of_the_clause_before(coder: Any) -> None:
    """ "Rwanda denied ..., and ITS government said": Rwanda's, not the Kinshasa story's."""
    events = coder.code(
        "KINSHASA (Reuters) - Rwanda has long denied arming the rebels, and its government said on"
        " Monday that the fighting posed a serious threat, blaming Congo for the collapse of the talks.",
        date="2020-03-04",
    )
    accusation = next(e for e in events if e.event_type == "ACCUSE")
    assert [a.code for a in accusation.source] == ["RWAGOV"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Peru condemned the coup in Bolivia, and it called on the army to free the president.", "PER"),
        ("The European Union condemned the coup, and it called on the army to free the president.", "IGOEUR"),
    ],
)
def test_it_as_the_subject_of_a_second_clause_is_the_first_clauses_subject(
    coder: Any, text: str, source: str
) -> None:
    """A subject "it" is only itself: the subject of the clause it is coordinated with may be what
    it stands for, a state or an international body."""
    events = coder.code(text, date="2021-05-04")
    request = next(e for e in events if e.event_type == "REQUEST")
    assert [a.code for a in request.source] == [source]


@pytest.mark.model
def test_they_in_a_clause_of_time_stands_for_a_plural_phrase_before_it(coder: Any) -> None:
    """ "Peruvian police detained Bolivian protesters after THEY blocked a road": the protesters."""
    events = coder.code(
        "Peruvian police detained Bolivian protesters after they blocked a road.", date="2021-05-04"
    )
    blocking = next(e for e in events if e.trigger == "blocked")
    assert [a.country for a in blocking.source] == ["BOL"]


@pytest.mark.model
def test_they_of_another_clause_has_no_plural_antecedent(nlp: Any) -> None:
    doc = nlp("Peruvian police detained Bolivian protesters, and they blocked a road.")
    they = next(t for t in doc if t.lower_ == "they")
    assert plural_antecedents(they) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        (
            "Syrian and Iraqi diplomats met in Vienna on Friday. They called on Turkey to stop the shelling.",
            "called",
            ["SYR", "IRQ"],
        ),
        (
            "Armed Colombian rebels crossed the border on Monday. They kidnapped four Ecuadorean soldiers.",
            "kidnapped",
            ["COL"],
        ),
    ],
)
def test_they_opening_a_sentence_stands_for_a_plural_phrase_of_the_sentence_before(
    coder: Any, text: str, trigger: str, countries: list[str]
) -> None:
    """A "they" that opens its sentence is what the sentence before was about, not the story's
    country; coordinated names are all of them."""
    events = coder.code(text, date="2021-05-04")
    act = next(e for e in events if e.trigger == trigger)
    assert [a.country for a in act.source] == countries


@pytest.mark.model
def test_they_after_other_words_of_its_sentence_is_not_read_from_the_sentence_before(nlp: Any) -> None:
    doc = nlp("Bolivian protesters blocked a road. On Monday they marched to the palace.")
    they = next(t for t in doc if t.lower_ == "they")
    assert plural_antecedents(they) == []
