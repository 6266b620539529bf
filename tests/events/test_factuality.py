"""Factuality of an event clause on sentences written for these tests (parsed by the real model)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.attribution import load_attribution_lexicon
from eventwire.events.cues import load_factuality_cues
from eventwire.events.factuality import factuality, intent_code
from eventwire.models import FACTUALITY

pytestmark = pytest.mark.model


def _token(nlp: Any, sentence: str, word: str) -> Token:
    doc = nlp(sentence)
    return next(t for t in doc if t.text == word)


def _factuality(nlp: Any, sentence: str, word: str) -> str:
    anchor = _token(nlp, sentence, word)
    return factuality(anchor, anchor, load_attribution_lexicon().reporting_verbs)


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("Rebels attacked the capital on Monday.", "attacked", "asserted"),
        ("Chile and Peru signed a trade accord in Lima.", "signed", "asserted"),
        ("Russia did not attack the convoy.", "attack", "negated"),
        ("The foreign minister was not present at the talks.", "was", "negated"),
        ("The foreign minister was not present at the talks.", "present", "negated"),
        ("The envoy will be present at the talks.", "present", "planned"),
        ("It was not an attack on the embassy.", "attack", "negated"),
        ("The envoy never met the rebel leaders.", "met", "negated"),
        ("Israel failed to reach a deal with Hamas.", "reach", "negated"),
        # "call" cancels only with "off"; with its object alone it convenes: the strike takes place
        ("Chilean unions called a general strike for Monday.", "strike", "asserted"),
        ("Chilean unions called off the general strike.", "called", "asserted"),
        ("Chile did not meet or talk with Peru.", "talk", "negated"),
        ("Chile has not met or spoken with Peru.", "spoken", "negated"),
        ("Chile did not meet Peru but agreed to talks.", "agreed", "asserted"),
        ("Chile does not recognize the vote and urges an end to threats.", "urges", "asserted"),
        ("The army denied reports that it attacked the village.", "attacked", "denied"),
        ("Officials denied claims that troops shelled the town.", "shelled", "denied"),
        ("Chile denied the charges that it spied on Peru.", "spied", "denied"),
        # the content of a claim the clause above leaves unconfirmed is not asserted
        (
            "Officials could not confirm reports that Chilean jets had struck the port.",
            "struck",
            "hypothetical",
        ),
        ("The army declined to confirm reports that its jets had struck the port.", "struck", "hypothetical"),
        ("Officials confirmed reports that Chilean jets had struck the port.", "struck", "asserted"),
        # a denial after the report that names the claim it denies leaves the report asserted
        ("Peru accused Chile of spying, a charge Santiago denies.", "accused", "asserted"),
        ("Peru accused Chile of spying, an allegation Santiago rejected.", "accused", "asserted"),
        ("The army denied attacking the village.", "attacking", "denied"),
        # a relative clause describes its noun in the writer's voice, and a finite verb coordinated
        # with the denial is a clause of its own: neither is denied
        ("Lima denied arming the rebels, who attacked the port in May.", "attacked", "asserted"),
        ("Lima denied arming the rebels, who attacked the port in May.", "arming", "denied"),
        ("Chile denied any role and accused Peru of lying.", "accused", "asserted"),
        ("Chile denied that it attacked the port and seized the crew.", "seized", "denied"),
        ("The two leaders will meet next week.", "meet", "planned"),
        ("The president plans to visit Mexico in May.", "visit", "planned"),
        # a verb of planning plans its complement, not a clause that only tells when
        (
            "Students set fire to the senate and the offices of several judges, a day after police"
            " killed at least 12 people.",
            "killed",
            "asserted",
        ),
        ("The two countries are set to sign the treaty.", "sign", "planned"),
        ("Rebels may attack the capital.", "attack", "hypothetical"),
        ("The army will respond if the rebels attack the base.", "attack", "hypothetical"),
        # a negated condition is still a condition, not a refusal or a denial of the act
        ("Peru could face sanctions if it does not withdraw its troops.", "withdraw", "hypothetical"),
        ("Chile will act unless Peru does not attack the port.", "attack", "hypothetical"),
        ("Peru did not attack the port.", "attack", "negated"),
        # "expected to" is planned, as the wire gold codes it; a likelihood is not
        ("The ministers are expected to meet on Friday.", "meet", "planned"),
        ("The ministers are likely to meet on Friday.", "meet", "hypothetical"),
        # "be" with a to-infinitive schedules an act, unless its subject is an aim
        ("The ministers are to meet on Friday.", "meet", "planned"),
        ("The minister is poised to sign the treaty.", "sign", "planned"),
        ("Our aim is to sign the treaty.", "sign", "asserted"),
        ("Would Iran attack Israel?", "attack", "hypothetical"),
        ("Police officers began deploying in the region in January.", "deploying", "asserted"),
        ("Police officers will begin deploying in the region in January.", "deploying", "planned"),
        # a conjoined past tense cannot share "would": a clause of its own wherever it is attached
        ("Peru said the army would leave the town and called for talks.", "called", "asserted"),
        ("Peru said the army would leave the town and free the prisoners.", "free", "planned"),
        # "would" after a gerund of saying takes its tense from the clause the gerund hangs on
        ("Chile recalled its envoy after saying that it would cut ties with Peru.", "cut", "planned"),
        ("Chile will recall its envoy after saying that it would cut ties with Peru.", "cut", "hypothetical"),
        # a to-infinitive completing a noun of proposal or of plan, and one completing an act done
        ("Legislation to impose sanctions on Peru came up for a vote.", "impose", "hypothetical"),
        ("They did not know when legislation to impose sanctions might come up.", "impose", "hypothetical"),
        ("Chile repeated its call to lift the blockade of the port.", "lift", "hypothetical"),
        # a clause of a bill that a vote enacts states the act the vote performs
        ("Peru's congress voted for legislation to impose sanctions on Chile.", "impose", "asserted"),
        ("Peru's senate passed a bill that would expel Chilean diplomats.", "expel", "asserted"),
        ("Lawmakers voted in favor of an amendment that would ban Chilean imports.", "ban", "asserted"),
        ("A bill that would expel Chilean diplomats was approved by the senate.", "expel", "asserted"),
        ("Peru's senate is expected to pass a bill that would expel the envoys.", "expel", "planned"),
        ("Peru's senate may pass a bill that would expel the envoys.", "expel", "hypothetical"),
        ("A senator introduced a bill that would expel Chilean diplomats.", "expel", "hypothetical"),
        ("Peru's senate debated a bill that would expel Chilean diplomats.", "expel", "hypothetical"),
        ("Lawmakers demanded that parliament pass a bill to expel the envoys.", "expel", "hypothetical"),
        # an act worked towards is a goal
        ("Chile and Peru agreed to work toward ending the border dispute.", "ending", "hypothetical"),
        ("Chile took steps towards lifting the sanctions on Peru.", "lifting", "hypothetical"),
        ("The army drew up a plan to attack the rebel camp.", "attack", "planned"),
        ("The government's decision to expel the envoys angered Lima.", "expel", "asserted"),
        # a gerund after "of" completing a noun of proposal, and a noun modified as possible or as planned
        ("Chile opposed the idea of Peru imposing tariffs on its wine.", "imposing", "hypothetical"),
        ("Chile opposed the idea of the United States imposing tariffs.", "imposing", "hypothetical"),
        ("Lima welcomed the news of Chile releasing the fishermen.", "releasing", "asserted"),
        ("Officials discussed a possible meeting between the two presidents.", "meeting", "hypothetical"),
        ("Officials discussed the upcoming meeting between the two presidents.", "meeting", "planned"),
        # an act asked for is not done
        ("Chile has called for the release of the fishermen.", "release", "hypothetical"),
        ("Peru renewed its calls for an end to the raids.", "end", "hypothetical"),
        ("Peru demanded a withdrawal and called for talks and a ceasefire.", "ceasefire", "hypothetical"),
        ("The Chilean senator called for expelling the Peruvian envoy.", "expelling", "hypothetical"),
        ("Lima was praised for releasing the fishermen.", "releasing", "asserted"),
        ("Chile's release of the fishermen was welcomed in Lima.", "release", "asserted"),
        # an act a speaker tells someone to do; what a report says someone will do or is known to have done
        ("The Peruvian president told Chile to withdraw its troops.", "withdraw", "hypothetical"),
        ("The Peruvian president told reporters that Chile withdrew its troops.", "withdrew", "asserted"),
        ("Chilean troops are known to have withdrawn from the border.", "withdrawn", "asserted"),
        # the act one is accused of is the accuser's claim
        ("Peru accused Chile of attacking the border post.", "attacking", "hypothetical"),
        ("Lima blamed Chile for helping the rebels.", "helping", "hypothetical"),
        # and what that act was done for, wherever the parser hangs the "of"
        (
            "Lima praised the police and accused opposition politicians of sponsoring "
            '"anarchists" to attack police stations.',
            "attack",
            "hypothetical",
        ),
        # what an act waits for is not done yet; after a past act, it happened
        ("Lima will keep its troops at the border until Chile withdraws.", "withdraws", "hypothetical"),
        ("Lima said it would keep up the pressure until Chile agreed to talks.", "agreed", "hypothetical"),
        ("The rebels fought until the Chilean army withdrew from the town.", "withdrew", "asserted"),
        # an act a ban keeps from happening, wherever the parser hangs the "on"
        ("The court imposed a moratorium on deporting migrants to Peru.", "deporting", "hypothetical"),
        ("Lima broke a taboo on cooperating with the rebels.", "cooperating", "hypothetical"),
        ("Chile insisted on deporting the migrants.", "deporting", "asserted"),
        # an act an indefinite noun supposes, as the subject of a modal, is not one that happened
        ("A Chilean attack on Peru could trigger a regional war.", "attack", "hypothetical"),
        ("Lima said a Chilean invasion would be a catastrophe.", "invasion", "hypothetical"),
        ("The Chilean attack could strain ties with Peru.", "attack", "asserted"),
        ("A Chilean attack could have killed hundreds.", "attack", "asserted"),
    ],
)
def test_factuality_of_clause(nlp: Any, sentence: str, anchor: str, expected: str) -> None:
    assert _factuality(nlp, sentence, anchor) == expected


def test_denial_outranks_the_embedded_negation(nlp: Any) -> None:
    sentence = "Mexico denied reports that the troops did not leave the border."
    assert _factuality(nlp, sentence, "leave") == "denied"


def test_reporting_verb_does_not_change_factuality(nlp: Any) -> None:
    assert _factuality(nlp, "Sources said rebels attacked the capital.", "attacked") == "asserted"


def test_intent_codes_only_for_planned_events() -> None:
    assert intent_code("CONSULT", "planned") == "036"
    assert intent_code("ASSAULT", "planned") == "138"
    assert intent_code("ASSAULT", "planned", announced=False) is None
    assert intent_code("CONSULT", "planned", announced=False) == "036"
    assert intent_code("CONSULT", "asserted") is None
    assert intent_code("ACCUSE", "planned") is None
    assert intent_code("SANCTION", "planned") is None  # an announced sanction is the sanction
    assert intent_code("RETREAT", "planned", announced=False) is None  # the manual: no AGREE for it
    assert intent_code("RETREAT", "planned") == "080"  # announced: a concession, as the manual says
    assert intent_code("CONCEDE", "planned", offered=True) == "035"


@pytest.mark.model
def test_a_planned_withdrawal_is_a_concession_when_announced_and_an_offer_when_willing(coder: Any) -> None:
    def coded(text: str) -> list[tuple[str, str, str]]:
        return [(e.event_type, e.cameo, e.factuality) for e in coder.code(text, date="2021-06-10")]

    assert coded("Chad will withdraw its troops from Niger next month.") == [("RETREAT", "0874", "planned")]
    assert coded("Chad said it would withdraw its troops from Niger.") == [("CONCEDE", "080", "planned")]
    assert coded("Chad is willing to withdraw its troops from Niger.") == [("AGREE", "035", "planned")]
    assert coded("Chad is ready to withdraw its troops from Niger.") == [("AGREE", "035", "planned")]


def test_a_planned_attack_is_a_threat_only_when_its_actor_announces_it(coder: Any) -> None:
    def coded(text: str) -> list[tuple[str, str]]:
        events = coder.code_article(coder.article(text, "2019-05-10", "t", "a"))
        return [(e.event_type, e.factuality) for e in events]

    assert coded("PARIS (Reuters) - French farmers said on Friday they would blockade Paris.") == [
        ("THREATEN", "planned")
    ]
    assert coded(
        "KABUL (Reuters) - Afghan troops will launch an offensive against the Taliban next week."
    ) == [("ASSAULT", "planned")]


def test_a_retaliation_announced_after_a_denial_is_a_threat(coder: Any) -> None:
    """The speaker of a speech verb coordinated with another ("denied ... and said") or a participle
    ("accused ..., adding") is the subject they share, so the act is announced by its own actor."""
    for text in (
        "LIMA (Reuters) - Chile denied any involvement and said it would retaliate against Peru.",
        "LIMA (Reuters) - Chile accused Peru of spying, adding that it would retaliate against Peru.",
    ):
        events = coder.code_article(coder.article(text, "2019-05-10", "t", "a"))
        assert ("THREATEN", "planned") in [(e.event_type, e.factuality) for e in events], text


def test_a_suicide_is_no_attack(coder: Any) -> None:
    events = coder.code("Two of the gang's members killed themselves in 2011.", date="2019-05-10")
    assert [e.event_type for e in events] == []


@pytest.mark.model
def test_an_announced_sanction_is_a_planned_sanction_and_a_threatened_one_a_threat(coder: Any) -> None:
    announced = coder.code("Canada will impose sanctions on Belarus next week.", date="2020-03-04")
    assert [(e.event_type, e.cameo[:2], e.factuality) for e in announced] == [("SANCTION", "16", "planned")]
    threat = coder.code("Canada threatened to impose sanctions on Belarus.", date="2020-03-04")
    assert [e.event_type for e in threat] == ["THREATEN"]


def test_factuality_yaml_integrity() -> None:
    cues = load_factuality_cues()  # validated on load: words, PLOVER types, CAMEO codes
    assert all(code.startswith("03") for code in cues.intent_codes.values())
    assert all(code.startswith("03") for code in cues.offer_codes.values())
    assert all(code.startswith("08") for code in cues.announcement_codes.values())
    assert all(code.startswith("13") for code in cues.threat_codes.values())
    assert all(code.startswith("13") for code in cues.commitment_threat_codes.values())
    assert all(code.startswith("12") for code in cues.refusal_codes.values())
    assert set(FACTUALITY) == {"asserted", "negated", "denied", "planned", "hypothetical"}


def test_would_under_a_past_reporting_verb_is_a_reported_plan(coder: Any) -> None:
    events = coder.code("Chile said on Monday it would meet Peru in Lima.", date="2020-03-04")
    assert [(e.event_type, e.factuality) for e in events] == [("AGREE", "planned")]
    events = coder.code("Chile would meet Peru if the talks resumed.", date="2020-03-04")
    assert [e.factuality for e in events if e.trigger == "meet"] == ["hypothetical"]


def test_a_cooperative_act_one_will_not_do_is_an_asserted_refusal(coder: Any) -> None:
    (refusal,) = coder.code("Chile will not accept any more Peruvian refugees.", date="2020-03-04")
    assert (refusal.event_type, refusal.cameo, refusal.factuality) == ("REJECT", "121", "asserted")
    (past,) = coder.code("Chile did not meet Peru on Monday.", date="2020-03-04")
    assert (past.event_type, past.factuality) == ("CONSULT", "negated")


def test_a_standing_refusal_in_the_present_is_asserted(coder: Any) -> None:
    (refusal,) = coder.code("Georgia does not recognize the referendum in Abkhazia.", date="2020-03-04")
    assert (refusal.event_type, refusal.factuality) == ("REJECT", "asserted")
    (past,) = coder.code("Chile did not support the Peruvian plan.", date="2020-03-04")
    assert (past.event_type, past.factuality) == ("SUPPORT", "negated")


def test_a_refusal_in_a_condition_is_no_asserted_refusal(coder: Any) -> None:
    events = coder.code(
        "Peru warned that Chile could face sanctions if it does not agree to a deal.", date="2020-03-04"
    )
    assert [(e.event_type, e.factuality) for e in events if e.trigger == "agree"] == [
        ("AGREE", "hypothetical")
    ]


def test_a_negation_whose_apostrophe_was_lost_still_negates(coder: Any) -> None:
    events = coder.code("Chile s army didn t attack Peru s border posts.", date="2020-03-04")
    assert [(e.event_type, e.factuality) for e in events] == [("ASSAULT", "negated")]
    assert [a.country for e in events for a in e.source] == ["CHL"]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Inspectors found no trace of shelling near the dam.", "shelling", "negated"),
        ("The convoy crossed the border without any skirmishes.", "skirmishes", "negated"),
        ("The envoy flew home without meeting the rebels.", "meeting", "negated"),
        ("Instead of attacking the town, the rebels negotiated with the army.", "attacking", "negated"),
        ("Rather than expelling the envoy, Peru summoned him.", "expelling", "negated"),
        ("The journalist escaped arrest and deportation last year.", "deportation", "negated"),
        ("Guards prevented the crowd from storming the ministry.", "storming", "negated"),
        ("The mayor said he had not seen any looting in the city.", "looting", "negated"),
        ("There was no talk of a summit between the two leaders.", "summit", "negated"),
        ("There was no attempt by the court to prosecute the general.", "prosecute", "negated"),
        # the phrase is climbed through prepositions and to-infinitives only, never a finite clause
        ("The mayor said he had seen looting in the city.", "looting", "asserted"),
        ("The envoy flew home after meeting the rebels.", "meeting", "asserted"),
        ("The army shelled no fewer than six villages.", "shelled", "asserted"),
        ("Officials reported the arrest of a reporter who had filed no story.", "arrest", "asserted"),
        # a clause whose subject is no one
        ("No neighbouring state has imposed sanctions on the junta.", "imposed", "negated"),
        ("Nobody was arrested after the protest.", "arrested", "negated"),
        ("None of the envoys attended the summit.", "attended", "negated"),
        ("No fewer than twelve soldiers were wounded.", "wounded", "asserted"),
        # "no doubt that" affirms what it governs; "no evidence that" does not
        ("There is no doubt that the militia shelled the border post.", "shelled", "asserted"),
        ("There is no evidence that the militia shelled the border post.", "shelled", "negated"),
    ],
)
def test_a_negated_phrase_or_subject_negates_the_event(
    nlp: Any, sentence: str, word: str, expected: str
) -> None:
    trigger = _token(nlp, sentence, word)
    anchor = trigger.head if trigger.dep_ == "dobj" else trigger
    assert factuality(anchor, trigger, load_attribution_lexicon().reporting_verbs) == expected


def test_an_averted_act_is_not_reported_as_done(coder: Any) -> None:
    text = "Chilean troops entered the Peruvian border town without any clashes with Peruvian soldiers."
    events = coder.code(text, date="2020-03-04")
    assert [e.factuality for e in events if e.event_type == "ASSAULT"] == ["negated"]
    (escaped,) = coder.code("A Chilean activist escaped arrest by Peruvian police.", date="2020-03-04")
    assert (escaped.event_type, escaped.factuality) == ("COERCE", "negated")


@pytest.mark.parametrize(
    ("sentence", "noun", "expected"),
    [
        ("Peru's government said Chile was preparing an invasion.", "invasion", "planned"),
        ("The Sudanese army is planning an offensive on the city.", "offensive", "planned"),
        ("Ghana is considering sanctions against Togo.", "sanctions", "hypothetical"),
        ("Sudanese troops launched an offensive on the city.", "offensive", "asserted"),  # done
    ],
)
def test_an_act_named_as_the_object_of_planning_or_weighing_is_not_done(
    coder: Any, sentence: str, noun: str, expected: str
) -> None:
    events = coder.code(sentence, date="2021-06-10")
    assert [e.factuality for e in events if e.trigger == noun] == [expected]


def test_a_stance_reported_in_the_past_tense_is_a_standing_refusal(coder: Any) -> None:
    """ "said they did not support the inquiry": the speakers' "we do not support it"; a meeting that
    did not take place stays negated."""
    text = "Chile and Peru said they did not support the Bolivian inquiry."
    found = [(e.event_type, e.factuality) for e in coder.code(text, date="2021-06-10")]
    assert found == [("REJECT", "asserted")]
    (met,) = coder.code("The Chilean minister said he did not meet the Bolivian envoy.", date="2021-06-10")
    assert (met.event_type, met.factuality) == ("CONSULT", "negated")


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("Turkey fears that Kurdish militants will attack its border posts.", "attack", "hypothetical"),
        ("The senator risks angering the White House.", "angering", "hypothetical"),
        ("Villagers fled for fear of being attacked by the rebels.", "attacked", "hypothetical"),
        ("The drills raise the risk of North Korea attacking the South.", "attacking", "hypothetical"),
        ("Analysts warned of the danger of Iran arming the militia.", "arming", "hypothetical"),
        ("The party risks alienating the Greens, who reject the limit.", "reject", "asserted"),
        ("Villagers feared the rebels after they attacked the town.", "attacked", "asserted"),
    ],
)
def test_an_act_feared_or_risked_is_only_possible(
    nlp: Any, sentence: str, anchor: str, expected: str
) -> None:
    assert _factuality(nlp, sentence, anchor) == expected
