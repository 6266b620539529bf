"""The verb a participle or gerund belongs with when the parser hung it elsewhere (sentences written here)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.events.partners import gerund_partner, intent_holder, reporter
from eventwire.events.roles import finite_partner, subject

pytestmark = pytest.mark.model


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_a_participle_of_saying_on_the_reported_clause_belongs_to_the_reporter(nlp: Any) -> None:
    doc = nlp("Peru said the alliance remained strong, while also expressing concern about Chile.")
    assert reporter(_word(doc, "expressing")) == _word(doc, "said")


def test_a_participle_that_tells_what_an_act_endangers_stays_with_it(nlp: Any) -> None:
    doc = nlp("Labour said the government was using the bill, threatening the rights of voters.")
    assert reporter(_word(doc, "threatening")) is None


def test_a_gerund_pairs_with_the_nearest_gerund_before_it(nlp: Any) -> None:
    doc = nlp("CNN published a transcript, showing Trump taking a stance, and offering help.")
    assert gerund_partner(_word(doc, "offering")) == _word(doc, "taking")
    plain = nlp("Rebels seized the town, killing five soldiers and wounding ten.")
    assert gerund_partner(_word(plain, "wounding")) is None  # hung on "killing", its true partner


def test_a_finite_verb_hung_on_a_clause_of_another_tense_pairs_with_a_verb_of_its_own_tense(nlp: Any) -> None:
    doc = nlp(
        "Boric said he would not step down when his term ends this month "
        "and accused the opposition of rigging the vote."
    )
    assert finite_partner(_word(doc, "accused")) == _word(doc, "said")


def test_a_finite_verb_after_a_clause_of_its_own_tense_keeps_its_partner(nlp: Any) -> None:
    doc = nlp("Police said the gunman fled after he shot two guards and wounded a third.")
    assert finite_partner(_word(doc, "wounded")) is None


@pytest.mark.parametrize(
    ("sentence", "verb", "doer"),
    [
        (
            "Hamas freed the hostages on Monday and Israel released 2,000 Palestinian prisoners.",
            "released",
            "Israel",
        ),
        ("Armenia shelled the villages on Sunday and Azerbaijan returned fire.", "returned", "Azerbaijan"),
        (
            "The African Union suspended Madagascar's membership and the United Nations Secretary-General "
            "condemned the coup.",
            "condemned",
            "General",
        ),
    ],
)
def test_a_noun_the_parser_hung_on_the_clause_before_a_verb_is_its_subject(
    nlp: Any, sentence: str, verb: str, doer: str
) -> None:
    doc = nlp(sentence)
    assert [t.text for t in subject(_word(doc, verb))] == [doer]


def test_the_holder_of_an_intent_does_its_act(nlp: Any) -> None:
    doc = nlp("Chile announced plans to withdraw its troops from Peru.")
    assert intent_holder(_word(doc, "withdraw")) == _word(doc, "announced")
    assert subject(_word(doc, "withdraw")) == [_word(doc, "Chile")]
    gerund = nlp("Bolivia expressed no interest in resuming talks with Chile.")
    assert subject(_word(gerund, "resuming")) == [_word(gerund, "Bolivia")]


def test_a_call_is_no_intent_of_its_own(nlp: Any) -> None:
    doc = nlp("Chile issued a call to lift the embargo on Peru.")
    assert intent_holder(_word(doc, "lift")) is None


def test_a_gerund_the_parser_hangs_on_a_verb_of_saying_is_not_the_speakers() -> None:
    """ "said bombing inside Qatar did not help": the parser may make "bombing" the complement of
    "said" (the parse below), which would make the spokeswoman the bomber; whose bombing, the
    sentence does not say. "denied attacking" (below) keeps its subject."""
    words = ["Leavitt", "said", "bombing", "inside", "Qatar", "did", "not", "help"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 2, 3, 7, 7, 1],
        deps=["nsubj", "ROOT", "xcomp", "prep", "pobj", "aux", "neg", "ccomp"],
        pos=["PROPN", "VERB", "VERB", "ADP", "PROPN", "AUX", "PART", "VERB"],
        tags=["NNP", "VBD", "VBG", "IN", "NNP", "VBD", "RB", "VB"],
        lemmas=["Leavitt", "say", "bomb", "inside", "Qatar", "do", "not", "help"],
    )
    assert subject(doc[2]) == []


def test_a_gerund_a_verb_of_denying_takes_is_its_subjects(nlp: Any) -> None:
    doc = nlp("Iran denied attacking the tanker in the Gulf.")
    assert [t.text for t in subject(_word(doc, "attacking"))] == ["Iran"]
