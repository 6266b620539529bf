"""The rules that combine the classifier's sentence types with the rule coder's events."""

from __future__ import annotations

from eventwire.events.blend import KEEP, BlendRules, judge, proposal

RULES = BlendRules(
    veto=True,
    retype=True,
    propose=True,
    veto_below=0.05,
    weak_prior=0.7,
    retype_below=0.1,
    retype_above=0.8,
    propose_above=0.7,
    accuse_above=0.7,
)


def _scores(**high: float) -> dict[str, float]:
    base = dict.fromkeys(("ACCUSE", "ASSAULT", "CONSULT", "COERCE", "SANCTION"), 0.02)
    return {**base, **high}


def test_a_weak_rule_event_of_an_improbable_type_is_dropped() -> None:
    assert judge("ASSAULT", 0.5, _scores(), RULES) == ("drop", None)


def test_a_confident_rule_event_is_kept_whatever_the_classifier_says() -> None:
    assert judge("ASSAULT", 0.9, _scores(), RULES) == KEEP


def test_a_rule_type_the_classifier_finds_probable_enough_is_kept() -> None:
    assert judge("ASSAULT", 0.5, _scores(ASSAULT=0.3), RULES) == KEEP


def test_an_improbable_rule_type_takes_the_one_type_the_classifier_is_sure_of() -> None:
    assert judge("ASSAULT", 0.9, _scores(SANCTION=0.9), RULES) == ("retype", "SANCTION")


def test_no_retype_when_two_types_are_sure() -> None:
    assert judge("ASSAULT", 0.9, _scores(SANCTION=0.9, COERCE=0.85), RULES) == KEEP


def test_switched_off_rules_keep_everything() -> None:
    off = BlendRules(veto=False, retype=False, propose=False)
    assert judge("ASSAULT", 0.5, _scores(SANCTION=0.95), off) == KEEP
    assert proposal(_scores(ACCUSE=0.99), off) is None


def test_no_opinion_keeps_the_rule_event() -> None:
    assert judge("ASSAULT", 0.1, {}, RULES) == KEEP


def test_a_sure_type_is_proposed_and_the_most_probable_wins() -> None:
    assert proposal(_scores(ACCUSE=0.75, CONSULT=0.9), RULES) == "CONSULT"


def test_nothing_is_proposed_below_the_bar() -> None:
    assert proposal(_scores(ACCUSE=0.6), RULES) is None
    assert proposal({}, RULES) is None


def test_by_default_a_type_at_half_probability_is_proposed() -> None:
    assert proposal(_scores(SANCTION=0.55), BlendRules()) == "SANCTION"
    assert proposal(_scores(SANCTION=0.47), BlendRules()) is None


def test_by_default_criticism_is_proposed_from_a_lower_probability() -> None:
    assert proposal(_scores(ACCUSE=0.47), BlendRules()) == "ACCUSE"
    assert proposal(_scores(ACCUSE=0.43), BlendRules()) is None
