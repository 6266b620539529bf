"""Factuality scope: contrastive conjuncts and purpose clauses (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _facts(coder: Any, sentence: str) -> dict[str, str]:
    return {e.trigger: e.factuality for e in coder.code(sentence, date="2021-06-10")}


def test_negation_does_not_cross_but(coder: Any) -> None:
    facts = _facts(coder, "Iran did not attack the tanker but seized its crew.")
    assert facts["attack"] == "negated" and facts["seized"] == "asserted"


def test_a_failure_does_not_cross_but(coder: Any) -> None:
    facts = _facts(
        coder, "The president failed to reach a deal with the rebels but agreed to meet them again."
    )
    assert facts["agreed"] == "asserted"


def test_a_bare_conjunct_still_shares_the_negation(coder: Any) -> None:
    facts = _facts(coder, "The army did not meet or talk with the rebels.")
    assert set(facts.values()) == {"negated"}


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Russia sent warplanes to bomb rebel positions in Idlib.", "bomb"),
        ("Turkey deployed artillery to shell Kurdish positions across the border.", "shell"),
    ],
)
def test_a_purpose_is_an_aim_not_an_act(coder: Any, sentence: str, trigger: str) -> None:
    assert _facts(coder, sentence).get(trigger, "hypothetical") != "asserted"


def test_a_purpose_after_other_verbs_is_still_reported(coder: Any) -> None:
    facts = _facts(coder, "The senator used his speech to demand that Brazil release the activists.")
    assert "asserted" in facts.values()


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The RSF said it had seized the presidential palace, a claim the army denied.", "denied"),
        ("The rebels said they had shot down a helicopter, a report denied by the army.", "denied"),
        ("The rebels said they had shot down a helicopter, a claim the army confirmed.", "asserted"),
    ],
)
def test_a_report_a_claim_noun_says_was_denied_is_denied(coder: Any, sentence: str, fact: str) -> None:
    (event,) = [e for e in coder.code(sentence, date="2023-04-15") if e.trigger in ("seized", "shot")]
    assert event.factuality == fact


def test_every_act_an_accusation_names_is_alleged(coder: Any) -> None:
    facts = _facts(coder, "Chile accused Peru of arming rebels and coordinating with Bolivia.")
    assert facts["accused"] == "asserted"
    assert facts["coordinating"] == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The journalist denies the charges, and Britain has called for her release.", "called"),
        (
            "Peru denied it had attacked the embassy and Chile has expelled three Peruvian diplomats.",
            "expelled",
        ),
    ],
)
def test_another_partys_clause_after_a_denial_is_not_denied(coder: Any, sentence: str, trigger: str) -> None:
    assert _facts(coder, sentence)[trigger] == "asserted"


def test_a_finite_verb_hung_on_what_is_denied_is_not_denied(coder: Any) -> None:
    """The parser hangs "accused" on the gerund the ministry denies; its past tense pairs it with
    "denied" (roles.finite_partner), so the accusation is made, not denied."""
    sentence = "Peru's defence ministry denied targeting civilians and accused Chile of shelling its towns."
    assert _facts(coder, sentence)["accused"] == "asserted"


def test_a_bare_conjunct_of_a_denied_act_is_still_denied(coder: Any) -> None:
    facts = _facts(coder, "Peru denied that its troops had attacked the embassy and seized its staff.")
    assert facts["seized"] == "denied"


@pytest.mark.parametrize(
    ("sentence", "trigger", "fact"),
    [
        (
            "Russia may impose sanctions on Ukraine, and Ukraine has expelled three Russian diplomats.",
            "expelled",
            "asserted",
        ),
        ("Rebels tried to seize the town, and the army has killed 20 fighters.", "killed", "asserted"),
        ("Russia may impose sanctions on Ukraine and expel its diplomats.", "expel", "hypothetical"),
    ],
)
def test_a_modal_or_an_attempt_does_not_reach_another_partys_clause(
    coder: Any, sentence: str, trigger: str, fact: str
) -> None:
    assert _facts(coder, sentence)[trigger] == fact


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Russia could impose sanctions after Ukraine expelled three Russian diplomats.", "expelled"),
        ("Turkey may attack the militia that killed 20 Turkish soldiers.", "killed"),
        ("Chile will not attend the summit because Peru arrested two Chilean fishermen.", "arrested"),
        (
            "China is considering sanctions against South Korea, which deployed a U.S. missile system.",
            "deployed",
        ),
        ("Iran denied the report, while Israel said its jets had struck a convoy in Syria.", "struck"),
    ],
)
def test_a_clause_the_writer_tells_in_a_past_tense_is_out_of_the_main_clauses_reach(
    coder: Any, sentence: str, trigger: str
) -> None:
    assert _facts(coder, sentence)[trigger] == "asserted"


def test_a_past_tense_after_if_stays_a_condition(coder: Any) -> None:
    facts = _facts(coder, "Russia said it would impose sanctions if Ukraine expelled its diplomats.")
    assert facts.get("expelled", "hypothetical") != "asserted"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Neither Russia nor China attended the meeting.", "attended"),
        ("The envoy said neither Moscow nor Beijing backed the plan.", "backed"),
    ],
)
def test_a_subject_under_neither_did_not_act(coder: Any, sentence: str, trigger: str) -> None:
    assert _facts(coder, sentence)[trigger] == "negated"


def test_an_act_demanded_in_the_subjunctive_is_not_done(coder: Any) -> None:
    sentence = "Chile said Peru had made demands, including that Bolivia withdraw its troops."
    assert _facts(coder, sentence)["withdraw"] == "hypothetical"


def test_a_plural_subject_with_a_bare_verb_is_told_not_demanded(coder: Any) -> None:
    """A bare verb after a plural subject is the present tense, not the subjunctive."""
    assert _facts(coder, "Chile says that rebels attack its border posts every week.")["attack"] == "asserted"


def test_what_a_denier_does_besides_denying_is_not_denied(coder: Any) -> None:
    """ "rejected the account, ACCUSING the rebels of ...": the accusation is the denier's own act; what
    a verb of saying after the comma reports stays with the denial, and so does an act the denied
    clause tells ("denied that its troops had shelled the village, KILLING three")."""
    facts = _facts(coder, "Chile rejected the account, accusing Bolivian rebels of attacking the post.")
    assert facts["rejected"] == "asserted" and facts["accusing"] == "asserted"
    facts = _facts(coder, "Chile denied that its troops had shelled the village, killing three civilians.")
    assert facts["killing"] == "denied"


def test_what_a_denier_does_while_denying_is_not_denied(coder: Any) -> None:
    """ "denied ... WHILE calling for an inquiry": a participle with its own conjunction is the
    denier's own act as one after a comma is."""
    facts = _facts(
        coder, "It was a charge that Bolivia has denied while calling for an international inquiry."
    )
    assert facts["denied"] == "asserted" and facts["calling"] == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The Chilean minister said anyone who attacks a border post will face the full force of the law.",
            "attacks",
        ),
        ("Chile said it would sanction any militia that attacks its border posts.", "attacks"),
    ],
)
def test_an_act_of_no_one_in_particular_is_supposed(coder: Any, sentence: str, word: str) -> None:
    """A present-tense relative clause on "anyone" or "any <noun>" names an act supposed, not done."""
    assert _facts(coder, sentence)[word] == "hypothetical"


def test_an_act_of_a_named_doer_in_a_relative_clause_is_told(coder: Any) -> None:
    assert (
        _facts(coder, "The militia that attacked the Chilean border post has withdrawn.")["attacked"]
        == "asserted"
    )


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Bolivia said Chile was not serious about withdrawing its troops.", "withdrawing"),
        ("Chile is keen on resuming talks with Bolivia, its foreign minister said.", "talks"),
        ("Chile is interested in withdrawing its troops, its foreign minister said.", "withdrawing"),
    ],
)
def test_an_act_after_an_adjective_of_intent_is_not_done(coder: Any, sentence: str, word: str) -> None:
    """A gerund after "serious about", "keen on", "interested in" names an act intended."""
    assert _facts(coder, sentence)[word] == "hypothetical"


def test_an_act_one_is_committed_to_is_told(coder: Any) -> None:
    """ "committed to withdrawing": a commitment, whose act the wire gold codes as made."""
    facts = _facts(coder, "Chile is committed to withdrawing its troops, its foreign minister said.")
    assert facts["withdrawing"] != "hypothetical"


def test_a_finite_auxiliary_after_a_modal_starts_a_clause_of_its_own(coder: Any) -> None:
    """ "will cost ... and HAS threatened": the threat was made, not planned; a bare conjunct
    ("will stay ... and patrol") shares the modal."""
    facts = _facts(
        coder, "Peru says the ban will cost its farmers dearly and has threatened to expel Chile's envoy."
    )
    assert facts["threatened"] == "asserted"
    bare = _facts(coder, "The minister said Peruvian troops will stay in the town and patrol its streets.")
    assert bare["patrol"] == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru has called the fishing agreement the worst deal ever signed.",
        "Peru called the sanctions tantamount to a trade war.",
    ],
)
def test_what_a_naming_call_names_is_no_act_of_the_caller(coder: Any, sentence: str) -> None:
    counted = [e for e in coder.code(sentence, date="2021-06-10") if e.factuality in ("asserted", "planned")]
    assert all(e.trigger == "called" or e.event_type == "ACCUSE" for e in counted)
