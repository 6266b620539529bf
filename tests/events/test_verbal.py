"""Attacks in words told from attacks by force (events/verbal.py; sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

DATE = "2025-06-12"


def _coded(coder: Any, sentence: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in coder.code(sentence, date=DATE)]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a noun of attack between political actors reads as the verb does
        ("Governor Gavin Newsom's attacks on President Trump dominated the state convention.", "attacks"),
        # a word of speech makes it words whoever the unarmed sides are
        ("Senator Lisa Murkowski launched a scathing attack on the tariff plan on Tuesday.", "attack"),
        ("Iran launched a blistering attack on Britain in a statement.", "attack"),
        ("China publicly attacked the Philippines on Monday.", "attacked"),
        # a label the attack gives
        ("Hungary attacked the European Commission as an enemy of Hungarian families.", "attacked"),
        # what a political actor's attack blames: "for" what its object did, "over" anything
        ("Human Rights Watch attacked Hungary for its treatment of asylum seekers.", "attacked"),
    ],
)
def test_an_attack_in_words_is_criticism(coder: Any, sentence: str, trigger: str) -> None:
    coded = _coded(coder, sentence)
    assert ("ACCUSE", trigger) in coded
    assert ("ASSAULT", trigger) not in coded


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # an armed side, a militant group of no state among them
        ("Islamic State claimed the attack on the Syrian government in a statement on Friday.", "attack"),
        ("Army troops attacked the opposition party's offices for the second time this week.", "attacked"),
        # a kind of attack the lexicon knows is no attack in words
        ("The government condemned the terrorist attack on the Pakistani parliament.", "attack"),
        # a state's attack "over" something may be by force; fighting FOR a cause blames no one
        ("Venezuela attacked Guyana over its oil licences.", "attacked"),
        ("Rebels in eastern Congo vowed to battle for control of Goma.", "battle"),
    ],
)
def test_an_attack_by_force_stays_an_assault(coder: Any, sentence: str, trigger: str) -> None:
    coded = _coded(coder, sentence)
    assert ("ACCUSE", trigger) not in coded
