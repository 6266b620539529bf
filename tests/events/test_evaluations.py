"""Judgements as events: criticism and praise in reported speech and naming verbs (sentences written here)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _events(coder: Any, sentence: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [
        (e.event_type, [a.country for a in e.source], [a.country for a in e.target])
        for e in coder.code(sentence, date="2021-06-10")
    ]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Argentina's president called the British decision a disgrace.", "ARG", "GBR"),
        ("A Pakistani cleric called the former prime minister of Pakistan a traitor.", "PAK", "PAK"),
        ("Germany's chancellor said the Hungarian law was illegal and unacceptable.", "DEU", "HUN"),
        ('"Russia\'s policy is a threat to Europe," the Polish foreign minister said.', "POL", "RUS"),
        ("The Polish foreign minister said it was wrong for Russia to close the border.", "POL", "RUS"),
        ('"It is unacceptable that Israel builds settlements," the Jordanian king said.', "JOR", "ISR"),
        ('"Washington is making a grave mistake," the Turkish president said.', "TUR", "USA"),
        ("Chile's foreign minister said Bolivia had committed a provocation.", "CHL", "BOL"),
        # a reported clause telling of wrongdoing by its subject
        ("The Estonian prime minister said Russia had lied about the exercises.", "EST", "RUS"),
        ("Peru's foreign minister said Ecuador was trying to undermine the border talks.", "PER", "ECU"),
        ('"Hungary has not kept its word," the Austrian chancellor said.', "AUT", "HUN"),
        ("Ghana's president said Togo failed to protect the traders.", "GHA", "TGO"),
        ("Ghana's president said Togo had let down the traders.", "GHA", "TGO"),
        # verbs of regarding: with "as", a small clause, or a relative clause ("which X considers a ...")
        ("Chile views Bolivia as a threat to the region.", "CHL", "BOL"),
        ("Chile considers the Bolivian militia a terrorist group.", "CHL", "BOL"),
        ("The Bolivian rebels, which Chile regards as terrorists, rejected the talks.", "CHL", "BOL"),
        # words of dismay and of hindrance
        ("Germany's chancellor said the Hungarian decision was deeply troubling.", "DEU", "HUN"),
        ("Chile's foreign minister said the Bolivian blockade was an obstacle to peace.", "CHL", "BOL"),
        ("Chile's president said Bolivia's new rules infringe on Chilean sovereignty.", "CHL", "BOL"),
        ("Chile's president called the Bolivian plan the worst deal ever negotiated.", "CHL", "BOL"),
        # a naming clause that renames the act of the clause it hangs in judges whoever did that act
        ("Bolivian police detained the Chilean consul, a move Chile called a provocation.", "CHL", "BOL"),
        ("Bolivia sent troops to the border, a step Chile described as a provocation.", "CHL", "BOL"),
    ],
)
def test_negative_judgement_of_another_actor_is_criticism(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("ACCUSE", [source], target) in [(e[0], e[1], e[2][0]) for e in _events(coder, sentence) if e[2]]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Chile's foreign minister said Bolivia had violated the border treaty.", "CHL", "BOL"),
        ("Bolivia breached the border treaty, Chile's foreign minister said.", "CHL", "BOL"),
        ("Chile's foreign minister said Bolivia had ignored the court's ruling.", "CHL", "BOL"),
    ],
)
def test_breaking_a_rule_told_by_another_is_the_teller_s_charge(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert _events(coder, sentence) == [("ACCUSE", [source], [target])]


def test_an_actor_named_by_two_phrases_of_a_side_is_listed_once(coder: Any) -> None:
    events = _events(coder, "Cuba slammed the Argentine president's latest comments as meddling.")
    assert events == [("ACCUSE", ["CUB"], ["ARG"])]


def test_breaking_a_rule_told_by_no_one_stays_the_breaker_s_act(coder: Any) -> None:
    assert [e[0] for e in _events(coder, "Bolivia has violated the trade agreement.")] == ["REJECT"]


def test_calling_an_incident_an_attack_is_an_accusation_not_an_assault(coder: Any) -> None:
    events = _events(coder, "The Kremlin described the Ukrainian raid as an act of aggression.")
    assert [e[0] for e in events] == ["ACCUSE"]
    assert events[0][1] == ["RUS"] and events[0][2] == ["UKR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada's prime minister said the Chinese decision was not a mistake.",  # negated
        "The Swiss minister said her own decision was a mistake.",  # one's own act: a concession
        "The Danish ministry said the media report was false.",  # a claim judged: no criticism
        "The Austrian chancellor said the talks were useful.",  # no judging word
        "The Austrian chancellor said it was wrong to close the border.",  # nobody judged
        "The Austrian chancellor said we made a mistake.",  # the speaker's own side
        "The Estonian prime minister said Russia had not lied about the exercises.",  # denied wrongdoing
        "The Austrian chancellor said he failed to persuade Hungary.",  # he: the speaker, in indirect speech
        "Reuters reported that Togo failed to pay the traders.",  # news, not the speaker's charge
        "Ghana's president said Togo kept its word.",  # right conduct, not denied
        "The Peruvian minister said the answer lies in trade.",  # "lies in": no lie
    ],
)
def test_no_criticism_without_a_negative_judgement_of_another(coder: Any, sentence: str) -> None:
    assert "ACCUSE" not in [e[0] for e in _events(coder, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru condemned the strike as a violation of its sovereignty.",
        "Peru condemned the launch as a provocation.",
        "Peru condemned the launch.",  # the same event without the predicate
    ],
)
def test_a_judging_verb_of_its_own_is_criticism_even_of_a_thing(coder: Any, sentence: str) -> None:
    assert _events(coder, sentence) == [("ACCUSE", ["PER"], [])]


def test_a_judgement_of_a_thing_by_a_neutral_verb_is_no_event(coder: Any) -> None:
    assert "ACCUSE" not in [e[0] for e in _events(coder, "Peru said the talks were a disgrace.")]


def test_a_naming_verb_that_carries_an_event_noun_is_still_no_event_word(coder: Any) -> None:
    """ "described the talks as a failure": the talks hang on "described", which codes nothing itself."""
    assert "ACCUSE" not in [e[0] for e in _events(coder, "Peru described the talks as a failure.")]


def test_an_adjective_the_parser_hangs_from_the_named_object_is_the_judgement(coder: Any) -> None:
    text = (
        "LIMA (Reuters) - Chile imposed tariffs on Peruvian copper on Monday. Ecuador called the decision"
        " unfair, unjustified and unreasonable."
    )
    doc = coder.nlp(text)
    assert next(t for t in doc if t.text == "unfair").dep_ == "amod"  # the construction under test
    events = coder.code(text, date="2021-06-10")
    assert [(e.event_type, [a.country for a in e.source], [a.country for a in e.target]) for e in events][
        -1
    ] == (
        "ACCUSE",
        ["ECU"],
        ["CHL"],
    )


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The Canadian embassy said it was deeply troubled by the Egyptian court's ruling.", "CAN", "EGY"),
        ("Norway's foreign minister said Norway was worried about Iran's missile programme.", "NOR", "IRN"),
        ("The Kenyan president is alarmed by Uganda's troop movements.", "KEN", "UGA"),
        ("The Danish premier said she was frustrated with Sweden over the border checks.", "DNK", "SWE"),
        ('"We are alarmed that Serbia armed the militia," the Croatian minister said.', "HRV", "SRB"),
    ],
)
def test_a_stated_feeling_about_another_is_disapproval_of_it(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("ACCUSE", [source], target) in [(e[0], e[1], e[2][0]) for e in _events(coder, sentence) if e[2]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean protesters, angered by the Peruvian ruling, blocked the road.",  # a participle
        "As far as Chile is concerned, the Peruvian plan is dead.",  # no cause named
        "Chile said it was concerned about job losses at the port.",  # a thing, no actor
    ],
)
def test_no_disapproval_from_a_feeling_without_a_stated_cause_of_another(coder: Any, sentence: str) -> None:
    assert "ACCUSE" not in [e[0] for e in _events(coder, sentence)]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The Danish premier has been critical of Sweden's border checks.", "DNK", "SWE"),
        ("Kenya's president was sharply critical of Uganda's troop movements.", "KEN", "UGA"),
        # a critic's noun after a copula is the same stance
        ("Chile's foreign minister has been a vocal critic of Bolivia's government.", "CHL", "BOL"),
        (
            "The Danish premier, who is a fierce critic of Sweden's border checks, spoke on Monday.",
            "DNK",
            "SWE",
        ),
    ],
)
def test_being_critical_of_another_is_disapproval_of_it(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("ACCUSE", [source], target) in [(e[0], e[1], e[2][0]) for e in _events(coder, sentence) if e[2]]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Chile's foreign minister is a close ally of Bolivia's president.", "CHL", "BOL"),
        ("Kenya's president has long been a supporter of Uganda's government.", "KEN", "UGA"),
    ],
)
def test_being_an_ally_or_supporter_of_another_is_support(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("SUPPORT", [source], target) in [(e[0], e[1], e[2][0]) for e in _events(coder, sentence) if e[2]]


def test_a_relative_clause_on_whom_a_stance_is_about_tells_its_own_event(coder: Any) -> None:
    text = (
        "Chile's president is a fierce critic of Peru's foreign minister, who expelled two Chilean diplomats."
    )
    assert {e[0] for e in _events(coder, text)} == {"ACCUSE", "SANCTION"}


def test_a_necessity_is_no_critical_stance(coder: Any) -> None:
    """ "Critical" is a stance only toward what "of" names; "it is critical that" demands."""
    text = '"It is critical that Congress pass the bill," the U.S. Treasury Secretary said.'
    assert [e[0] for e in _events(coder, text)] == ["REQUEST"]


def test_a_denied_feeling_is_a_negated_disapproval(coder: Any) -> None:
    text = "The Chilean minister said she was not concerned about Peru's exercises."
    found = [(e.event_type, e.factuality) for e in coder.code(text, date="2021-06-10")]
    assert found == [("ACCUSE", "negated")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is critical that Bolivia pay its debts," the Chilean finance minister said.',
        "Chile's foreign minister said it was essential that Bolivia respect the border.",
        "Chile's president said it was important for Bolivia to withdraw its troops.",
    ],
)
def test_saying_it_is_necessary_that_another_acts_asks_it_to(coder: Any, sentence: str) -> None:
    """The extraposed clause's subject is asked; its act is the content of the demand, not an event."""
    assert _events(coder, sentence) == [("REQUEST", ["CHL"], ["BOL"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's president said Bolivian gas was important for the region.",
        "Chile's president described the Bolivian border as the most important question.",
    ],
)
def test_calling_a_thing_important_asks_nothing(coder: Any, sentence: str) -> None:
    assert all(kind != "REQUEST" for kind, _, _ in _events(coder, sentence))


def test_a_call_coordinated_after_a_stated_feeling_is_the_speakers_act(coder: Any) -> None:
    """ "said it was alarmed by ... and URGED the authorities": the parser hangs "urged" on the
    feeling, whose clause is the content of the judgement; the call is the speaker's own."""
    sentence = (
        "The Chilean human rights office said it was alarmed by reports of killings "
        "and urged the authorities to exercise restraint."
    )
    assert [kind for kind, _, _ in _events(coder, sentence)] == ["REQUEST"]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("The Chilean president said Chile was grateful for Peru's help after the floods.", "CHL", "PER"),
        ("Norway's foreign minister said she was pleased with Sweden's decision.", "NOR", "SWE"),
        ('"We are satisfied that Serbia kept its word," the Croatian minister said.', "HRV", "SRB"),
    ],
)
def test_a_stated_glad_feeling_about_another_is_approval_of_it(
    coder: Any, sentence: str, source: str, target: str
) -> None:
    assert ("SUPPORT", [source], target) in [(e[0], e[1], e[2][0]) for e in _events(coder, sentence) if e[2]]


def test_a_glad_feeling_about_ones_own_act_approves_of_no_one(coder: Any) -> None:
    text = "The Chilean minister said she was pleased to attend the summit."
    assert "SUPPORT" not in [e[0] for e in _events(coder, text)]


@pytest.mark.parametrize(
    "judged",
    ['the suspension "unacceptable"', "the suspension unacceptable"],
)
def test_a_named_object_the_parser_hangs_on_the_judgement_is_still_judged(coder: Any, judged: str) -> None:
    """The parser hangs "the suspension" (and its "the") on a quoted or bare adjective: what is called
    so is the noun between the verb and the judgement, and the act it names again is Chile's."""
    text = f"LIMA (Reuters) - Chile suspended its trade talks with Peru on Monday. Peru called {judged}."
    events = coder.code(text, date="2021-06-10")
    judgements = [e for e in events if e.trigger == "called"]
    assert [
        (e.event_type, [a.country for a in e.source], [a.country for a in e.target]) for e in judgements
    ] == [("ACCUSE", ["PER"], ["CHL"])]
