"""Event extraction and argument roles on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.evaluate.plover import main_event
from eventwire.events import roles
from eventwire.models import Event

pytestmark = pytest.mark.model


def _code(coder: Any, sentence: str) -> list[Event]:
    events: list[Event] = coder.code(sentence, date="2020-03-04")
    return events


def _codes(actors: list[Any]) -> list[str]:
    return [a.code for a in actors]


def _only(coder: Any, sentence: str) -> Event:
    events = _code(coder, sentence)
    assert len(events) == 1, [(e.event_type, e.trigger) for e in events]
    return events[0]


def test_passive_with_by_agent_makes_the_agent_the_source(coder: Any) -> None:
    event = _only(coder, "The village was attacked by rebels.")
    assert event.event_type == "ASSAULT" and event.trigger == "attacked"
    assert _codes(event.source) == ["REB"]
    assert event.target and event.target[0].text.lower().endswith("village")


def test_passive_with_national_actors(coder: Any) -> None:
    event = _only(coder, "Syrian government forces were attacked by rebels near Aleppo.")
    assert event.event_type == "ASSAULT"
    assert [a.country for a in event.source] == ["SYR"] and "REB" in (event.source[0].code or "")
    assert [a.country for a in event.target] == ["SYR"] and event.target[0].code == "SYRMIL"


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Chilean villagers fled after being attacked by Peruvian rebels.", "attacked", "CHLCVL"),
        ("Two Chilean activists died after being beaten by Peruvian police.", "beaten", "CHL"),
    ],
)
def test_a_passive_gerund_happens_to_the_subject_of_its_clause(
    coder: Any, sentence: str, trigger: str, target: str
) -> None:
    event = next(e for e in _code(coder, sentence) if e.trigger == trigger)
    assert [a.country for a in event.source] == ["PER"]
    assert event.target and (event.target[0].code or "").startswith(target)


def test_coordinated_sources(coder: Any) -> None:
    event = _only(coder, "France and Germany condemned Russia.")
    assert event.event_type == "ACCUSE"
    assert _codes(event.source) == ["FRA", "DEU"] and _codes(event.target) == ["RUS"]


def test_coordinated_prepositional_targets(coder: Any) -> None:
    event = _only(coder, "Iran met with Iraq and Syria in Tehran.")
    assert event.event_type == "CONSULT"
    assert _codes(event.source) == ["IRN"] and _codes(event.target) == ["IRQ", "SYR"]


def test_light_verb_with_prepositional_target(coder: Any) -> None:
    event = _only(coder, "Japan held talks with Mexico on Tuesday.")
    assert event.event_type == "CONSULT" and event.trigger == "talks"
    assert _codes(event.source) == ["JPN"] and _codes(event.target) == ["MEX"]
    assert event.date == "2020-03-03"


@pytest.mark.parametrize(
    ("subject", "code"), [("The United States", "USA"), ("The European Union", "IGOEUR")]
)
def test_light_verb_imposed_sanctions(coder: Any, subject: str, code: str) -> None:
    event = _only(coder, f"{subject} imposed sanctions on Russia.")
    assert event.event_type == "SANCTION" and event.trigger == "sanctions"
    assert event.cameo.startswith("16")
    assert _codes(event.source) == [code] and _codes(event.target) == ["RUS"]


@pytest.mark.parametrize(
    "sentence",
    ["North Korea threatened to send troops to the border.", "Russia threatened to attack Ukraine."],
)
def test_complement_of_a_threat_is_not_an_event_of_its_own(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "THREATEN" and event.trigger == "threatened"
    assert event.cameo.startswith("13")
    assert event.factuality == "asserted"


def test_a_participial_adjunct_is_an_event_of_its_own(coder: Any) -> None:
    events = _code(coder, "Peru expelled the Chilean ambassador on Monday, accusing Chile of spying.")
    assert [(e.event_type, e.trigger) for e in events] == [("SANCTION", "expelled"), ("ACCUSE", "accusing")]
    assert _codes(events[1].source) == ["PER"] and _codes(events[1].target) == ["CHL"]


def test_nominal_event_with_demonym_modifier(coder: Any) -> None:
    event = _only(coder, "Israeli air strikes on Gaza killed ten people.")
    assert event.event_type == "ASSAULT" and event.trigger == "strikes"
    assert _codes(event.source) == ["ISR"] and [a.country for a in event.target] == ["PSE"]


def test_nominal_event_between_two_parties(coder: Any) -> None:
    event = _only(coder, "Egyptian mediation between Israel and Hamas continued.")
    assert event.trigger == "mediation" and _codes(event.source) == ["EGY"]
    assert [a.country for a in event.target] == ["ISR", "PSE"]


def test_sentence_without_a_political_event(coder: Any) -> None:
    assert _code(coder, "The weather in Lima was sunny and warm on Sunday.") == []


def test_roles_subject_of_passive_and_control(nlp: Any) -> None:
    doc = nlp("The convoy was attacked by militants.")
    verb = next(t for t in doc if t.text == "attacked")
    assert roles.is_passive(verb)
    assert [t.text for t in roles.subject(verb)] == ["militants"]
    assert [t.text for t in roles.direct_object(verb)] == ["convoy"]
    doc = nlp("Chile agreed to meet Peru.")
    meet = next(t for t in doc if t.text == "meet")
    assert [t.text for t in roles.subject(meet)] == ["Chile"]
    assert [t.text for t in roles.direct_object(meet)] == ["Peru"]


def test_roles_prepositional_slots(nlp: Any) -> None:
    doc = nlp("Japan held talks with Mexico.")
    talks = next(t for t in doc if t.text == "talks")
    assert [t.text for t in roles.slot(talks, "prep:with")] == ["Mexico"]
    found, name = roles.first_filled([talks], ("prep:against", "prep:with"))
    assert name == "prep:with" and [t.text for t in found] == ["Mexico"]
    assert roles.first_filled([talks], ("prep:against",)) == ([], None)


def test_roles_out_of_and_away_from_are_one_preposition(nlp: Any) -> None:
    """The parser hangs "of" on "out" and "from" on "away"; "according to" names no slot."""
    pulled = next(t for t in nlp("Peru pulled out of the pact.") if t.text == "pulled")
    assert [t.text for t in roles.prep_objects(pulled, "of")] == ["pact"]
    walked = next(t for t in nlp("Chile walked away from the talks.") if t.text == "walked")
    assert [t.text for t in roles.objects_of_prepositions(walked)] == ["talks"]
    rallied = next(t for t in nlp("Residents rallied, according to police.") if t.text == "rallied")
    assert roles.prep_objects(rallied, "to") == []


def test_a_state_over_years_is_not_a_nominal_event(coder: Any) -> None:
    assert _code(coder, "The dispute threatens decades of cooperation between Chile and Peru.") == []
    event = _only(coder, "Cooperation between Chile and Peru resumed in the port.")
    assert event.event_type == "COOPERATE" and _codes(event.source) == ["CHL"]


def test_newsroom_idiom_is_not_a_request(coder: Any) -> None:
    assert _code(coder, "Chile's foreign ministry did not respond to a request for comment.") == []
    event = _only(coder, "Chile sent a request for aid to Peru.")
    assert event.event_type == "REQUEST"


def test_threat_target_is_the_object_of_the_threatened_act(coder: Any) -> None:
    event = _only(coder, "Russia threatened to attack Ukraine.")
    assert event.event_type == "THREATEN"
    assert _codes(event.source) == ["RUS"] and _codes(event.target) == ["UKR"]


@pytest.mark.parametrize("hung_on", [1, 4])  # "published", or the gerund "showing" further back
def test_gerund_hung_on_a_verb_further_back_takes_the_nearest_gerund_subject(hung_on: int) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = [
        "CNN",
        "published",
        "it",
        ",",
        "showing",
        "Putin",
        "taking",
        "a",
        "line",
        ",",
        "and",
        "offering",
        "help",
    ]
    heads = [1, 1, 1, 1, 1, 6, 4, 8, 6, 1, 1, hung_on, 11]
    deps = [
        "nsubj",
        "ROOT",
        "dobj",
        "punct",
        "advcl",
        "nsubj",
        "ccomp",
        "det",
        "dobj",
        "punct",
        "cc",
        "conj",
        "dobj",
    ]
    tags = ["NNP", "VBD", "PRP", "", "VBG", "NNP", "VBG", "DT", "NN", "", "CC", "VBG", "NN"]
    pos = [
        "PROPN",
        "VERB",
        "PRON",
        "PUNCT",
        "VERB",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
        "CCONJ",
        "VERB",
        "NOUN",
    ]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert [t.text for t in roles.subject(doc[11])] == ["Putin"]
    assert [t.text for t in roles.subject(doc[4])] == ["CNN"]


def test_willing_to_is_an_intent_of_the_copula_subject(coder: Any) -> None:
    event = _only(coder, "Chile is willing to withdraw its troops from Peru.")
    assert event.event_type == "AGREE" and event.factuality == "planned"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said on Monday that Peru must withdraw its troops from the border.",
        "Chile issued a stern reminder to Peru that it must respect the treaty.",
    ],
)
def test_saying_another_party_must_act_is_a_demand(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "REQUEST" and event.cameo == "100"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile told Peru on Monday that it should withdraw its troops from the border.",
        "Chile told Peruvian officials they must respect the treaty.",
    ],
)
def test_telling_another_party_that_it_must_act_is_a_demand_on_it(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "REQUEST" and event.cameo == "100"
    assert [a.country for a in event.source] == ["CHL"] and [a.country for a in event.target] == ["PER"]


@pytest.mark.parametrize(
    ("sentence", "outlet_country"),
    [
        ("The Chilean senator told CNN it must defend the border.", "USA"),
        ("The Chilean senator told the Washington Post it must defend the border.", "USA"),
        ("The Chilean senator told Al Jazeera it must defend the border.", "QAT"),
    ],
)
def test_telling_a_newspaper_that_it_must_act_is_no_demand_on_the_newspaper(
    coder: Any, sentence: str, outlet_country: str
) -> None:
    """Whatever the outlet's name, as attribution knows it (a name of several words included)."""
    events = _code(coder, sentence)
    assert not [e for e in events if any(a.sector == "MED" or a.country == outlet_country for a in e.target)]


def test_a_should_before_its_subject_supposes_and_obliges_no_one(nlp: Any) -> None:
    from eventwire.attribution import load_attribution_lexicon
    from eventwire.events.lexicon import load_lexicon
    from eventwire.events.obligations import find_obligations

    cues = load_lexicon().obligations
    assert cues is not None
    reporting = load_attribution_lexicon().reporting_verbs
    supposed = nlp("The Chilean senator told Peru he would rethink the alliance should he win.")
    obliged = nlp("The Chilean senator told Peru it should withdraw its troops.")
    assert find_obligations(next(supposed.sents), cues, reporting) == []
    assert len(find_obligations(next(obliged.sents), cues, reporting)) == 1


def test_a_participle_of_saying_hung_on_the_reported_clause_is_the_speaker_s(coder: Any) -> None:
    sentence = (
        "The Peruvian foreign ministry said the alliance remained strong, while also expressing "
        "concern about Chilean interference in the election."
    )
    concern = [e for e in _code(coder, sentence) if e.trigger == "concern"]
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in concern] == [
        (["PER"], ["CHL"])
    ]
    endangering = (
        "Peru's opposition said the Peruvian government was using the bill, threatening the rights of voters."
    )
    threat = [e for e in _code(coder, endangering) if e.trigger == "threatening"]
    assert threat and all(a.sector == "GOV" for e in threat for a in e.source)


def test_warning_that_another_party_could_act_criticises_it(coder: Any) -> None:
    event = _only(coder, "Chile warned on Monday that Peru could close the border.")
    assert (event.event_type, event.cameo) == ("ACCUSE", "111")
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


def test_warning_of_what_follows_a_condition_stays_a_threat(coder: Any) -> None:
    event = _only(coder, "Chile warned on Monday that Peru's exports could suffer if the talks failed.")
    assert event.event_type == "THREATEN"


def test_warning_that_the_speakers_own_side_might_act_is_a_threat(coder: Any) -> None:
    text = (
        "SANTIAGO (Reuters) - Chile's president warned on Monday that Chile might take measures against Peru."
    )
    event = _only(coder, text)
    assert event.event_type == "THREATEN"
    assert _codes(event.source) == ["CHLGOV"] and _codes(event.target) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile vowed on Monday that Peru would pay a heavy price for the raid.",
        "Chile said Peru would regret its decision to close the border.",
        "Chile said Peru would face severe punishment for the raid.",
        "Chile said Peru would face the consequences of its decision.",
        "Chile said Peru would face a further tariff if it retaliated.",
        "Chile told reporters that Peru would face sanctions if it closed the border.",
        "Chile said Peru would bear all the consequences of closing the border.",
        "Chile said Peru would bear full responsibility for any escalation.",
    ],
)
def test_saying_another_party_will_suffer_is_a_threat(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "THREATEN" and event.cameo == "130"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile wants Peru to withdraw its troops from the border.",
        "Chile said on Monday that it wanted Peru to release the fishermen.",
    ],
)
def test_wanting_another_party_to_act_demands_it(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "REQUEST" and event.trigger.startswith("want")
    assert [a.country for a in event.source] == ["CHL"] and [a.country for a in event.target] == ["PER"]


@pytest.mark.parametrize(
    "sentence", ["Chile wants to buy more gas from Peru.", "Chile expected the rebels to face resistance."]
)
def test_wanting_for_oneself_or_expecting_demands_nothing(coder: Any, sentence: str) -> None:
    assert all(e.event_type != "REQUEST" for e in _code(coder, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said Peru would pay for the new bridge.",
        "Chile said Peru would face a difficult winter.",
        "Analysts said Peruvian exporters would face tariffs under the plan.",
    ],
)
def test_paying_or_facing_hardship_is_no_threat(coder: Any, sentence: str) -> None:
    events = _code(coder, sentence)
    assert all(e.event_type != "THREATEN" for e in events)


def test_a_source_no_dictionary_knows_is_of_the_country_that_modifies_it(coder: Any) -> None:
    event = _only(coder, "Chile's communications regulator accused Peru of spying.")
    assert event.event_type == "ACCUSE"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile insisted on Monday that Peru withdraw its troops from the border.",
        "Chile's foreign minister recommended that Peru release the fishermen.",
        "Chile proposed that Peru not extend the fishing ban.",
        "Chile suggested that Peru's fishermen be released.",
    ],
)
def test_insisting_that_another_party_act_in_the_bare_form_demands_it(coder: Any, sentence: str) -> None:
    """A subjunctive clause under insist, recommend, propose or suggest is the speaker's demand;
    the act it names ("withdraw") is only its content."""
    events = _code(coder, sentence)
    assert [(e.event_type, e.cameo) for e in events] == [("REQUEST", "100")]
    assert [a.country for a in events[0].source] == ["CHL"] and [a.country for a in events[0].target] == [
        "PER"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile insisted that Peru has withdrawn its troops from the border.",
        "Chile suggested that Peru had released the fishermen.",
        "Chile insisted that it withdraw its troops from the border.",
    ],
)
def test_insisting_that_something_is_so_or_on_ones_own_act_demands_nothing(coder: Any, sentence: str) -> None:
    assert all(e.event_type != "REQUEST" for e in _code(coder, sentence))


def test_own_obligations_are_not_demands(coder: Any) -> None:
    events = _code(coder, "Chile said it must withdraw its troops.")
    assert all(e.event_type != "REQUEST" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru needs to withdraw its troops from the border, Chile's foreign minister said.",
        "Chile said Peru had to release the fishermen.",
        "Chile insisted that Peru has to stop supporting the rebels.",
    ],
)
def test_a_party_said_to_need_or_have_to_act_is_asked_to(coder: Any, sentence: str) -> None:
    """ "needs to", "has to" oblige as "must" does: the speaker's demand, the act only its content."""
    events = _code(coder, sentence)
    countries = [(e.event_type, [a.country for a in e.source], [a.country for a in e.target]) for e in events]
    assert countries == [("REQUEST", ["CHL"], ["PER"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said it needs to withdraw its troops.",
        "Chile said Peru had talks with Bolivia.",
        "Chile said Peru does not need to withdraw its troops.",
        "Chile said Peru has yet to withdraw its troops.",
    ],
)
def test_ones_own_need_or_having_something_demands_nothing(coder: Any, sentence: str) -> None:
    assert all(e.event_type != "REQUEST" for e in _code(coder, sentence))


def test_countryless_actors_take_the_country_of_the_place(coder: Any) -> None:
    event = _only(coder, "Riot police fired tear gas at protesters in Lima.")
    assert _codes(event.source) == ["PERCOP"] and _codes(event.target) == ["PERCVL"]
    assert event.location is not None and event.location.country == "PER"


def test_warning_about_ones_own_future_action_is_a_threat(coder: Any) -> None:
    events = _code(coder, "Chile's interior minister warned that police will break up any rallies.")
    main = max(events, key=lambda e: e.confidence)
    assert main.event_type == "THREATEN" and main.trigger == "warned"


def test_declaring_a_ceasefire_is_coded_on_the_verb(coder: Any) -> None:
    # "declare" is a reporting verb, but "declared a ceasefire" is CAMEO 0871, RETREAT (both gold sets
    # code a declared ceasefire as RETREAT, as the table does)
    event = _only(coder, "Chile declared a unilateral ceasefire on Tuesday.")
    assert (event.event_type, event.cameo, event.trigger) == ("RETREAT", "0871", "declared")
    assert _codes(event.source) == ["CHL"]


def test_allowing_return_is_a_concession(coder: Any) -> None:
    event = _only(coder, "Chile allowed Peruvian refugees to return home.")
    assert event.event_type == "CONCEDE" and _codes(event.source) == ["CHL"]


def test_object_constraints_look_inside_containers(coder: Any) -> None:
    event = _only(coder, "Chile sent 500 tons of food aid to Peru.")
    assert event.event_type == "AID" and event.cameo == "073"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peruvian authorities freed scores of detained Chilean fishermen.",
        "Peru released a handful of Chilean fishermen on Monday.",
    ],
)
def test_a_rough_number_of_people_is_a_container_of_those_people(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "RETREAT" and event.trigger in ("freed", "released")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile fired a barrage of rockets at Peru.",
        "Chile fired a volley of shells at Peru.",
    ],
)
def test_a_barrage_or_volley_holds_what_it_fires(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "ASSAULT" and event.cameo == "194"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


def test_a_vow_of_countermeasures_is_a_threat(coder: Any) -> None:
    event = _only(coder, "Chile vowed countermeasures against Peru.")
    assert event.event_type == "THREATEN" and _codes(event.target) == ["PER"]


def test_an_act_before_a_charge_someone_denies_is_not_the_denials_content(coder: Any) -> None:
    """The parser hangs "threatened" on "denies" as its content; the denial's object names the claim."""
    events = _code(
        coder, "Chile has threatened to cut off aid to Peru, accusing it of spying, a charge Lima denies."
    )
    threat = next(e for e in events if e.trigger == "threatened")
    assert threat.event_type == "THREATEN" and threat.factuality == "asserted"
    assert _codes(threat.source) == ["CHL"] and _codes(threat.target) == ["PER"]


def test_a_message_that_demands_speaks_for_its_issuer(coder: Any) -> None:
    event = _only(coder, "Chile issued a statement demanding that Peru withdraw its troops.")
    assert event.event_type == "REQUEST"
    assert _codes(event.source) == ["CHL"] and _codes(event.target) == ["PER"]


def test_main_clause_event_outweighs_one_in_a_relative_clause(coder: Any) -> None:
    events = _code(coder, "Peru condemned Chilean troops who attacked Peruvian soldiers near Tacna.")
    condemned = next(e for e in events if e.trigger == "condemned")
    attacked = next(e for e in events if e.trigger == "attacked")
    assert condemned.event_type == "ACCUSE" and attacked.event_type == "ASSAULT"
    assert attacked.confidence < condemned.confidence


def test_complaint_targets_the_accused_not_the_addressee(coder: Any) -> None:
    events = _code(coder, "Peru complained to the United Nations over Chilean air raids.")
    event = next(e for e in events if e.trigger == "complained")
    assert event.event_type == "ACCUSE"
    assert _codes(event.source) == ["PER"] and _codes(event.target) == ["CHL"]


def test_withdrawing_inspectors_reduces_relations(coder: Any) -> None:
    event = _only(coder, "The United Nations withdrew its inspectors from Iraq on Monday.")
    assert event.event_type == "SANCTION" and event.cameo == "1662"
    assert _codes(event.target) == ["IRQ"]


def test_a_decision_taken_is_not_a_plan(coder: Any) -> None:
    event = _only(coder, "Chile's Supreme Court decided to release the Peruvian prisoners.")
    assert event.factuality == "asserted" and event.event_type == "RETREAT"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The Chilean government eased restrictions on the press.", "CONCEDE"),
        ("Chilean troops remained on alert near the Peruvian border.", "MOBILIZE"),
        ("Chile's Supreme Court began hearings into the case against Peruvian officials.", "ACCUSE"),
        ("Chile sent 400 police officers to the northern border last year.", "MOBILIZE"),
        ("Chile dispatched 200 gendarmes to the port on Monday.", "MOBILIZE"),
    ],
)
def test_lexicon_constructions_from_cameo_definitions(coder: Any, sentence: str, event_type: str) -> None:
    events = _code(coder, sentence)
    assert event_type in {e.event_type for e in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chilean president shot back that the opposition had caused the deficit.",
        "Chile's president attacked the opposition party as corrupt during the debate.",
        "LIMA (Reuters) - Peru's president attacked the central bank on Twitter on Monday.",
        "LIMA (Reuters) - Peru's president attacked Credicorp again on Monday.",
        "LIMA (Reuters) - Peru's president attacked Ecuador in a speech on Monday.",
    ],
)
def test_violence_verbs_used_of_words_are_criticism(coder: Any, sentence: str) -> None:
    events = _code(coder, sentence)
    main = max(events, key=lambda e: e.confidence)
    assert main.event_type == "ACCUSE" and main.cameo == "111"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean troops attacked the Peruvian army near Tacna.",
        "LIMA (Reuters) - Peru attacked Ecuador's border posts on Monday.",
        "LIMA (Reuters) - Gunmen attacked the mayor of Tacna on Monday.",
    ],
)
def test_armed_attacks_and_attacks_on_other_countries_stay_assaults(coder: Any, sentence: str) -> None:
    assert [e.event_type for e in _code(coder, sentence)] == ["ASSAULT"]


def test_killing_a_bill_is_not_violence(coder: Any) -> None:
    assert all(e.event_type != "ASSAULT" for e in _code(coder, "Chile's Senate killed the bill on Monday."))


def test_an_event_noun_inside_a_request_is_its_content(coder: Any) -> None:
    event = _only(coder, "Peru asked China to speed up customs cooperation at the port.")
    assert event.event_type == "REQUEST" and _codes(event.target) == ["CHN"]


def test_a_stative_passive_has_its_subject_as_source(coder: Any) -> None:
    events = _code(coder, "Chile is committed to closer ties with Peru.")
    assert [(e.event_type, _codes(e.source)) for e in events] == [("AGREE", ["CHL"])]


def test_a_light_verb_carries_the_event_inside_a_measure(coder: Any) -> None:
    event = _only(coder, "Chilean troops launched three days of war games near Arica.")
    assert event.event_type == "MOBILIZE" and event.trigger == "games"
    assert _codes(event.source) == ["CHLMIL"]


def test_arriving_troops_are_a_deployment_and_peacekeepers_are_aid(coder: Any) -> None:
    troops = _only(coder, "A first contingent of Chilean troops arrived in Haiti on Monday.")
    assert troops.event_type == "MOBILIZE" and _codes(troops.source) == ["CHLMIL"]
    keepers = _only(coder, "Chilean peacekeeping troops arrived in Haiti on Monday.")
    assert keepers.event_type == "AID" and keepers.cameo == "074"


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo"),
    [
        ("Chilean dock workers stopped work on Monday.", "PROTEST", "143"),
        ("Chilean students resorted to throwing stones at the police.", "PROTEST", "145"),
        ("Peru ended its mediation efforts between Chile and Bolivia.", "SANCTION", "165"),
    ],
)
def test_more_constructions_from_cameo_definitions(
    coder: Any, sentence: str, event_type: str, cameo: str
) -> None:
    events = _code(coder, sentence)
    assert (event_type, cameo) in {(e.event_type, e.cameo) for e in events}


def test_a_domestic_target_in_the_complement_is_kept(coder: Any) -> None:
    event = _only(coder, "Chile's president threatened to ban Chilean opposition parties.")
    assert event.event_type == "THREATEN" and _codes(event.target) == ["CHLOPP"]


def test_places_inside_a_topic_object_can_be_the_target(coder: Any) -> None:
    event = _only(coder, "The United Nations agreed to an extension of the peacekeeping mission in Haiti.")
    assert event.event_type == "AGREE" and [a.country for a in event.target] == ["HTI"]


def test_a_container_named_by_its_kind_is_that_event(coder: Any) -> None:
    event = _only(coder, "Peru's foreign minister undertook a mediation mission between Chile and Bolivia.")
    assert event.event_type == "CONSULT" and event.cameo == "045"
    assert _codes(event.source) == ["PERGOV"]
    ended = _only(coder, "Peru ended its mediation efforts between Chile and Bolivia.")
    assert ended.event_type == "SANCTION"


def test_a_country_in_a_concessive_phrase_is_not_the_target(coder: Any) -> None:
    event = _only(coder, "Chile vowed to finish the reform this year despite criticism of Peruvian meddling.")
    assert event.event_type == "AGREE" and event.target == []


def test_time_expressions_fill_no_actor_slot(coder: Any) -> None:
    event = _only(coder, "The Nigerian government on Sunday lifted a state of emergency in Lagos.")
    assert event.event_type == "RETREAT" and [a.country for a in event.target] == ["NGA"]
    assert all("Sunday" not in a.text for a in event.target)


def test_preposition_left_empty_by_a_reduced_relative_takes_the_noun_after_it(coder: Any) -> None:
    sentence = "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a residence."
    event = next(e for e in _code(coder, sentence) if e.event_type == "AID")
    assert [a.country for a in event.target] == ["PAN"]


def test_event_inside_another_events_phrase_is_not_the_main_event(coder: Any) -> None:
    sentence = "Russia closed its borders with Iran because of fighting between Azerbaijanis and Armenians."
    events = _code(coder, sentence)
    main = main_event(events)
    assert main is not None and main.trigger == "closed"
    assert _codes(main.source) == ["RUS"]


def test_noun_event_in_a_time_phrase_takes_its_own_actors(coder: Any) -> None:
    events = _code(coder, "Panamanian officers hid in the embassy since the U.S. invasion.")
    invasion = [e for e in events if e.trigger == "invasion"]
    assert invasion and [a.country for a in invasion[0].source] == ["USA"]


def test_preposition_hung_on_the_object_names_the_target(coder: Any) -> None:
    sentence = "Vietnamese forces launched artillery and rocket fire against Cambodian guerrilla camps."
    event = next(e for e in _code(coder, sentence) if e.trigger == "launched")
    assert event.event_type == "ASSAULT" and event.cameo == "194"
    assert [a.country for a in event.target] == ["KHM"]


def test_coordinated_objects_all_count_for_a_sense(coder: Any) -> None:
    sentence = "The United States is providing aerial photographs and military intelligence to Macedonia."
    event = _only(coder, sentence)
    assert event.trigger == "providing" and event.event_type == "COOPERATE"
    assert _codes(event.source) == ["USA"] and _codes(event.target) == ["MKD"]


def test_agentless_arrest_is_made_by_the_police_of_the_place(coder: Any) -> None:
    event = _only(coder, "A Canadian missionary was arrested in Lebanon on Monday.")
    assert event.event_type == "COERCE" and _codes(event.source) == ["LBNCOP"]
    assert event.source[0].text == "" and [a.country for a in event.target] == ["CAN"]


def test_agentless_arrest_in_an_unknown_place_is_not_coded(coder: Any) -> None:
    assert _code(coder, "Two journalists were detained on Monday.") == []


def test_an_attack_that_is_its_own_subject_has_an_unnamed_local_agent(coder: Any) -> None:
    event = _only(coder, "An explosion killed three Israeli soldiers in Gaza.")
    assert event.event_type == "ASSAULT" and _codes(event.source) == ["PSE"]
    assert event.source[0].text == "" and _codes(event.target) == ["ISRMIL"]


def test_possessive_pronoun_points_back_to_the_subject_and_that_clause_names_the_target(coder: Any) -> None:
    events = _code(coder, "The rebels insisted on their demands that Burundi's government grant more rights.")
    demand = next(e for e in events if e.trigger == "demands")
    assert demand.event_type == "REQUEST" and _codes(demand.target) == ["BDIGOV"]
    assert [a.sector for a in demand.source] == ["REB"] and [a.country for a in demand.source] == ["BDI"]


def test_a_nouns_phrase_hung_on_its_verb_still_selects_the_sense(coder: Any) -> None:
    sentence = "Israel's high court opened a landmark hearing Wednesday into the legality of interrogations."
    event = _only(coder, sentence)
    assert event.trigger == "hearing" and event.event_type == "ACCUSE" and event.cameo == "090"
    assert _codes(event.source) == ["ISRJUD"]


def test_holding_people_as_shields_is_hostage_taking_and_a_press_release_is_no_event(coder: Any) -> None:
    sentence = "The army is holding Tamil civilians as human shields, said a press release by the rebels."
    events = _code(coder, sentence)
    assert [(e.event_type, e.cameo, e.trigger) for e in events] == [("ASSAULT", "181", "holding")]


def test_object_shifted_after_an_as_phrase(coder: Any) -> None:
    event = _only(coder, "Albania denounced as an ugly crime Serbia's suppression of the protests.")
    assert event.event_type == "ACCUSE" and _codes(event.source) == ["ALB"]
    assert _codes(event.target) == ["SRB"]


def test_in_defiance_of_names_the_target(coder: Any) -> None:
    sentence = "Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities."
    event = next(e for e in _code(coder, sentence) if e.event_type == "PROTEST")
    assert [a.country for a in event.target] == ["CHN"]


def test_reporting_verb_is_an_event_only_in_its_specific_constructions(coder: Any) -> None:
    event = _only(coder, "The military government declared a state of emergency in Haiti on Saturday.")
    assert (event.event_type, event.cameo) == ("COERCE", "1724") and _codes(event.source) == ["HTIGOV"]
    assert _code(coder, "The minister declared that the talks had failed.") == []


def test_imposing_a_news_blackout_is_censorship(coder: Any) -> None:
    event = _only(coder, "Iran imposed a news blackout on the protests.")
    assert (event.event_type, event.cameo, event.trigger) == ("COERCE", "1721", "blackout")
    assert _codes(event.source) == ["IRN"]


def test_a_noun_event_received_by_the_subject_comes_from_the_from_phrase(coder: Any) -> None:
    event = _only(coder, "Israel came under heavy criticism from the United Nations.")
    assert (
        event.event_type == "ACCUSE"
        and _codes(event.source) == ["IGOUNO"]
        and _codes(event.target) == ["ISR"]
    )


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Peru sparked criticism from Chile by closing the border.", "CHL", "PER"),
        ("The Peruvian president provoked outrage in Chile last year.", "CHL", "PERGOV"),
        ("Peru stirred outrage among Chilean lawmakers.", "CHLLEG", "PER"),
    ],
)
def test_a_reaction_a_subject_caused_comes_from_those_who_react(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    found = [(e.event_type, _codes(e.source), _codes(e.target)) for e in _code(coder, sentence)]
    assert ("ACCUSE", [source], [target]) in found and ("ACCUSE", [target], [source]) not in found


def test_a_caused_event_with_no_one_reacting_is_read_as_any_other(coder: Any) -> None:
    events = _code(coder, "The Peruvian raid sparked clashes between Chilean and Peruvian troops.")
    clashes = next(e for e in events if e.trigger == "clashes")
    assert clashes.event_type == "ASSAULT" and _codes(clashes.target) == ["CHLMIL", "PERMIL"]


def test_calling_for_someone_to_act_asks_it_of_them(coder: Any) -> None:
    events = _code(coder, "Peruvian lawmakers called for Vizcarra to resign.")
    assert [(e.event_type, _codes(e.source), _codes(e.target)) for e in events] == [
        ("REQUEST", ["PERLEG"], ["PERGOV"])
    ]


def test_a_quotation_going_on_keeps_its_speaker(coder: Any) -> None:
    text = '"We condemn the decision," the Peruvian foreign minister said. "We reject the sanctions."'
    rejection = next(e for e in _code(coder, text) if e.trigger == "reject")
    assert rejection.attribution.text == "the Peruvian foreign minister"
    assert _codes(rejection.source) == ["PERGOV"]


def test_a_legislatures_hearing_is_testimony_not_an_investigation(coder: Any) -> None:
    (event,) = _code(coder, "Peruvian senators grilled Vizcarra at a congressional hearing on Tuesday.")
    assert (event.event_type, event.trigger) == ("CONSULT", "hearing")
    (inquiry,) = _code(coder, "Peruvian senators grilled Vizcarra at a hearing into the killings on Tuesday.")
    assert (inquiry.event_type, inquiry.trigger) == ("ACCUSE", "hearing")


def test_an_act_a_naming_verb_judges_is_blamed_on_its_doer(coder: Any) -> None:
    (event,) = _code(coder, "LIMA (Reuters) - Chile's president called the trial a witch hunt.")
    assert (event.event_type, _codes(event.source), _codes(event.target)) == ("ACCUSE", ["CHLGOV"], ["PER"])
    assert _code(coder, "LIMA (Reuters) - Chile's president said the talks were a failure.") == []


def test_a_persons_possessive_is_not_taken_for_the_clause_subject(coder: Any) -> None:
    events = _code(coder, "He attacked the federal judge in Seattle who ruled against his travel ban.")
    assert not any(e.trigger == "ban" for e in events)


def test_an_implied_agent_acts_where_its_own_clause_says(coder: Any) -> None:
    assert _code(coder, "Battisti was arrested on Friday as he tried to cross the border into Bolivia.") == []
    event = _only(coder, "Battisti was arrested in Brazil as he tried to cross the border into Bolivia.")
    assert _codes(event.source) == ["BRACOP"]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA (Reuters) - Protests erupted in Lima on Monday over the new pension law.",
        "LIMA (Reuters) - The demonstrations began on March 3 over the new pension law.",
    ],
)
def test_protests_that_a_verb_says_took_place_are_civilians(coder: Any, text: str) -> None:
    event = _only(coder, text)
    assert (event.event_type, _codes(event.source)) == ("PROTEST", ["PERCVL"])


def test_a_strike_that_took_place_names_no_protesters(coder: Any) -> None:
    """ "strike" is labour's or an army's: with no one named, no civilians are made up for it."""
    events = _code(coder, "LIMA (Reuters) - Officials said the strike took place near the border town.")
    assert "PROTEST" not in {e.event_type for e in events}


def test_protests_only_talked_about_are_no_event(coder: Any) -> None:
    events = _code(coder, "LIMA (Reuters) - The president mentioned the protests in a speech.")
    assert "PROTEST" not in {e.event_type for e in events}


def test_coordinated_countries_are_remembered_for_a_later_group_mention(coder: Any) -> None:
    text = (
        "Greece and Turkey squared up over old disputes on Thursday during a state visit to Athens. "
        "The two countries agreed to revive a consultation process."
    )
    agreed = next(e for e in _code(coder, text) if e.trigger == "agreed")
    assert _codes(agreed.source) == ["GRC", "TUR"]


def test_a_possessive_in_a_time_phrase_points_back_to_the_main_subject(coder: Any) -> None:
    sentence = "U.S. President Barack Obama pushed Cuba to improve human rights during his visit to Havana."
    visit = next(e for e in _code(coder, sentence) if e.trigger == "visit")
    assert _codes(visit.source) == ["USAGOV"]


def test_a_time_phrase_does_not_satisfy_a_preposition_constraint(coder: Any) -> None:
    fired = _only(coder, "Mexico's top prosecutor on Friday fired the federal attorney general.")
    assert fired.event_type == "SANCTION"  # a dismissal, not firing ON someone
    event = _only(coder, "Troops fired on protesters on Friday.")
    assert (event.event_type, event.cameo) == ("ASSAULT", "193")


@pytest.mark.parametrize(
    "text",
    [
        '"Where are you going to do this?" Trump asked on Monday.',
        "Trump asked whether Mexico would pay for the wall.",
        "Reporters asked the minister why the talks had failed.",
        'The senator asked: "Who will pay for this?"',
    ],
)
def test_asking_a_question_is_no_request(coder: Any, text: str) -> None:
    assert [e.event_type for e in _code(coder, text)] == []


def test_asking_someone_to_act_is_a_request(coder: Any) -> None:
    event = _only(coder, "Russia asked Japan for help.")
    assert _codes(event.source) == ["RUS"] and _codes(event.target) == ["JPN"]
    event = _only(coder, '"Will you stay?" Trump asked Putin to say more about the talks.')
    assert event.event_type == "REQUEST" and _codes(event.target) == ["RUSGOV"]


def test_a_vague_sense_without_a_target_is_coded_with_low_confidence(coder: Any) -> None:
    event = _only(coder, "Madrid ordered the region to start providing the weekly data in July.")
    assert (event.event_type, _codes(event.source), _codes(event.target)) == ("REQUEST", ["ESPGOV"], [])
    assert event.confidence < 0.5


def test_crushing_protests_is_repression_by_the_subject(coder: Any) -> None:
    event = _only(coder, "Bahrain crushed the protests in 2011.")
    assert (event.event_type, event.cameo) == ("COERCE", "170") and _codes(event.source) == ["BHR"]


def test_they_in_a_named_persons_quote_is_not_the_speaker(coder: Any) -> None:
    assert _code(coder, "They kept firing at anyone, imam Mohamed Abdel Fattah told Reuters.") == []
    event = _only(coder, "Syrian rebels said they would attack the airport.")
    assert [a.country for a in event.source] == ["SYR"]


def test_the_object_of_a_relative_clause_is_the_noun_it_modifies(coder: Any) -> None:
    event = _only(coder, "He criticized a 2015 pact that the United States struck with Iran.")
    assert event.trigger == "struck" and event.event_type == "AGREE"
    assert _codes(event.source) == ["USA"] and _codes(event.target) == ["IRN"]


def test_a_relative_clause_on_a_names_last_word_is_the_whole_names(coder: Any) -> None:
    """The parser hangs "which condemned" on "Cooperation" of "the Organisation for Islamic
    Cooperation": the organisation condemns, as it does when it is the subject."""
    text = "Turkey hosted a summit of the Organisation for Islamic Cooperation, which condemned Israel."
    events = _code(coder, text)
    condemned = [e for e in events if e.trigger == "condemned"]
    assert [(_codes(e.source), _codes(e.target)) for e in condemned] == [(["IGOOIC"], ["ISR"])]


def test_a_fronted_past_participle_is_passive(coder: Any) -> None:
    assert _code(coder, "Asked on CNN's State of the Union if it abandons the goal, McConnell said no.") == []


def test_clashing_with_an_international_body_in_words_is_criticism(coder: Any) -> None:
    event = _only(coder, "The Polish government clashed with the European Commission over judicial reforms.")
    assert (event.event_type, event.cameo) == ("ACCUSE", "111")
    armed = _only(coder, "UN peacekeepers clashed with the Congolese government on Monday.")
    assert armed.event_type == "ASSAULT"


def test_fronted_participle_with_an_agent_acts_on_the_main_subject(coder: Any) -> None:
    backed, retook = coder.code("Backed by Russia, Syrian troops retook the city.", date="2017-03-02")
    assert backed.trigger == "Backed"
    assert (_codes(backed.source), _codes(backed.target)) == (["RUS"], ["SYRMIL"])
    assert (retook.trigger, retook.event_type) == ("retook", "ASSAULT")  # "retook" read as "retake"


def test_surviving_an_attack_makes_the_subject_its_target(coder: Any) -> None:
    event = _only(coder, "The Afghan governor survived an attack by Taliban fighters on Monday.")
    assert event.event_type == "ASSAULT" and [a.sector for a in event.source] == ["REB"]
    assert [a.code for a in event.target] == ["AFGGOV"]


def test_an_attack_subject_names_its_agent_by_its_modifier(coder: Any) -> None:
    sentence = "Residents said a coalition air strike overnight killed 12 Yemeni civilians in Saada."
    event = next(e for e in _code(coder, sentence) if e.trigger == "killed")
    assert [a.sector for a in event.source] == ["IGO"] and [a.code for a in event.target] == ["YEMCVL"]


def test_an_attack_noun_with_no_target_gives_way_to_the_killing_it_caused(coder: Any) -> None:
    event = _only(coder, "An Israeli air strike killed three Hamas fighters in Gaza.")
    assert (
        event.trigger == "killed" and _codes(event.source) == ["ISR"] and _codes(event.target) == ["PSEREB"]
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "doer"),
    [
        ("Portugal accused Morocco of attacking its fishing boats.", "attacking", "MAR"),
        ("Chad blamed Sudan for shelling border villages.", "shelling", "SDN"),
        ("Norway praised Denmark for sending aid to Lebanon.", "sending", "DNK"),
    ],
)
def test_the_object_does_the_act_it_is_accused_or_praised_for(
    coder: Any, sentence: str, trigger: str, doer: str
) -> None:
    inner = next(e for e in _code(coder, sentence) if e.trigger == trigger)
    assert [a.country for a in inner.source] == [doer]


def test_without_an_object_the_subject_does_the_act_after_a_preposition(coder: Any) -> None:
    inner = next(
        e
        for e in _code(coder, "Chadian rebels resorted to attacking army posts.")
        if e.trigger == "attacking"
    )
    assert [a.country for a in inner.source] == ["TCD"]


def test_the_owner_of_a_rejected_object_is_the_target(coder: Any) -> None:
    story = "NAIROBI (Reuters) - A Kenyan court blocked the government's plan to close the Dadaab camp."
    event = _only(coder, story)
    assert event.event_type in ("REJECT", "COERCE") and _codes(event.target) == ["KENGOV"]


def test_an_unplaced_common_noun_source_is_the_story_country_with_less_confidence(coder: Any) -> None:
    assumed = _only(coder, "NAIROBI (Reuters) - Investigators accused the interior ministry of fraud.")
    named = _only(coder, "NAIROBI (Reuters) - Kenyan police accused the interior ministry of fraud.")
    assert _codes(assumed.source) == ["KEN"] and _codes(named.source) == ["KENCOP"]
    assert _codes(assumed.target) == _codes(named.target) == ["KENGOV"]
    assert assumed.confidence < named.confidence
    assert _code(coder, "NAIROBI (Reuters) - It accused the interior ministry of fraud.") == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Government troops captured the town of Kidal from the rebels on Sunday.", "ASSAULT"),
        ("The rebels retook the airport after two days of fighting.", "ASSAULT"),
        ("Army units seized the district headquarters overnight.", "ASSAULT"),
        ("The army seized power in a coup on Wednesday.", "COERCE"),
        ("Police seized weapons and cash in the raid.", "COERCE"),
        ("The army said it captured five rebels near the border.", "ASSAULT"),
    ],
)
def test_taking_a_place_by_force_is_fighting_and_taking_power_or_goods_a_seizure(
    coder: Any, sentence: str, event_type: str
) -> None:
    assert [e.event_type for e in _code(coder, sentence)] == [event_type]


def test_an_apology_is_a_concession(coder: Any) -> None:
    event = _only(coder, "SEOUL (Reuters) - Japan apologized to South Korea for the remarks.")
    assert (event.event_type, event.cameo, _codes(event.target)) == ("CONCEDE", "055", ["KOR"])


def test_a_place_taken_by_force_is_taken_from_its_holder(coder: Any) -> None:
    story = "NIAMEY (Reuters) - Nigerien troops captured the town of Diffa from the rebels on Sunday."
    event = _only(coder, story)
    assert _codes(event.source) == ["NERMIL"] and [a.sector for a in event.target] == ["REB"]


def test_a_prison_sentence_is_an_arrest_and_other_sentences_a_conviction(coder: Any) -> None:
    prison = _only(coder, "CAIRO (Reuters) - An Egyptian court sentenced 20 people to five years in prison.")
    other = _only(coder, "CAIRO (Reuters) - An Egyptian court sentenced the activist to death.")
    assert (prison.event_type, prison.cameo) == ("COERCE", "173")
    assert (other.event_type, other.cameo) == ("SANCTION", "116")
    assert _codes(prison.source) == _codes(other.source) == ["EGYJUD"]


def test_approving_a_bill_is_no_event_and_approving_a_nominee_is_support(coder: Any) -> None:
    assert _code(coder, "OSLO (Reuters) - Norway's parliament approved the budget on Tuesday.") == []
    story = "OSLO (Reuters) - Norway's parliament approved the nomination of the new chief of defence."
    event = _only(coder, story)
    assert (event.event_type, _codes(event.source)) == ("SUPPORT", ["NORLEG"])


def test_the_host_of_a_visit_is_its_source(coder: Any) -> None:
    # CAMEO 043 "host a visit"; the wire gold accepts either direction for meetings, PLOVER's does not
    event = _only(coder, "Peru's president hosted the Bolivian foreign minister in Lima on Saturday.")
    assert event.event_type == "CONSULT"
    assert (_codes(event.source), _codes(event.target)) == (["PERGOV"], ["BOLGOV"])


@pytest.mark.parametrize(
    "sentence",
    [
        "A Peruvian official, who asked not to be named, said the talks would resume.",
        "Two Peruvian officials, who asked not to be identified, said the talks would resume.",
        "A Peruvian official who asked for anonymity said the talks would resume.",
        "The Peruvian president's office, asked about the talks, said they would resume.",
        "When asked about the talks, the Peruvian president said they would resume.",
    ],
)
def test_asking_for_anonymity_or_being_asked_about_something_is_no_request(coder: Any, sentence: str) -> None:
    assert [e for e in _code(coder, sentence) if e.event_type == "REQUEST"] == []


def test_asking_someone_to_act_is_still_a_request(coder: Any) -> None:
    event = _only(coder, "Peru's president asked Chile to return the fishing boats.")
    assert (event.event_type, _codes(event.target)) == ("REQUEST", ["CHL"])


def test_an_attack_at_a_rally_or_a_post_is_no_venue_of_words(coder: Any) -> None:
    rally = "LIMA (Reuters) - Supporters of the president attacked protesters at a rally on Monday."
    assert "ACCUSE" not in {e.event_type for e in _code(coder, rally)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru urged Chile to halt the raids and withdraw its troops from the border.",
        "Peru asked Chile to free the sailors and drop the charges against them.",
    ],
)
def test_a_bare_conjunct_of_a_requested_act_is_its_content_too(coder: Any, sentence: str) -> None:
    event = _only(coder, sentence)
    assert event.event_type == "REQUEST" and _codes(event.target) == ["CHL"]


def test_a_conjunct_with_its_own_subject_is_an_act_of_its_own(coder: Any) -> None:
    events = _code(coder, "Peru urged Chile to halt the raids, and Chile withdrew its troops.")
    assert [(e.event_type, e.trigger) for e in events] == [("REQUEST", "urged"), ("RETREAT", "withdrew")]


@pytest.mark.parametrize("verb", ["hopes", "hoped"])
def test_hoping_to_act_is_a_plan(coder: Any, verb: str) -> None:
    event = _only(coder, f"Chile {verb} to hold talks with Peru.")
    assert event.factuality == "planned" and _codes(event.target)[0].startswith("PER")


def test_reciprocal_violence_has_both_sides_as_source_and_target(coder: Any) -> None:
    """The wire gold codes sides that clash as each other's attackers ("the groups that clashed":
    source and target both); the PLOVER manual's own paragraph on reciprocal actors is commented out
    in its source."""
    event = _only(coder, "Peruvian and Chilean troops clashed near the border.")
    assert (event.event_type, _codes(event.source)) == ("ASSAULT", ["PERMIL", "CHLMIL"])
    assert _codes(event.target) == ["PERMIL", "CHLMIL"]


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("Peruvian and Chilean troops exchanged fire near the border.", "ASSAULT"),
        ("ISLAMABAD (Reuters) - Indian and Pakistani troops traded fire on Thursday.", "ASSAULT"),
        ("ISLAMABAD (Reuters) - India and Pakistan traded accusations over the attack.", "ACCUSE"),
        ("ISLAMABAD (Reuters) - India and Pakistan exchanged threats on Friday.", "THREATEN"),
    ],
)
def test_subjects_of_a_reciprocal_verb_act_on_each_other(coder: Any, story: str, kind: str) -> None:
    """Every side is source and target, as when they "accused each other" (the wire gold codes such an
    act both ways), and the dateline's country is no target."""
    (event,) = [e for e in coder.code(story, date="2025-05-08") if e.event_type == kind]
    assert len(event.source) == 2
    assert [a.country for a in event.target] == [a.country for a in event.source]


@pytest.mark.parametrize(
    "story",
    [
        "LIMA (Reuters) - Bolivia said it would not attend the talks in Santiago.",
        "Bolivia said it would not attend the next round of talks scheduled for Sunday in Santiago.",
    ],
)
def test_the_place_of_a_gathering_is_no_party_to_it(coder: Any, story: str) -> None:
    events = [e for e in coder.code(story, date="2025-06-27") if e.trigger == "attend"]
    assert events and not [e for e in events if any(a.country == "CHL" for a in e.target)]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Boric challenged Milei to meet him in person.", "ARG"),
        ("Chile pushed Peru to improve human rights.", "PER"),
    ],
)
def test_daring_or_pushing_someone_to_act_demands_it_of_them(coder: Any, sentence: str, target: str) -> None:
    (event,) = coder.code(sentence, date="2025-06-27")
    assert (event.event_type, [a.country for a in event.target]) == ("REQUEST", [target])


def test_pushing_people_back_demands_nothing(coder: Any) -> None:
    assert coder.code("Police pushed the protesters back to clear the road.", date="2025-06-27") == []


def test_a_commitment_to_act_is_an_agreement_not_the_act(coder: Any) -> None:
    events = coder.code(
        "Peru and Chile signed a treaty on Friday, committing to end the dispute.", date="2025-06-27"
    )
    assert {e.trigger: e.event_type for e in events} == {"signed": "SUPPORT", "committing": "AGREE"}


@pytest.mark.parametrize(
    "story",
    [
        "LIMA (Reuters) - Peru and Bolivia signed a border agreement in Washington on Friday.",
        "LIMA (Reuters) - Peru and Bolivia signed a border agreement on Friday.",
    ],
)
def test_a_signing_is_a_joint_act_of_one_side_with_the_other(coder: Any, story: str) -> None:
    """The wire gold's convention for acts two sides do together: one side is the source, the other
    the target, not the city where they sign nor the story's country (with no other party to take
    for the target, both stay the source, as the PLOVER gold codes them)."""
    (event,) = coder.code(story, date="2025-06-27")
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["PER"], ["BOL"])


def test_views_exchanged_are_a_joint_act_of_one_side_with_the_other(coder: Any) -> None:
    text = "BEIJING (Reuters) - China's president and Saudi Arabia's king exchanged views on regional issues."
    (event,) = coder.code(text, date="2017-11-17")
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["CHN"], ["SAU"])


def test_forces_that_fight_an_enemy_are_not_each_others_target(coder: Any) -> None:
    event = _only(coder, "Peruvian and Chilean forces fought the Bolivian rebels near the border.")
    assert (_codes(event.source), [a.country for a in event.target]) == (["PERMIL", "CHLMIL"], ["BOL"])


def test_exchanging_fire_with_someone_targets_them(coder: Any) -> None:
    event = _only(coder, "Peruvian troops exchanged fire with Chilean soldiers near the border.")
    assert (event.event_type, _codes(event.source), _codes(event.target)) == (
        "ASSAULT",
        ["PERMIL"],
        ["CHLMIL"],
    )


def test_an_event_noun_owned_by_an_actor_is_that_actors(coder: Any) -> None:
    event = _only(coder, "Peru has not responded to Chile's request for talks.")
    assert (event.event_type, _codes(event.source)) == ("REQUEST", ["CHL"])


def test_a_light_verb_still_gives_its_subject_to_an_owned_noun(coder: Any) -> None:
    event = _only(coder, "Peru imposed Chile's first sanctions on Bolivia.")
    assert (event.event_type, _codes(event.source)) == ("SANCTION", ["PER"])


def test_a_launched_attack_is_the_attack_whatever_its_weapons(coder: Any) -> None:
    event = _only(coder, "Chile launched a massive missile attack on Peru overnight.")
    assert (event.event_type, event.trigger, _codes(event.target)) == ("ASSAULT", "attack", ["PER"])


def test_a_launched_missile_test_is_still_a_show_of_force(coder: Any) -> None:
    assert _only(coder, "Chile launched a missile test on Monday.").event_type == "MOBILIZE"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chile fired a ballistic missile over Peru on Friday.", "MOBILIZE"),
        ("Chile test-fired two ballistic missiles on Monday.", "MOBILIZE"),
        ("Chile fired a missile at a Peruvian navy ship.", "ASSAULT"),
        ("Chile fired missiles toward Lima on Saturday.", "ASSAULT"),
        ("Chile fired rockets on Monday.", "ASSAULT"),
    ],
)
def test_a_missile_fired_at_no_one_is_a_show_of_force(coder: Any, sentence: str, kind: str) -> None:
    """As a launch: a missile fired at, into or toward a target is an attack, one fired over a
    country or in a test shows force; rockets, shells and mortars stay attacks."""
    assert [e.event_type for e in _code(coder, sentence)] == [kind]


def test_a_finite_verb_hung_on_a_gerund_shares_the_subject_of_the_finite_verb_above(nlp: Any) -> None:
    """English does not coordinate "plotting" with "sentenced": the parser's conjunct shares the
    subject of the nearest finite verb above, not the gerund's; a verb with do-support is finite."""
    doc = nlp(
        "Peru's top court convicted former President Lopez on Thursday of plotting a coup to "
        "overturn his election defeat and sentenced him to 20 years in prison."
    )
    sentenced = next(t for t in doc if t.text == "sentenced")
    assert sentenced.head.text in ("plotting", "overturn")  # the attachment this test is about
    assert [t.text for t in roles.subject(sentenced)] == ["court"]
    doc = nlp("He said Lopez did not provide any names at the meeting and instead sought to discuss trade.")
    sought = next(t for t in doc if t.text == "sought")
    assert [t.text for t in roles.subject(sought)] == ["Lopez"]
    # a past tense cannot share the reported clause's "would": it pairs with the reporting verb
    doc = nlp("Peru said the army would leave the town and called for talks with Chile.")
    called = next(t for t in doc if t.text == "called")
    assert called.head.text == "leave"  # the attachment this test is about
    assert [t.text for t in roles.subject(called)] == ["Peru"]


def test_a_verb_of_saying_hung_on_a_reported_perfect_is_the_reporter_s(nlp: Any) -> None:
    """ "had intruded" is a perfect that a simple past cannot share: a verb with a clause of its
    own ("urged Manila to stop") pairs with the reporting verb; one without stays the clause's."""
    doc = nlp("China said the Philippine ship had intruded into its waters and urged Manila to stop.")
    urged = next(t for t in doc if t.text == "urged")
    assert urged.head.text == "intruded"  # the attachment this test is about
    assert [t.text for t in roles.subject(urged)] == ["China"]
    doc = nlp("The army said the rebels had attacked the town and killed five soldiers.")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.head.text == "attacked"
    assert [t.text for t in roles.subject(killed)] == ["rebels"]


def test_a_verb_of_saying_hung_on_a_reported_state_is_the_reporter_s(nlp: Any) -> None:
    """A reported copula or passive tells a state; a verb of saying or charging coordinated after it
    ("and vowed to keep up the pressure") is the reporter's; a deed stays the clause's subject's
    ("the rebels were heavily armed and attacked the town")."""
    doc = nlp(
        "Peru's president said Chile was responsible for the collapse of the truce "
        "and vowed to keep up pressure."
    )
    vowed = next(t for t in doc if t.text == "vowed")
    assert vowed.head.text == "was"  # the attachment this test is about
    assert [t.text for t in roles.subject(vowed)] == ["president"]
    doc = nlp(
        "Chile's commerce ministry said the duties were illegal and vowed to take all necessary measures."
    )
    vowed = next(t for t in doc if t.text == "vowed")
    assert vowed.head.text == "were"
    assert [t.text for t in roles.subject(vowed)] == ["ministry"]
    doc = nlp("The ministry said the rebels were heavily armed and attacked the town.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert attacked.head.text == "were"
    assert [t.text for t in roles.subject(attacked)] == ["rebels"]


def test_a_verb_of_saying_after_what_a_report_showed_is_the_reporter_s(nlp: Any) -> None:
    """ "X said the attack showed that Y was not interested in peace and called on allies": the state
    is what the attack showed, and the call is X's, not the attack's or Y's."""
    doc = nlp(
        "Peru's president said the attack showed that Chile was not interested in peace "
        "and called on its allies to send more weapons."
    )
    called = next(t for t in doc if t.text == "called")
    assert called.head.text == "was"  # the attachment this test is about
    assert [t.text for t in roles.subject(called)] == ["president"]
    doc = nlp("The minister said the report showed that the army was responsible and demanded an inquiry.")
    demanded = next(t for t in doc if t.text == "demanded")
    assert demanded.head.text == "was"
    assert [t.text for t in roles.subject(demanded)] == ["minister"]


def test_the_named_object_of_a_verb_does_its_infinitive(nlp: Any) -> None:
    """ "prompted Peru to impose tariffs": Peru imposes them; an object that is no actor's name
    ("used tear gas to disperse the crowd") leaves the act to the subject."""
    doc = nlp("The attack prompted Peru to impose tariffs on Chilean goods.")
    impose = next(t for t in doc if t.text == "impose")
    assert impose.dep_ == "xcomp"  # the attachment this test is about
    assert [t.text for t in roles.subject(impose)] == ["Peru"]
    doc = nlp("Peruvian police used tear gas to disperse the crowd.")
    disperse = next(t for t in doc if t.text == "disperse")
    assert disperse.dep_ == "xcomp"
    assert [t.text for t in roles.subject(disperse)] == ["police"]


@pytest.mark.parametrize(
    ("sentence", "verb", "doer"),
    [
        ("The shelling prompted Chilean officials to accuse Peru of aggression.", "accuse", "officials"),
        ("The attack led Peru's defence minister to order a review of border security.", "order", "minister"),
        ("Chile accused Peruvian warships of harassing its fishing boats.", "harassing", "warships"),
    ],
)
def test_an_object_a_name_places_does_the_act_it_is_given(
    nlp: Any, sentence: str, verb: str, doer: str
) -> None:
    """A common noun placed by a name ("PERUVIAN warships", "PERU's defence minister") is an actor the
    actors stage can resolve, so it does its infinitive or gerund as a name would."""
    doc = nlp(sentence)
    act = next(t for t in doc if t.text == verb)
    assert [t.text for t in roles.subject(act)] == [doer]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's foreign minister called the accusations absurd.",
        "Chile's foreign minister described the allegations as a smear.",
        "Chile's foreign minister called the charges politically motivated.",
    ],
)
def test_characterising_the_charges_rejects_them(coder: Any, sentence: str) -> None:
    assert [e.event_type for e in _code(coder, sentence)] == ["REJECT"]


def test_dismissing_remarks_named_again_rejects_their_speaker(coder: Any) -> None:
    text = (
        "CAIRO (Reuters) - Egypt said Israel bore responsibility for the famine. "
        "Israel's foreign ministry dismissed the remarks as baseless."
    )
    coded = [(e.event_type, [a.country for a in e.target]) for e in coder.code(text, date="2025-08-01")]
    assert ("REJECT", ["EGY"]) in coded


@pytest.mark.parametrize("word", ["unjustified", "unreasonable", "unwarranted", "discriminatory"])
def test_tariffs_judged_unjustified_are_criticised(coder: Any, word: str) -> None:
    text = f"NEW DELHI (Reuters) - India said the U.S. tariffs were {word}."
    assert ("ACCUSE", ["USA"]) in [
        (e.event_type, [a.country for a in e.target]) for e in coder.code(text, date="2025-08-01")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's foreign minister praised the report as balanced and fair.",
        "Chile's foreign minister described the report as accurate.",
    ],
)
def test_praising_or_confirming_a_report_does_not_reject_it(coder: Any, sentence: str) -> None:
    assert "REJECT" not in [e.event_type for e in _code(coder, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's Supreme Court suspended the government's directive on Monday.",
        "A Chilean judge blocked the president's executive order on Tuesday.",
        "Chile's top court struck down the law on Tuesday.",
        "Chile's constitutional court overturned the ban on Monday.",
    ],
)
def test_a_court_halting_a_measure_rejects_it(coder: Any, sentence: str) -> None:
    events = _code(coder, sentence)
    assert [(e.event_type, [a.sector for a in e.source]) for e in events] == [("REJECT", ["JUD"])]


def test_a_government_suspending_its_programme_rejects_nothing(coder: Any) -> None:
    assert "REJECT" not in [e.event_type for e in _code(coder, "Chile suspended the programme on Monday.")]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Greek negotiators were locked in talks with their Turkish counterparts on Monday.",
        "Greek ministers are in talks with Turkish officials about the border.",
        "The Greek minister is expected in Ankara this week for talks with Turkish officials.",
    ],
)
def test_the_subject_of_a_clause_in_talks_is_one_side_of_them(coder: Any, sentence: str) -> None:
    found = [
        (e.event_type, e.source[0].country, e.target[0].country)
        for e in coder.code(sentence, date="2021-06-10")
    ]
    assert [(t, s, g) for t, s, g in found if t in ("CONSULT", "AGREE")] in (
        [("CONSULT", "GRC", "TUR")],
        [("AGREE", "GRC", "TUR")],  # a planned meeting is coded as an agreement to meet
    )


@pytest.mark.model
def test_being_in_agreement_with_a_view_is_no_agreement(coder: Any) -> None:
    events = coder.code(
        "Greek ministers were all in agreement that the Turkish plan had failed.", date="2021-06-10"
    )
    assert "AGREE" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    "story",
    [
        "LIMA (Reuters) - The 2007 earthquake, which killed more than 500 people, still shapes the coast.",
        "MANILA (Reuters) - At least 40 people were killed by the typhoon that struck the capital on Monday.",
        "DHAKA (Reuters) - Monsoon flooding that killed dozens of villagers has receded.",
        "MANILA (Reuters) - Typhoon Lando killed more than 60 people in the north on Sunday.",
    ],
)
def test_a_natural_hazard_attacks_no_one(coder: Any, story: str) -> None:
    assert [e for e in _code(coder, story) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("story", "sources"),
    [
        ("BANGKOK (Reuters) - A landmine wounded five Thai soldiers on Wednesday.", []),
        ("BANGKOK (Reuters) - A mine wounded five Thai soldiers on Wednesday.", []),
        ("BANGKOK (Reuters) - A Cambodian rocket wounded five Thai soldiers on Wednesday.", ["KHM"]),
    ],
)
def test_a_weapon_that_harms_names_no_attacker_but_its_owner(
    coder: Any, story: str, sources: list[str]
) -> None:
    """Not the story's country: the weapon's owner when a modifier names one, else no source."""
    (attack,) = [e for e in _code(coder, story) if e.event_type == "ASSAULT"]
    assert [a.country for a in attack.source] == sources
    assert [a.country for a in attack.target] == ["THA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian president is expected to meet Chile's president in Lima next week.",
        "The Peruvian president is scheduled to meet Chile's president in Lima next week.",
        "The Peruvian president is set to visit Chile next week.",
        "The Peruvian president is slated to meet Chile's president in Lima next week.",
        "The Peruvian president, who is expected to meet Chile's president in Lima next week, spoke.",
    ],
)
def test_the_bearer_of_an_expectation_does_the_act(coder: Any, sentence: str) -> None:
    events = _code(coder, sentence)
    assert [(_codes(e.source), e.target[0].country, e.factuality) for e in events] == [
        (["PERGOV"], "CHL", "planned")
    ]


@pytest.mark.parametrize(
    "story",
    [
        "DHAKA (Reuters) - A ferry capsized on the Padma river on Sunday, killing at least 30 passengers.",
        "CAIRO (Reuters) - A bus plunged into a canal in northern Egypt, killing 20 people, officials said.",
        "NAIROBI (Reuters) - A train and a truck collided in western Kenya on Monday, killing three men.",
        "OSLO (Reuters) - Two people were injured when a goods train derailed near the coast on Friday.",
        "JAKARTA (Reuters) - The speaker said the crash had injured his leg and his head.",
    ],
)
def test_an_accident_attacks_no_one(coder: Any, story: str) -> None:
    assert [e for e in _code(coder, story) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "story",
    [
        "ROME (Reuters) - A man crashed his car into protesters on Saturday, killing one woman.",
        "LONDON (Reuters) - A van plunged into a crowd of worshippers near a mosque, injuring ten people.",
    ],
)
def test_a_vehicle_driven_into_people_is_an_attack(coder: Any, story: str) -> None:
    assert "ASSAULT" in [e.event_type for e in _code(coder, story)]


@pytest.mark.parametrize(
    "story",
    [
        "MEXICO CITY (Reuters) - Her home was destroyed in the 1985 quake, she said.",
        "MIAMI (Reuters) - Dozens of homes were destroyed during the hurricane, officials said.",
        "DHAKA (Reuters) - Twelve people were killed in the floods on Sunday.",
    ],
)
def test_an_agentless_passive_done_in_a_natural_hazard_is_no_attack(coder: Any, story: str) -> None:
    assert [e for e in _code(coder, story) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "story",
    [
        "KABUL (Reuters) - A car bomb killed three soldiers on Monday.",
        "KABUL (Reuters) - Three soldiers were killed in an ambush on Monday, officials said.",
    ],
)
def test_an_attack_whose_attacker_is_not_named_is_coded_on_its_victims(coder: Any, story: str) -> None:
    events = [e for e in _code(coder, story) if e.event_type == "ASSAULT"]
    assert [(e.source, _codes(e.target)) for e in events] == [([], ["AFGMIL"])]


def test_a_natural_hazard_does_no_other_act_either(coder: Any) -> None:
    assert _code(coder, "JUBA (Reuters) - Famine threatens much of the country.") == []


def test_militants_named_beside_a_hazard_still_attack(coder: Any) -> None:
    story = "LIMA (Reuters) - Rebels killed four soldiers days after the earthquake struck the coast."
    assert [(e.event_type, e.trigger) for e in _code(coder, story)] == [("ASSAULT", "killed")]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Peru's supreme court dismissed the complaint by Chile on Monday.", "PERJUD"),
        ("The Chilean president dismissed the lawsuit filed by Peru.", "CHLGOV"),
    ],
)
def test_dismissing_a_complaint_or_a_lawsuit_rejects_it(coder: Any, sentence: str, source: str) -> None:
    event = _only(coder, sentence)
    assert (event.event_type, _codes(event.source)) == ("REJECT", [source])


def test_dismissing_an_official_is_no_rejection_but_his_removal(coder: Any) -> None:
    event = _only(coder, "The Chilean president dismissed his interior minister on Monday.")
    assert (event.event_type, [a.code for a in event.target]) == ("SANCTION", ["CHLGOV"])


@pytest.mark.parametrize(
    ("sentence", "event_type", "source", "target", "factuality"),
    [
        ("The offensive on Mosul was carried out by Iraqi army.", "ASSAULT", ["IRQMIL"], ["IRQ"], "asserted"),
        (
            "Islamic State claimed responsibility for the attack on police.",
            "ASSAULT",
            ["IMGISL"],
            ["COP"],
            "asserted",
        ),
        ("It is the deal that Iran reached with France.", "AGREE", ["IRN"], ["FRA"], "asserted"),
        # the verb that does the noun says how sure it is
        ("An agreement with Iran could be reached by Germany.", "AGREE", ["DEU"], ["IRN"], "hypothetical"),
    ],
)
def test_a_noun_event_is_done_by_whoever_does_it_through_a_verb(
    coder: Any, sentence: str, event_type: str, source: list[str], target: list[str], factuality: str
) -> None:
    event = _only(coder, sentence)
    assert (event.event_type, _codes(event.source), _codes(event.target)) == (event_type, source, target)
    assert event.factuality == factuality


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("SEOUL (Reuters) - Seoul has faced criticism over its lack of preparation.", ["KOR"], ["KORGOV"]),
        ("HELSINKI (Reuters) - The soldier will face charges, the police said.", ["FINJUD"], ["FINMIL"]),
        ("Trump has drawn harsh criticism for his plans.", ["USA"], ["USAGOV"]),
    ],
)
def test_criticism_and_charges_received_come_from_someone_left_unnamed(
    coder: Any, sentence: str, source: list[str], target: list[str]
) -> None:
    event = _only(coder, sentence)
    assert (event.event_type, _codes(event.source), _codes(event.target)) == ("ACCUSE", source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "MEXICO CITY (Reuters) - The president faces an uphill battle.",
        "WASHINGTON (Reuters) - Trump got approval.",
    ],
)
def test_battles_and_support_received_need_a_named_sender(coder: Any, sentence: str) -> None:
    assert _code(coder, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "WASHINGTON (Reuters) - He attended a Trump rally in Ohio on Sunday.",
        "WASHINGTON (Reuters) - Trump's campaign rallies have been boisterous.",
    ],
)
def test_a_campaign_rally_is_no_protest(coder: Any, sentence: str) -> None:
    assert _code(coder, sentence) == []


def test_a_verbal_act_after_a_reported_act_is_the_reporters(coder: Any) -> None:
    """An act cannot vow or urge: the verb the parser hung on the reported clause is the speaker's."""
    vowed = coder.code(
        "Pakistan said the strikes killed 26 civilians and vowed to respond.", date="2025-05-08"
    )
    assert [(e.event_type, e.source[0].code) for e in vowed if e.trigger == "vowed"] == [("THREATEN", "PAK")]
    urged = coder.code(
        "BAKU (Reuters) - The ministry said the shelling wounded two soldiers and urged Armenia to stop.",
        date="2021-06-10",
    )
    assert [(e.source[0].code, e.target[0].code) for e in urged if e.trigger == "urged"] == [
        ("AZEGOV", "ARM")
    ]
    threatened = coder.code(
        "Peru says the decision will cost its farmers dearly and has threatened to expel Chile's envoy.",
        date="2021-06-10",
    )
    assert [e.source[0].code for e in threatened if e.trigger == "threatened"] == ["PER"]
    # people can: "the gunmen ... threatened" stays theirs
    gunmen = coder.code(
        "Police said the gunmen killed three people and threatened to kill more.", date="2021-06-10"
    )
    assert [e.source[0].code for e in gunmen if e.trigger == "threatened"] == ["REB"]


def test_sanctions_in_a_package_a_vote_approves_are_its_voters(coder: Any) -> None:
    text = (
        "Peru's congress approved a fourth package of sanctions against Chile on Friday, after Bolivia"
        " dropped its objections."
    )
    sanction = next(e for e in _code(coder, text) if e.event_type == "SANCTION")
    assert (_codes(sanction.source), _codes(sanction.target)) == (["PERLEG"], ["CHL"])


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type"),
    [
        (
            "Bolivia's government nationalised the lithium mines run by a Chilean company.",
            "nationalised",
            "COERCE",
        ),
        ("Protesters vandalised the French embassy in Niamey.", "vandalised", "PROTEST"),
    ],
)
def test_a_verb_in_its_british_spelling_is_the_lexicons_entry(
    coder: Any, sentence: str, trigger: str, event_type: str
) -> None:
    assert [e.event_type for e in _code(coder, sentence) if e.trigger == trigger] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Chile held drills near the Peruvian border on Monday.", "MOBILIZE"),
        ("Chile and Argentina began naval drills off Cape Horn.", "COOPERATE"),
    ],
)
def test_bare_drills_are_military_ones(coder: Any, sentence: str, event_type: str) -> None:
    assert [e.event_type for e in _code(coder, sentence) if e.trigger == "drills"] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The Kenyan president said the opposition was to blame for the violence.", "KENGOV", "KENOPP"),
        ("The opposition is to blame for the violence, the Kenyan president said.", "KENGOV", "KENOPP"),
        ("Trump stood by his belief that the Democrats were to blame for the violence.", "USAGOV", "USAPTY"),
    ],
)
def test_one_said_to_be_to_blame_is_blamed_by_whoever_says_so(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    """ "X is to blame": X is the one judged, not the judge (the speaker, or the owner of the belief)."""
    (event,) = [e for e in _code(coder, sentence) if e.trigger == "blame"]
    assert event.event_type == "ACCUSE"
    assert _codes(event.source) == [source] and _codes(event.target) == [target]
