"""Agentless passives and acts standing for their authors (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _events(coder: Any, sentence: str) -> list[Any]:
    return list(coder.code(sentence, date="2021-06-10"))


def test_a_remand_in_custody_is_detention_by_the_courts_of_the_place(coder: Any) -> None:
    (event,) = _events(coder, "The opposition leader was remanded in custody in Istanbul on Thursday.")
    assert (event.event_type, event.source[0].code) == ("COERCE", "TURJUD")


def test_a_charge_names_the_courts_of_the_place(coder: Any) -> None:
    (event,) = _events(coder, "The journalist was charged with terrorism in Nairobi.")
    assert (event.event_type, event.source[0].code) == ("ACCUSE", "KENJUD")


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader was sentenced to ten years in prison in Istanbul on Thursday.",
        "The journalist was jailed for two years in Istanbul.",
        "Dozens of activists have been imprisoned in Istanbul since the protests.",
    ],
)
def test_a_sentence_served_names_the_courts_of_the_place(coder: Any, sentence: str) -> None:
    (event,) = _events(coder, sentence)
    assert (event.event_type, event.source[0].code) == ("COERCE", "TURJUD")


def test_unnamed_killers_are_located_by_the_place(coder: Any) -> None:
    (event,) = _events(coder, "Three soldiers were killed in an ambush in northern Mali.")
    assert (
        event.event_type == "ASSAULT" and event.source[0].country == "MLI" and event.source[0].sector is None
    )


def test_an_official_reporting_a_summons_speaks_for_the_summoning_government(coder: Any) -> None:
    events = _events(coder, "A Turkish foreign ministry official said the Emirati envoy was summoned.")
    assert [(e.event_type, e.source[0].country, e.target[0].country) for e in events] == [
        ("ACCUSE", "TUR", "ARE")
    ]


def test_a_ruling_acts_for_the_court_that_issued_it(coder: Any) -> None:
    (event,) = _events(coder, "A Pakistani court's decision barred the former prime minister from politics.")
    assert (event.event_type, event.source[0].code) == ("COERCE", "PAKJUD")


def test_a_guilty_plea_is_a_concession(coder: Any) -> None:
    assert "CONCEDE" in [
        e.event_type for e in _events(coder, "The former Brazilian minister pleaded guilty to fraud.")
    ]


def test_a_charged_person_the_coder_does_not_know_is_of_the_storys_country(coder: Any) -> None:
    story = "KIGALI (Reuters) - Diane Shima Rwigara was charged with forgery on Monday."
    (event,) = _events(coder, story)
    assert (event.event_type, event.source[0].code, [a.code for a in event.target]) == (
        "ACCUSE",
        "RWAJUD",
        ["RWA"],
    )


def test_an_agentless_accusation_is_made_by_the_courts_of_the_place(coder: Any) -> None:
    (event,) = _events(coder, "KIGALI (Reuters) - The opposition leader is accused of forgery.")
    assert (event.event_type, event.source[0].code) == ("ACCUSE", "RWAJUD")


def test_a_noun_a_participle_charges_is_the_accused(coder: Any) -> None:
    events = _events(coder, "Peru sanctioned a Chilean company accused of smuggling arms.")
    accusation = next(e for e in events if e.trigger == "accused")
    assert [a.code for a in accusation.target] == ["CHLBUS"]
    assert "CHLBUS" not in [a.code for a in accusation.source]


def test_killed_worshippers_counted_by_number_are_the_target(coder: Any) -> None:
    (event,) = _events(coder, "YAOUNDE (Reuters) - Five of the worshippers were killed on Friday.")
    assert (event.event_type, [a.code for a in event.target]) == ("ASSAULT", ["CMRREL"])


def test_coordinated_participles_share_the_passive_subject(coder: Any) -> None:
    events = _events(coder, "The Kenyan journalist was arrested and charged with terrorism in Nairobi.")
    assert sorted((e.event_type, e.source[0].code, e.target[0].country) for e in events) == [
        ("ACCUSE", "KENJUD", "KEN"),
        ("COERCE", "KENCOP", "KEN"),
    ]


def test_an_active_verb_coordinated_with_a_passive_main_verb_is_done_by_its_subject(coder: Any) -> None:
    """ "Troops were deployed and opened fire": the troops fire, though the deployment names no agent."""
    text = "Nigerian troops were deployed to the village and opened fire on the militants."
    found = [(e.event_type, [a.code for a in e.source]) for e in _events(coder, text)]
    assert ("ASSAULT", ["NGAMIL"]) in found


def test_a_verb_hung_on_a_reported_passive_does_not_take_its_subject(nlp: Any) -> None:
    from eventwire.events import roles

    doc = nlp("Afghan commanders said 48 insurgents had been killed but denied any civilian casualties.")
    denied = next(t for t in doc if t.text == "denied")
    assert "insurgents" not in [t.text for t in roles.subject(denied)]


def test_coordinated_participles_share_the_by_phrase(coder: Any) -> None:
    events = _events(coder, "Two Ukrainian sailors were detained and questioned by Russian border guards.")
    (detention,) = [e for e in events if e.trigger == "detained"]
    assert [a.code for a in detention.source] == ["RUSCOP"]
    assert [a.country for a in detention.target] == ["UKR"]


def test_police_the_text_leaves_out_are_of_the_storys_country_when_nothing_else_places_them(
    coder: Any,
) -> None:
    """A foreign officer arrested in a Nairobi story: Kenyan police, though the officer's own army
    does not place them (a source facing foreign troops is not taken to be of their country)."""
    (event,) = _events(coder, "NAIROBI (Reuters) - A Ugandan army officer was arrested on Tuesday.")
    assert (event.event_type, event.source[0].code, event.target[0].country) == ("COERCE", "KENCOP", "UGA")
    assert _events(coder, "A Ugandan army officer was arrested on Tuesday.") == []  # no story country


def test_fighting_between_two_sides_that_killed_people_is_done_by_both(coder: Any) -> None:
    """ "Fighting" is parsed as a verb here; the act named as the subject is done by its two sides."""
    text = "GOMA (Reuters) - Fighting between Rwandan rebels and Congolese troops killed at least 70 people."
    (event,) = _events(coder, text)
    assert event.event_type == "ASSAULT"
    assert {a.code for a in event.source} == {"RWAREB", "CODMIL"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # criticism and praise whose authors the text leaves out: unnamed critics of the target's country
        (
            "Kenya's government has been criticized for failing to protect journalists.",
            ("ACCUSE", "KEN", "KENGOV"),
        ),
        (
            "The Chilean president was widely praised for her handling of the floods.",
            ("SUPPORT", "CHL", "CHLGOV"),
        ),
    ],
)
def test_unnamed_critics_are_placed_in_the_country_of_the_criticised(
    coder: Any, sentence: str, expected: tuple[str, str, str]
) -> None:
    (event,) = _events(coder, sentence)
    assert (event.event_type, event.source[0].country, event.target[0].code) == expected
    assert event.source[0].sector is None  # who criticised is not known


def test_named_critics_of_a_passive_are_the_source(coder: Any) -> None:
    (event,) = _events(coder, "The Kenyan law was condemned by Amnesty International on Monday.")
    assert (event.event_type, [a.code for a in event.source]) == ("ACCUSE", ["NGOAMN"])


def test_a_participle_right_after_its_noun_is_done_to_the_noun(coder: Any) -> None:
    story = "LAGOS (Reuters) - Four students detained on Monday were freed after a court hearing."
    detention = next(e for e in _events(coder, story) if e.trigger == "detained")
    assert (detention.source[0].code, [a.code for a in detention.target]) == ("NGACOP", ["NGACVL"])


def test_a_participle_coordinated_with_one_after_its_noun_shares_the_noun(coder: Any) -> None:
    story = "LAGOS (Reuters) - Police named two men arrested on Friday and charged with arson."
    events = {e.trigger: e for e in _events(coder, story)}
    assert [a.code for a in events["charged"].target] == ["NGACVL"]
    assert events["charged"].source[0].code == "NGAJUD"


@pytest.mark.parametrize(
    ("sentence", "word", "passive"),
    [
        ("Four students detained on Monday were freed after a hearing.", "detained", True),
        ("Police named two men arrested on Friday.", "arrested", True),
        ("Hundreds of students protested in Lima on Monday.", "protested", False),
        ("The report, released on Tuesday, criticised the army.", "released", False),
    ],
)
def test_a_participle_after_its_noun_is_a_passive_unless_it_is_a_misparsed_main_verb(
    coder: Any, sentence: str, word: str, passive: bool
) -> None:
    """The parser hangs a main verb on its subject when the subject is the sentence's root ("Hundreds
    ... protested"); a participle after a comma is left alone."""
    from eventwire.events import roles

    verb = next(t for t in coder.nlp(sentence) if t.text == word)
    assert verb.dep_ == "acl"
    assert roles.is_passive(verb) is passive


def test_a_main_verb_the_parser_hung_on_its_subject_keeps_its_subject(coder: Any) -> None:
    (protest,) = [
        e
        for e in _events(coder, "Hundreds of students protested in Lima on Monday.")
        if e.event_type == "PROTEST"
    ]
    assert protest.source and protest.source[0].sector in ("CVL", "EDU")
