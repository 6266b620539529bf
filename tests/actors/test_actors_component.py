"""The eventwire_actors stage on a blank spaCy pipeline (no model): it loads the actor dictionaries
given to initialize() and drops frames that code no event."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.component import ActorsComponent
from eventwire.attribution.sources import NO_ATTRIBUTION
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense


@pytest.fixture(scope="module")
def nlp(tmp_path_factory: pytest.TempPathFactory) -> Language:
    path: Path = tmp_path_factory.mktemp("actors") / "people.yaml"
    path.write_text("- {name: Zorblax Quint, country: MEX, sector: GOV, role: minister}\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_actors")
    actors = nlp.get_pipe("eventwire_actors")
    assert isinstance(actors, ActorsComponent)
    actors.initialize(nlp=nlp, actor_dictionaries=[path])
    return nlp


def _doc(nlp: Language, confidence: float) -> Doc:
    doc = Doc(
        nlp.vocab,
        words=["Zorblax", "Quint", "met", "."],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "O"],
    )
    sense = Sense("CONSULT", "040", None, None, ("object",), ("subject",), MappingProxyType({}), confidence)
    frame = EventFrame(doc[2], doc[2], sense, [doc[1]], [], [], [], "asserted", NO_ATTRIBUTION)
    doc._.event_frames = [frame]
    return doc


def test_a_user_dictionary_given_to_initialize_resolves_the_source(nlp: Language) -> None:
    frames = nlp.get_pipe("eventwire_actors")(_doc(nlp, 0.8))._.event_frames
    assert [a.code for a in frames[0].source] == ["MEXGOV"]


def test_a_vague_sense_without_a_target_is_kept(nlp: Language) -> None:
    frames = nlp.get_pipe("eventwire_actors")(_doc(nlp, 0.5))._.event_frames
    assert [(f.sense.type, f.target) for f in frames] == [("CONSULT", [])]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("SEOUL (Reuters) - North Korea fired a missile on Monday. Canada condemned the launch.", "PRK"),
        ("TAIPEI (Reuters) - China began military drills on Monday. Japan criticised the exercises.", "CHN"),
    ],
)
def test_an_act_named_again_by_a_definite_noun_is_aimed_at_whoever_did_it(
    coder: Any, text: str, target: str
) -> None:
    reaction = coder.code(text, date="2025-01-08")[-1]
    assert reaction.event_type == "ACCUSE"
    assert [a.country for a in reaction.target] == [target]


def test_words_named_again_are_aimed_at_whoever_said_them(coder: Any) -> None:
    text = (
        "LIMA (Reuters) - Chile's foreign minister said Peru's policy was a disgrace. "
        "Peru's foreign ministry rejected the remarks as an insult."
    )
    reaction = [e for e in coder.code(text, date="2025-01-08") if e.event_type == "REJECT"]
    assert [[a.country for a in e.target] for e in reaction] == [["CHL"]]


def test_an_act_named_again_that_kills_was_done_by_its_agent_not_by_a_verb_sharing_its_subject(
    coder: Any,
) -> None:
    text = (
        "ISLAMABAD (Reuters) - India struck nine sites in Pakistan on Wednesday. Pakistan said "
        "the strikes killed 26 civilians and vowed to retaliate. Pakistan's prime minister called "
        "the attack an act of war."
    )
    coded = [
        (e.event_type, [a.country for a in e.source], [a.country for a in e.target])
        for e in coder.code(text, date="2025-05-07")
    ]
    assert ("ASSAULT", ["IND"], ["PAK"]) in coded
    assert [c[1] for c in coded if c[0] == "THREATEN"] == [["PAK"]]
    assert ("ACCUSE", ["PAK"], ["IND"]) in coded


def test_an_attack_a_relative_clause_reports_killing_was_done_by_its_agent(coder: Any) -> None:
    """ "the attack, which it said killed five": the attack killed them, not "it", who said so."""
    text = (
        "LIMA (Reuters) - Chile struck rebel leaders in Peru on Tuesday. The rebels said their "
        "leaders survived the attack, which they said killed five fighters."
    )
    killed = [e for e in coder.code(text, date="2025-05-07") if e.trigger == "killed"]
    assert [[a.country for a in e.source] for e in killed] == [["CHL"]]


@pytest.mark.parametrize(
    ("text", "attacker", "victims"),
    [
        (
            "ISLAMABAD (Reuters) - India struck nine sites in Pakistan on Wednesday. Pakistan said "
            "26 civilians had been killed in the strikes.",
            "IND",
            "PAKCVL",
        ),
        (
            "MOSCOW (Reuters) - Russia launched a drone attack on Kyiv overnight. Ten people were "
            "killed in the attack, Ukrainian officials said.",
            "RUS",
            "UKRCVL",
        ),
    ],
)
def test_those_killed_in_an_attack_named_again_were_killed_by_its_agent(
    coder: Any, text: str, attacker: str, victims: str
) -> None:
    killed = [e for e in coder.code(text, date="2025-05-07") if e.trigger == "killed"]
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in killed] == [
        ([attacker], [victims])
    ]


def test_those_killed_in_an_attack_named_by_another_word_are_not_that_act_s_victims(coder: Any) -> None:
    text = (
        "ADEN (Reuters) - Saudi jets bombed Sanaa on Monday. Three militants were killed in the attack "
        "on a checkpoint in southern Yemen on Thursday."
    )
    killed = [e for e in coder.code(text, date="2025-05-07") if e.trigger == "killed"]
    assert len(killed) == 1 and not any(a.country == "SAU" for a in killed[0].source)


def test_an_act_named_again_by_its_own_object_noun_is_aimed_at_whoever_did_it(coder: Any) -> None:
    text = (
        "MOGADISHU (Reuters) - Ethiopia signed a port deal with Somaliland on Monday. "
        "Somalia called the deal an act of aggression."
    )
    coded = [(e.event_type, [a.country for a in e.target]) for e in coder.code(text, date="2024-01-02")]
    assert ("ACCUSE", ["ETH"]) in coded
    assert [t for kind, t in coded if kind != "ACCUSE"] == [["SOM"]]  # Somaliland is in Somalia


def test_an_international_body_did_the_act_named_again(coder: Any) -> None:
    text = (
        "THE HAGUE (Reuters) - The International Criminal Court issued an arrest warrant for "
        "Netanyahu on Thursday. Israel rejected the decision as antisemitic."
    )
    (reaction,) = [e for e in coder.code(text, date="2024-11-21") if e.event_type == "REJECT"]
    assert [a.sector for a in reaction.target] == ["IGO"]


def test_an_act_noun_with_an_owner_keeps_its_owner(coder: Any) -> None:
    text = "SEOUL (Reuters) - North Korea fired a missile on Monday. Canada condemned Iran's launch."
    reaction = coder.code(text, date="2025-01-08")[-1]
    assert [a.country for a in reaction.target] == ["IRN"]


def test_earlier_acts_are_found_in_text_order_whatever_the_order_of_the_frames(nlp: Language) -> None:
    """A frame another stage added last (a judgement, a proposal) is still an earlier act for a
    reaction later in the text, and the frames keep the order they came in."""
    doc = Doc(
        nlp.vocab,
        words=["Chile", "attacked", "Peru", ".", "Peru", "condemned", "the", "move", "."],
        heads=[1, 1, 1, 1, 5, 5, 7, 5, 5],
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"],
        sent_starts=[True, False, False, False, True, False, False, False, False],
    )
    assault = Sense("ASSAULT", "190", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    accuse = Sense("ACCUSE", "111", None, None, ("object",), ("subject",), MappingProxyType({}), 0.8)
    reaction = EventFrame(doc[5], doc[5], accuse, [doc[4]], [doc[7]], [], [], "asserted", NO_ATTRIBUTION)
    act = EventFrame(doc[1], doc[1], assault, [doc[0]], [doc[2]], [], [], "asserted", NO_ATTRIBUTION)
    doc._.event_frames = [reaction, act]
    frames = nlp.get_pipe("eventwire_actors")(doc)._.event_frames
    assert [f.sense.type for f in frames] == ["ACCUSE", "ASSAULT"]
    assert [a.country for a in frames[0].target] == ["CHL"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israel killed a senior Hezbollah commander in Beirut.", "LBNREB"),
        ("Afghan forces captured a Taliban commander in Kunduz.", "AFGREB"),
        ("A senior Islamic State commander was killed by Iraqi troops in Mosul.", "IMGISL"),
        ("Rebels killed a Syrian army commander near Aleppo.", "SYRMIL"),
    ],
)
def test_a_military_rank_of_an_armed_group_is_the_groups(coder: Any, text: str, target: str) -> None:
    (event,) = [e for e in coder.code(text, date="2017-05-08") if e.event_type in ("ASSAULT", "COERCE")]
    assert [a.code for a in event.target] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Reuters) - Sudan accuses the United Arab Emirates of arming the RSF, which the UAE denies.",
        "NAIROBI (Reuters) - Sudan accuses the UAE of arming the RSF, a charge the Emirates denies.",
        "NAIROBI (Reuters) - Sudan accused the UAE of arming the RSF, which Abu Dhabi has repeatedly denied.",
    ],
)
def test_a_denial_in_a_relative_clause_answers_the_accuser(coder: Any, text: str) -> None:
    """Not the antecedent the parser hangs the clause on ("the RSF"), nor the story's country."""
    (denial,) = [e for e in coder.code(text, date="2025-03-14") if e.event_type == "REJECT"]
    assert [a.country for a in denial.source] == ["ARE"]
    assert [a.country for a in denial.target] == ["SDN"]


def test_a_denial_with_an_object_of_its_own_is_not_read_as_answering_the_accusation(coder: Any) -> None:
    text = "NAIROBI (Reuters) - Sudan accused the UAE of arming the RSF, which denies receiving Kenyan arms."
    denials = [e for e in coder.code(text, date="2025-03-14") if e.event_type == "REJECT"]
    assert all([a.country for a in e.target] != ["SDN"] for e in denials)


@pytest.mark.parametrize(
    ("text", "denier", "accuser"),
    [
        (
            "WARSAW (Reuters) - Ukraine accused Russia of shelling a hospital in Kharkiv. "
            "Moscow denied targeting civilians.",
            "RUS",
            "UKR",
        ),
        (
            "LONDON (Reuters) - Britain accused Iran of plotting attacks on dissidents. "
            "Tehran denied targeting them.",
            "IRN",
            "GBR",
        ),
    ],
)
def test_a_denial_after_an_accusation_answers_the_accuser(
    coder: Any, text: str, denier: str, accuser: str
) -> None:
    """Not the victims of the denied act nor the denier's own country: the wire gold's REJECT of a
    named actor's charge."""
    (denial,) = [e for e in coder.code(text, date="2025-03-14") if e.event_type == "REJECT"]
    assert [a.country for a in denial.source] == [denier]
    assert [a.country for a in denial.target] == [accuser]


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("JERUSALEM (Reuters) - Israeli air strikes hit Gaza City on Tuesday, killing 30 people.", "PSE"),
        (
            "KYIV (Reuters) - Russian missiles struck the Polish border town of Przemysl overnight, "
            "killing three people.",
            "POL",
        ),
    ],
)
def test_the_victims_of_a_participle_hung_on_an_attack_are_of_the_country_struck(
    coder: Any, text: str, struck: str
) -> None:
    """Not of the dateline's country: the participle tells what the attack did."""
    (killing,) = [e for e in coder.code(text, date="2025-09-03") if e.trigger == "killing"]
    assert [a.country for a in killing.target] == [struck]


def test_the_victims_of_an_attack_named_again_are_of_the_country_it_struck(coder: Any) -> None:
    text = (
        "NEW DELHI (Reuters) - India launched missile strikes on Pakistan on Wednesday. "
        "Pakistan said the strikes killed civilians."
    )
    killings = [e for e in coder.code(text, date="2025-05-07") if e.trigger == "killed"]
    assert [(e.source[0].country, e.target[0].code) for e in killings] == [("IND", "PAKCVL")]


@pytest.mark.parametrize(
    ("text", "struck", "place"),
    [
        (  # the attack's target is known only once the places stage reads "sites in Pakistan"
            "NEW DELHI (Reuters) - India launched missile strikes on nine sites in Pakistan and Pakistani "
            "Kashmir. "
            "Pakistan said the strikes killed 26 civilians.",
            "PAK",
            None,
        ),
        (  # its target is the country of the place it hit: the deaths are there too
            "ISLAMABAD (Reuters) - Pakistan carried out air strikes in Kandahar province on Friday. "
            "The Taliban said the strikes killed civilians.",
            "AFG",
            "AFG",
        ),
    ],
)
def test_the_victims_of_an_attack_named_again_are_not_moved_to_the_dateline(
    coder: Any, text: str, struck: str, place: str | None
) -> None:
    (killed,) = [e for e in coder.code(text, date="2025-10-19") if e.trigger == "killed"]
    assert [a.code for a in killed.target] == [f"{struck}CVL"]
    if place is not None:
        assert killed.location is not None and killed.location.country == struck


def test_the_subject_of_the_next_clause_is_not_a_target_of_the_one_before(coder: Any) -> None:
    text = (
        "The African Union suspended Madagascar's membership and the United Nations Secretary-General "
        "condemned the coup."
    )
    events = {e.trigger: e for e in coder.code(text, date="2025-10-14")}
    assert [a.code for a in events["suspended"].target] == ["MDG"]
    assert [a.code for a in events["condemned"].source] == ["IGOUNO"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (  # a Brazilian judge of that surname is listed; the story neither names Brazil nor is filed there
            "WASHINGTON (Reuters) - Corey Lewandowski said the campaign would win. "
            "Lewandowski accused Clinton of lying.",
            "USA",
        ),
        (
            "BRASILIA (Reuters) - Ricardo Lewandowski criticized the ruling. "
            "Lewandowski accused Congress of lying.",
            "BRAJUD",
        ),
        (  # the sitting president, of the country the story names, is the surname's bearer
            "WASHINGTON (Reuters) - Ivanka Trump visited the U.S. Congress. Trump accused China of cheating.",
            "USAGOV",
        ),
    ],
)
def test_a_surname_is_the_person_introduced_before_unless_a_namesake_sits_in_the_story(
    coder: Any, text: str, code: str
) -> None:
    (accused,) = [e for e in coder.code(text, date="2017-05-10") if e.trigger == "accused"]
    assert [a.code for a in accused.source] == [code]


@pytest.mark.parametrize(
    ("text", "trigger", "codes"),
    [
        ("Trinidad and Tobago accused Venezuela of smuggling.", "accused", ["TTO"]),
        ("Bosnia and Herzegovina accused Serbia of meddling.", "accused", ["BIH"]),
        ("The Securities and Exchange Commission charged the company with fraud.", "charged", ["USAGOV"]),
        ("The U.S. Food and Drug Administration warned the company.", "warned", ["USAGOV"]),
        ("Trump and Pena Nieto met in Hamburg.", "met", ["USAGOV", "MEXGOV"]),  # two names stay two
    ],
)
def test_a_name_with_a_coordination_inside_is_one_actor(
    coder: Any, text: str, trigger: str, codes: list[str]
) -> None:
    (event,) = [e for e in coder.code(text, date="2017-06-01") if e.trigger == trigger]
    assert [a.code for a in event.source] == codes


def test_a_participle_on_an_attack_noun_is_that_attack_not_a_second_one(coder: Any) -> None:
    """ "carried out an air strike TARGETING ...": one strike, by its own agent; before, the
    participle was a second attack by the dateline's country."""
    text = (
        "AMMAN, May 6 (Reuters) - Israel carried out an air strike targeting Hezbollah commanders "
        "in the Jordanian capital on Tuesday."
    )
    attacks = [e for e in coder.code(text, date="2025-05-06") if e.event_type == "ASSAULT"]
    assert [[a.country for a in e.source] for e in attacks] == [["ISR"]]


def test_an_infinitive_on_an_act_noun_is_done_by_that_acts_source(coder: Any) -> None:
    """ "a pledge by Trump TO WITHDRAW": the withdrawal is Trump's (before, it had no source)."""
    text = (
        "SANTIAGO (Reuters) - Countries in the pact will keep working on the deal despite a pledge by "
        "U.S. President Donald Trump to withdraw from the accord."
    )
    withdrawals = [e for e in coder.code(text, date="2016-11-20") if e.trigger == "withdraw"]
    assert [a.country for e in withdrawals for a in e.source] == ["USA"]


def test_an_act_noun_another_act_takes_as_object_is_not_carried_by_it(coder: Any) -> None:
    """ "condemned Maduro's threat TO BAN": the ban is Maduro's, not the condemner's."""
    text = (
        "Chile's foreign ministry condemned Venezuelan President Nicolas Maduro's threat to ban "
        "opposition parties."
    )
    bans = [e for e in coder.code(text, date="2025-05-06") if e.trigger == "ban"]
    assert bans and all(a.country == "VEN" for e in bans for a in e.source)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt backs the government in Libya.", "LBYGOV"),
        ("Iran criticized the authorities in Bahrain on Tuesday.", "BHRGOV"),
    ],
)
def test_an_object_placed_by_a_phrase_hung_on_the_verb_is_of_that_place(
    coder: Any, text: str, target: str
) -> None:
    event = coder.code(text, date="2025-01-08")[0]
    assert [a.code for a in event.target] == [target]
