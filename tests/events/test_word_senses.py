"""Word senses told apart by their construction (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _types(coder: Any, sentence: str) -> list[str]:
    return [e.event_type for e in coder.code(sentence, date="2021-06-10")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Workers at Spanish ports went on strike over pensions.", "PROTEST"),
        ("The strike by Ghanaian nurses entered its second week.", "PROTEST"),
        ("Chilean miners struck for higher wages.", "PROTEST"),
        ("Turkish jets struck targets in northern Iraq.", "ASSAULT"),
        ("Russia condemned the coalition strike on the Syrian town.", "ACCUSE"),
        # a state's strike is military whatever it does; a kind of workers makes it a labour one
        ("A Ukrainian strike damaged a refinery overnight.", "ASSAULT"),
        ("Israel's strike hit an apartment block.", "ASSAULT"),
        ("A French rail strike disrupted travel on Monday.", "PROTEST"),
        # with no cue in the phrase, who strikes decides: a state or its forces attack
        ("Japan's prime minister ordered the strikes after the missile launch by North Korea.", "ASSAULT"),
        ("Israel's government said Israel had refrained from further strikes.", "ASSAULT"),
        ("Kenyan teachers called a strike to demand higher pay.", "PROTEST"),
        ("The Nigerian Labour Congress called a national strike.", "PROTEST"),
        ("Greece's government held a general strike.", "PROTEST"),  # a stoppage, whoever calls it
    ],
)
def test_labour_and_military_strikes(coder: Any, sentence: str, expected: str) -> None:
    types = _types(coder, sentence)
    assert expected in types
    other = {"PROTEST": "ASSAULT", "ASSAULT": "PROTEST", "ACCUSE": "PROTEST"}[expected]
    assert other not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union suspended sanctions on Belarus.",
        "Washington waived sanctions on Venezuelan oil exports.",
        "The United States removed sanctions against Sudan.",
        "Canada lifted its embargo on Libya.",
    ],
)
def test_suspending_or_lifting_sanctions_is_easing_not_imposing(coder: Any, sentence: str) -> None:
    types = _types(coder, sentence)
    assert "RETREAT" in types and "SANCTION" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States slashed tariffs on Chilean copper.",
        "Peru lowered its duties on Bolivian goods.",
        "Argentina cut tariffs on Brazilian steel.",
    ],
)
def test_lessening_a_tariff_eases_it(coder: Any, sentence: str) -> None:
    types = _types(coder, sentence)
    assert "RETREAT" in types and "SANCTION" not in types


def test_lessening_something_else_is_no_easing(coder: Any) -> None:
    assert _types(coder, "Chile's central bank cut interest rates on Tuesday.") == []


def test_suspending_a_partnership_reduces_relations(coder: Any) -> None:
    (event,) = coder.code(
        "The United States suspended its strategic partnership with Peru.", date="2024-11-30"
    )
    assert (event.event_type, event.cameo, [a.country for a in event.target]) == ("SANCTION", "161", ["PER"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chilean general pleaded guilty to charges of torture.", "CONCEDE"),
        ("The Chilean general pleaded not guilty to charges of torture.", "REJECT"),
    ],
)
def test_a_plea_of_guilty_concedes_and_one_of_not_guilty_rejects(
    coder: Any, sentence: str, expected: str
) -> None:
    assert _types(coder, sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovakia dropped its veto on the sanctions package.",
        "Hungary withdrew its veto of the new sanctions on Friday.",
        "Hungary lifted its objection to the new sanctions on Friday.",
    ],
)
def test_dropping_a_veto_or_an_objection_concedes(coder: Any, sentence: str) -> None:
    assert _types(coder, sentence) == ["CONCEDE"]


def test_an_adjective_names_a_multiword_event_noun(coder: Any) -> None:
    assert _types(coder, "Military exercises between Russia and Belarus began on Monday.") == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("sentence", "mode", "source", "target"),
    [
        ("Zambian police were questioning two Malawian traders.", "investigate", "ZMBCOP", "MWI"),
        ("The Chilean senator questioned the legality of the Peruvian law.", "disapprove", "CHLLEG", "PER"),
        ("The journalist was questioned for six hours in Cairo.", None, "EGYCOP", "EGY"),  # by the police
    ],
)
def test_questioning_is_an_interrogation_by_police_and_doubt_from_others(
    coder: Any, sentence: str, mode: str | None, source: str, target: str
) -> None:
    (event,) = coder.code(sentence, date="2021-06-10")
    assert (event.event_type, event.source[0].code, event.target[0].country) == ("ACCUSE", source, target)
    assert mode is None or event.mode == mode


@pytest.mark.parametrize(
    ("sentence", "expected", "source", "target"),
    [
        ("The Bolivian president opposed the Chilean plan.", "REJECT", "BOLGOV", "CHL"),
        ("The Fijian prime minister shrugged off Tonga's warning.", "REJECT", "FJIGOV", "TON"),
        ("The Latvian minister voiced skepticism about Russia's offer.", "REJECT", "LVAGOV", "RUS"),
        ("Latvia's court annulled the Russian decree.", "REJECT", "LVAJUD", "RUS"),
        ("The Greek prime minister conveyed his condolences to Italy.", "SUPPORT", "GRCGOV", "ITA"),
        ("The Chilean president called out three Peruvian senators.", "ACCUSE", "CHLGOV", "PER"),
        ("The Kenyan minister singled out Uganda for criticism.", "ACCUSE", "KENGOV", "UGA"),
        ("The Turkish president railed against the German court.", "ACCUSE", "TURGOV", "DEU"),
        ("Mexico pushed back against the American plan.", "REJECT", "MEX", "USA"),
        ("The Turkish president lashed out at Greece over the marine park.", "ACCUSE", "TURGOV", "GRC"),
        ("Venezuela's government hit out at Colombia on Wednesday.", "ACCUSE", "VENGOV", "COL"),
        ("The French president rounded on his Italian counterpart.", "ACCUSE", "FRAGOV", "ITA"),
        ("The Ghanaian president excoriated the Nigerian senate.", "ACCUSE", "GHAGOV", "NGA"),
        ("The Polish president admonished the Czech minister over the remarks.", "ACCUSE", "POLGOV", "CZE"),
        ("Chile imposed export controls on Peru on Thursday.", "SANCTION", "CHL", "PER"),
        ("Chilean senators voted against the Peruvian proposal.", "REJECT", "CHLLEG", "PER"),
        ("The Chilean president called the Peruvian measures a clear escalation.", "ACCUSE", "CHLGOV", "PER"),
        ("The Kenyan president chastised the Ugandan minister on Monday.", "ACCUSE", "KENGOV", "UGA"),
        ("The Greek prime minister sought to discredit the Turkish inquiry.", "ACCUSE", "GRCGOV", "TUR"),
        ("The Indian foreign minister lamented Canada's decision.", "ACCUSE", "INDGOV", "CAN"),
        ("China expressed dismay over the Philippine verdict.", "ACCUSE", "CHN", "PHL"),
        ("The Brazilian president took a swipe at the Argentine leader.", "ACCUSE", "BRAGOV", "ARG"),
    ],
)
def test_words_of_criticism_rejection_support_and_sanction(
    coder: Any, sentence: str, expected: str, source: str, target: str
) -> None:
    events = coder.code(sentence, date="2021-06-10")
    coded = [(e.event_type, a.code, b.country) for e in events for a in e.source[:1] for b in e.target[:1]]
    assert (expected, source, target) in coded


def test_the_target_of_a_verbal_attack_is_not_its_place(coder: Any) -> None:
    """ "lashed out AT Greece": the "at" phrase is whom the criticism is aimed at, not where."""
    text = "ANKARA (Reuters) - The Turkish president lashed out at Greece over the marine park."
    (event,) = coder.code(text, date="2021-06-10")
    assert event.target[0].country == "GRC"
    assert event.location is not None and event.location.country == "TUR"


def test_shunning_work_is_no_rejection(coder: Any) -> None:
    events = coder.code(
        "Dockers in Chittagong shunned work on Monday to protest at the new port fees.", date="2021-06-10"
    )
    assert "REJECT" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Canadian Treasury is targeting Iranian shipping firms.", "SANCTION"),
        ("Ottawa's new embargo, targeting Iranian shipping firms, took effect.", "SANCTION"),
        ("Sudanese gunmen targeted a police station in Kassala.", "ASSAULT"),
    ],
)
def test_targeting_is_a_sanction_when_sanctions_do_it(coder: Any, sentence: str, expected: str) -> None:
    types = _types(coder, sentence)
    assert expected in types
    assert ({"SANCTION", "ASSAULT"} - {expected}).isdisjoint(types)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuania's parliament voted on Tuesday to impeach President Rolandas Kazlauskas.",
        "Lawmakers in Lima impeached the Peruvian president on Friday.",
    ],
)
def test_impeaching_an_official_is_a_sanction_as_removing_one_is(coder: Any, sentence: str) -> None:
    assert "SANCTION" in _types(coder, sentence)


def _coded(coder: Any, sentence: str) -> list[tuple[str, set[str | None], set[str | None]]]:
    return [
        (e.event_type, {a.country for a in e.source}, {a.country for a in e.target})
        for e in coder.code(sentence, date="2025-01-21")
    ]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Clashes erupted in the capital on Sunday between Sudanese troops and the RSF.", "SDN", "SDN"),
        ("Fighting broke out between Ethiopian soldiers and Eritrean forces near the border.", "ETH", "ERI"),
    ],
)
def test_fighting_that_breaks_out_between_two_sides_is_between_them(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("ASSAULT", {source}, {target}) in _coded(coder, sentence)


def test_a_military_operation_launched_is_an_assault(coder: Any) -> None:
    coded = _coded(coder, "Turkey launched a military operation against Kurdish militants in Syria.")
    assert [c[0] for c in coded] == ["ASSAULT"] and coded[0][1] == {"TUR"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran vowed revenge against Israel for the killing of its commander.",
        "Pakistan promised a firm response against India on Thursday.",
    ],
)
def test_vowing_revenge_or_a_response_is_a_threat(coder: Any, sentence: str) -> None:
    (event,) = [e for e in coder.code(sentence, date="2025-01-21") if e.event_type != "ASSAULT"]
    assert event.event_type == "THREATEN" and {a.country for a in event.target} in ({"ISR"}, {"IND"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi protesters set fire to the Kuwaiti consulate in Basra.",
        "Iraqi protesters set the Kuwaiti consulate in Basra on fire.",
    ],
)
def test_setting_fire_to_a_building_destroys_it(coder: Any, sentence: str) -> None:
    coded = _coded(coder, sentence)
    assert [c[0] for c in coded] == ["ASSAULT"] and coded[0][2] == {"KWT"}


def test_aid_paused_is_aid_cut(coder: Any) -> None:
    coded = _coded(coder, "The United States paused military aid to Ukraine on Monday.")
    assert coded == [("SANCTION", {"USA"}, {"UKR"})]


def test_an_offensive_pressed_is_an_assault_and_a_person_pressed_is_asked(coder: Any) -> None:
    assert [c[0] for c in _coded(coder, "Sudanese troops pressed their offensive against the RSF.")] == [
        "ASSAULT"
    ]
    assert [c[0] for c in _coded(coder, "Washington pressed Kyiv to accept the plan.")] == ["REQUEST"]


@pytest.mark.parametrize("word", ["a coup", "a massacre", "a crime against humanity", "a witch hunt"])
def test_naming_an_act_a_crime_accuses_its_author(coder: Any, word: str) -> None:
    text = f"Armenia detained three Azerbaijani soldiers on Monday. Azerbaijan called the detention {word}."
    reaction = [e for e in coder.code(text, date="2025-01-21") if e.event_type == "ACCUSE"]
    assert [[a.country for a in e.target] for e in reaction] == [["ARM"]]


def test_a_two_word_judgement_with_an_adjective_is_a_judgement(coder: Any) -> None:
    text = (
        "Armenia detained three Azerbaijani soldiers. Azerbaijan described the detention as ethnic cleansing."
    )
    reaction = [e for e in coder.code(text, date="2025-01-21") if e.event_type == "ACCUSE"]
    assert [[a.country for a in e.target] for e in reaction] == [["ARM"]]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The United States announced $73 million in new aid to Somalia.", "AID"),
        ("Turkey has poured more than $1 billion in aid into Somalia.", "AID"),
        ("Japan pledged $2 billion in loans to Somalia.", "AGREE"),
    ],
)
def test_a_sum_of_money_in_aid_is_aid(coder: Any, sentence: str, kind: str) -> None:
    assert [c[0] for c in _coded(coder, sentence)] == [kind]
    assert _coded(coder, sentence)[0][2] == {"SOM"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union froze 30 million euros in funding to the Somali government.",
        "Britain suspended 50 million pounds of aid to Somalia.",
        "Canada cut 20 million dollars in aid to Somalia.",
    ],
)
def test_a_sum_in_a_currency_holds_what_it_pays_for(coder: Any, sentence: str) -> None:
    """The currency noun is the object ("euros"); the act is on what the sum is "in" or "of"."""
    assert [c[0] for c in _coded(coder, sentence)] == ["SANCTION"]


def test_a_court_blocking_an_actor_from_acting_rejects_the_actor(coder: Any) -> None:
    coded = _coded(coder, "A Kenyan court blocked the government from deploying police officers to Haiti.")
    assert ("REJECT", {"KEN"}, {"KEN"}) in coded
    assert all(
        kind != "REJECT" for kind, *_ in _coded(coder, "Kenyan police blocked protesters from entering.")
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Syrian rebels seized Damascus on Sunday.", "ASSAULT"),
        ("Syrian rebels seized weapons on Sunday.", "COERCE"),
        ("Syrian troops captured Aleppo from the rebels.", "ASSAULT"),
    ],
)
def test_seizing_a_named_place_takes_territory(coder: Any, sentence: str, kind: str) -> None:
    assert [c[0] for c in _coded(coder, sentence)] == [kind]


def test_a_call_on_a_party_the_parser_reads_as_a_particle_is_a_request(coder: Any) -> None:
    text = "Democrats called on Republicans to work with them on a bipartisan fix."
    assert [e.event_type for e in coder.code(text, date="2017-07-24")] == ["REQUEST"]


def test_tear_gas_used_against_protesters_is_crowd_control(coder: Any) -> None:
    text = "TBILISI (Reuters) - Georgian police used water cannon and tear gas against protesters."
    (event,) = coder.code(text, date="2024-11-29")
    assert (event.event_type, event.mode) == ("ASSAULT", "crowd-control")
    assert [(a.country, a.sector) for a in event.target] == [("GEO", "CVL")]


def test_calling_a_foreign_act_treasonous_criticises_it(coder: Any) -> None:
    text = "Chile detained three Peruvian fishermen. Peru called the detention treasonous."
    reaction = [e for e in coder.code(text, date="2024-06-25") if e.event_type == "ACCUSE"]
    assert [[a.country for a in e.target] for e in reaction] == [["CHL"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan government has denied that its police used excessive force.",
        "Russia has denied it is violating the Georgian accord.",
        "The Kenyan government denied any wrongdoing.",
    ],
)
def test_denying_what_one_is_accused_of_is_a_rejection(coder: Any, sentence: str) -> None:
    events = coder.code(sentence, date="2021-06-10")
    assert [(e.event_type, e.factuality) for e in events if e.trigger == "denied"] == [("REJECT", "asserted")]


def test_denying_someone_entry_is_a_refusal_to_yield(coder: Any) -> None:
    (event,) = coder.code("Hungary denied the Serbian delegation entry.", date="2021-06-10")
    assert (event.event_type, event.cameo) == ("REJECT", "1245")


def test_a_call_with_someone_is_a_phone_call_and_a_call_for_something_a_demand(coder: Any) -> None:
    (talk,) = coder.code("The Chilean president had a tense call with Peru's president.", date="2021-06-10")
    assert (talk.event_type, talk.mode, talk.target[0].country) == ("CONSULT", "phone", "PER")
    asked = coder.code("Chile renewed its call for Peru to release the fishermen.", date="2021-06-10")
    assert "CONSULT" not in [e.event_type for e in asked]
    briefing = "The Chilean minister said in a conference call with reporters that the talks went well."
    assert "CONSULT" not in [e.event_type for e in coder.code(briefing, date="2021-06-10")]


def test_a_news_conference_is_a_briefing_unless_held_with_someone(coder: Any) -> None:
    alone = "The Chilean president said at his last news conference that the moves were explosive."
    assert "CONSULT" not in [e.event_type for e in coder.code(alone, date="2021-06-10")]
    joint = "The Chilean president spoke at a joint press conference with Peru's president."
    consults = [e for e in coder.code(joint, date="2021-06-10") if e.event_type == "CONSULT"]
    assert [a.country for e in consults for a in e.target] == ["PER"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kenyan president fired his finance minister on Monday.", "SANCTION"),
        ("Zambia's president sacked the army chief.", "SANCTION"),
        ("The Peruvian president dismissed Ricardo Mendoza as interior minister.", "SANCTION"),
        ("The Zambian president sacked the opposition leader from the cabinet.", "SANCTION"),
        ("Kenyan police fired on the protesters.", "ASSAULT"),
        ("Kenyan police fired tear gas at the protesters.", "ASSAULT"),
        ("The Kenyan court dismissed the petition.", "REJECT"),
        ("The Kenyan interior ministry suspended the governor from his post.", "SANCTION"),
        ("The Kenyan president was suspended from office by the Supreme Court.", "SANCTION"),
    ],
)
def test_firing_an_official_and_firing_on_people(coder: Any, sentence: str, expected: str) -> None:
    """Removing an office holder, or suspending one, is SANCTION (the wire gold's convention, as for
    impeaching); firing on or at people is an attack; dismissing a petition rejects it."""
    assert _types(coder, sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Kenya is seeking clarification from Uganda on the border closure.", "UGA"),
        ("The Chilean minister sought assurances from Argentina that the pipeline would stay open.", "ARG"),
        ("Ghana continues to seek Togo's return to the talks.", "TGO"),
    ],
)
def test_seeking_what_only_another_can_give_is_a_request(coder: Any, sentence: str, target: str) -> None:
    """Seeking an explanation, assurances, someone's return: a request of whoever can give it."""
    (event,) = [e for e in coder.code(sentence, date="2021-06-10") if e.event_type == "REQUEST"]
    assert [a.country for a in event.target] == [target]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan finance minister resigned to seek the presidency.",
        "The Kenyan newspaper sought comment from the ministry.",
    ],
)
def test_seeking_an_office_or_a_comment_requests_nothing_of_anyone(coder: Any, sentence: str) -> None:
    assert "REQUEST" not in _types(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ecuador pulled out of the regional trade pact.", "SANCTION"),
        ("The Chilean government will pull out of the treaty next year.", "SANCTION"),
        ("Russia pulled out of Syria last year.", "RETREAT"),
    ],
)
def test_pulling_out_of_an_agreement_is_leaving_it_not_a_retreat(
    coder: Any, sentence: str, expected: str
) -> None:
    """ "Out of" is one preposition: the lexicon's "pull out" reading for treaties sees its object
    (the parser hangs "of" on "out"); pulling out of a place stays a retreat from it."""
    events = coder.code(sentence, date="2021-06-10")
    assert [e.event_type for e in events] == [expected]
    if expected == "RETREAT":
        assert [a.country for a in events[0].target] == ["SYR"]


@pytest.mark.parametrize(
    ("sentence", "word", "critic"),
    [
        ("Peru filled its cabinet with critics of Chilean trade policy.", "critics", True),
        ("The Kremlin critic was detained on Monday.", "critic", False),  # whom he criticises is no "of"
    ],
)
def test_a_critic_of_someone_criticises_them(coder: Any, sentence: str, word: str, critic: bool) -> None:
    events = coder.code(sentence, date="2021-06-10")
    found = [(e.event_type, [a.country for a in e.target]) for e in events if e.trigger == word]
    assert found == ([("ACCUSE", ["CHL"])] if critic else [])


def test_hostages_freed_by_the_police_or_the_military_are_rescued(coder: Any) -> None:
    """The PLOVER manual codes hostage rescues ("Police in Barcelona freed 10 human trafficking victims
    during an operation") as AID; a release by the captors is a RETREAT."""
    cases = {
        "Police freed 10 human trafficking victims during an operation on Monday.": "AID",
        "Pakistani troops freed 10 hostages near the border on Monday.": "AID",
        "The kidnappers freed 10 hostages on Monday.": "RETREAT",
    }
    for sentence, plover in cases.items():
        assert [e.event_type for e in coder.code(sentence, "2017-06-01")] == [plover], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States delivered howitzers and rocket launchers to Ukraine.",
        "France supplied Patriot batteries to Poland.",
        "Germany sent two air defence missiles to Ukraine.",
    ],
)
def test_weapons_of_every_kind_given_are_military_aid(coder: Any, sentence: str) -> None:
    assert [(e.event_type, e.cameo) for e in coder.code(sentence, date="2024-05-02")] == [("AID", "072")]


def test_a_system_that_gives_rates_is_no_aid(coder: Any) -> None:
    sentence = "We want a tax system that gives us the lowest possible rates."
    assert coder.code(sentence, date="2024-05-02") == []


@pytest.mark.parametrize(
    ("sentence", "threat"),
    [
        ("South Korea warned North Korea that the United States was working on sanctions.", True),
        ("Chile warned Peru not to send troops to the border.", True),
        ("The U.N. chief warned of the risk of ethnic cleansing.", False),
        ("Aid groups warned that famine was spreading in the north of the country.", False),
        ("Chile warned that Peru's exports could suffer if the talks failed.", True),
        ("Chile warned that Peru's exports could suffer this year.", False),
        ("Chile warned of overwhelming countermeasures.", True),
        ("Chile warned of swift retribution.", True),
    ],
)
def test_a_warning_threatens_the_one_it_is_given_to(coder: Any, sentence: str, threat: bool) -> None:
    types = {e.event_type for e in coder.code(sentence, date="2024-05-02") if e.trigger == "warned"}
    assert ("THREATEN" in types) == threat


def test_scrambling_jets_raises_an_alert_and_scrambling_to_act_does_not(coder: Any) -> None:
    (event,) = coder.code(
        "Japan scrambled fighter jets after Chinese bombers flew near its airspace.", "2024-05-02"
    )
    assert (event.event_type, event.cameo, event.target) == ("MOBILIZE", "152", [])
    assert coder.code("Japanese ministers scrambled to respond to the crisis.", "2024-05-02") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Serbian prosecutors have charged 13 people, including a former minister, over the collapse.",
        "A Serbian man was charged under terrorism laws on Friday.",
        "Serbian police charged a man in connection with the stabbing.",
    ],
)
def test_charges_brought_without_with_are_accusations(coder: Any, sentence: str) -> None:
    assert [c[0] for c in _coded(coder, sentence)] == ["ACCUSE"]


@pytest.mark.parametrize(
    "sentence",
    ["The Serbian company charged customers for the service.", "Serbian riot police charged into the crowd."],
)
def test_a_fee_or_a_rush_is_no_charge(coder: Any, sentence: str) -> None:
    assert all(c[0] != "ACCUSE" for c in _coded(coder, sentence))


@pytest.mark.parametrize(
    ("text", "expected", "target"),
    [
        # regret over an act another party owns disapproves of it
        (
            "BEIJING (Reuters) - China expressed regret over India's military action on Wednesday.",
            "ACCUSE",
            "IND",
        ),
        (
            "BERLIN (Reuters) - Germany regrets the U.S. decision to leave the Paris climate accord.",
            "ACCUSE",
            "USA",
        ),
        # told to someone, or of one's own act, it is an apology
        (
            "TOKYO (Reuters) - Japan expressed regret to South Korea over the wartime labour issue.",
            "CONCEDE",
            "KOR",
        ),
    ],
)
def test_regret_over_anothers_act_is_disapproval(coder: Any, text: str, expected: str, target: str) -> None:
    (event,) = [e for e in coder.code(text, date="2025-05-07") if e.trigger.startswith("regret")]
    assert (event.event_type, event.target[0].country) == (expected, target)


def test_a_newsrooms_investigation_is_no_event(coder: Any) -> None:
    """The media's own inquiries are reporting; an agency's or a court's are acts."""
    text = "JAKARTA (Reuters) - A Reuters investigation published this month found links to the militants."
    assert [e.event_type for e in coder.code(text, date="2025-05-07")] == []
    (probe,) = coder.code(
        "WASHINGTON (Reuters) - The FBI opened an investigation into the senator.", date="2025-05-07"
    )
    assert (probe.event_type, probe.source[0].code) == ("ACCUSE", "USACOP")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weapon or a force that hits something attacks it, whatever it hits
        ("Ukrainian drones hit an oil refinery in the Saratov region.", ["ASSAULT"]),
        ("Israeli warplanes hit a convoy near the border.", ["ASSAULT"]),
        ("A Russian missile hit a power substation in Kharkiv.", ["ASSAULT"]),
        # hitting is no attack when no weapon or force does it
        ("Sanctions hit the country's economy hard.", []),
        ("The storm hit the coast on Tuesday.", []),
    ],
)
def test_weapons_that_hit(coder: Any, sentence: str, expected: list[str]) -> None:
    assert _types(coder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The African Union suspended Mali from the bloc.", ["SANCTION"]),
        ("ECOWAS said it would suspend Guinea-Bissau from its decision-making bodies.", ["SANCTION"]),
        ("The union suspended the worker from his job.", []),  # a job is no body of states
    ],
)
def test_suspended_from_a_body(coder: Any, sentence: str, expected: list[str]) -> None:
    assert _types(coder, sentence) == expected


def test_missiles_fired_at_a_city_the_recognizer_glued_to_a_time_are_an_attack(coder: Any) -> None:
    """The small model tags "Kyiv overnight" as one time: the place is still what was fired at."""
    assert _types(coder, "Russia fired missiles at Kyiv overnight.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    ["Chile launched around 50 drones towards Peru.", "Chile fired drones at Peruvian border posts."],
)
def test_drones_launched_or_fired_at_a_party_are_an_attack(coder: Any, sentence: str) -> None:
    assert _types(coder, sentence) == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan prosecutors demonstrated that the minister had taken bribes.",
        "The Nigerian government has demonstrated its commitment to the peace talks.",
        "Kenya must demonstrate it is enforcing the new anti-graft law.",
    ],
)
def test_demonstrating_something_is_no_protest(coder: Any, sentence: str) -> None:
    """With an object or a that-clause, "demonstrate" is to show something, not to protest."""
    assert "PROTEST" not in _types(coder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan opposition supporters demonstrated for a second day in Nairobi.",
        "Students demonstrated outside the Iranian embassy in London.",
        "The Zimbabwean opposition demonstrated on Monday.",
    ],
)
def test_demonstrating_alone_is_a_protest(coder: Any, sentence: str) -> None:
    assert "PROTEST" in _types(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Malawi's parliament voted to remove the vice president from office.", "MWI", "MWI"),
        ("The Zambian president removed the army chief from his post on Monday.", "ZMB", "ZMB"),
    ],
)
def test_removing_an_official_from_office_is_a_removal(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("SANCTION", {source}, {target}) in _coded(coder, sentence)


def test_removing_things_from_a_place_is_no_removal_from_office(coder: Any) -> None:
    assert "SANCTION" not in _types(coder, "The Zambian army removed landmines from the border area.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Niger said on Monday it was ending its military cooperation agreement with Benin.",
        "Niger ended diplomatic ties with Benin.",
    ],
)
def test_ending_an_agreement_or_ties_terminates_them(coder: Any, sentence: str) -> None:
    """An agreement a party ends is no new agreement: it is discontinued."""
    coded = _coded(coder, sentence)
    assert ("SANCTION", {"NER"}, {"BEN"}) in coded
    assert "AGREE" not in [kind for kind, _, _ in coded]


def test_sparring_is_in_words(coder: Any) -> None:
    """ "sparred with": criticism of the one sparred with, never an attack."""
    coded = _coded(coder, "Chile's president sparred with Peru's president over the maritime border.")
    assert ("ACCUSE", {"CHL"}, {"PER"}) in coded
    assert "ASSAULT" not in [kind for kind, _, _ in coded]


def test_a_guilty_plea_the_parser_reads_as_an_object_predicate_is_still_a_plea(coder: Any) -> None:
    """ "In pleading guilty": the parser hangs "guilty" as the verb's object predicate; the plea is
    a concession, not an appeal."""
    types = _types(coder, "In pleading guilty, the Kenyan man admitted he sold stolen data.")
    assert "CONCEDE" in types and "REQUEST" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "A Ghanaian rights group challenged the law in court.",
        "Ghanaian lawyers challenged the legality of the deployment.",
        "Ghana's opposition is challenging the election result in court.",
    ],
)
def test_challenging_anothers_act_or_decision_contests_it(coder: Any, sentence: str) -> None:
    assert "ACCUSE" in _types(coder, sentence)


def test_challenging_a_rival_for_a_post_is_no_criticism(coder: Any) -> None:
    """A contest for a nomination is no event; "challenged X to do" stays a demand."""
    assert "ACCUSE" not in _types(
        coder, "The Ghanaian senator challenged the president for the party's nomination."
    )
    assert "REQUEST" in _types(coder, "The Ghanaian senator challenged the president to withdraw the bill.")
