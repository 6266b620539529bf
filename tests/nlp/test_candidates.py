"""The sentence test of nlp/candidates.py on tagged Docs built by hand: no model needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.attribution import load_attribution_lexicon
from eventwire.events.lexicon import load_lexicon
from eventwire.nlp.candidates import EventCandidates, LemmaCandidates

_EXCEPTIONS = {"verb": {"took": ["take"], "met": ["meet"], "said": ["say"]}}
_RULES = {"verb": [["ed", "e"], ["ed", ""], ["s", ""]], "noun": [["s", ""]], "adj": []}


@pytest.fixture(scope="module")
def candidates() -> EventCandidates:
    lemmas = LemmaCandidates(_EXCEPTIONS, _RULES)
    return EventCandidates.of(load_lexicon(), load_attribution_lexicon().reporting_verbs, lemmas)


_VOCAB = spacy.blank("en").vocab


def _tagged(text: str) -> Doc:
    """ "word/TAG word/TAG ..." as a Doc."""
    words, tags = zip(*(item.rsplit("/", 1) for item in text.split()), strict=True)
    return Doc(_VOCAB, words=list(words), tags=list(tags))


def test_lemma_candidates_are_the_word_its_exceptions_and_every_suffix_rule() -> None:
    lemmas = LemmaCandidates(_EXCEPTIONS, _RULES)
    assert lemmas("took") == {"took", "take"}
    assert lemmas("arrested") == {"arrested", "arreste", "arrest"}
    assert lemmas("talks") == {"talks", "talk"}


@pytest.mark.parametrize(
    "text",
    [
        "Police/NN arrested/VBD ten/CD protesters/NNS ./.",  # a verb trigger
        "The/DT talks/NNS ended/VBD ./.",  # a noun trigger
        "Rebels/NNS took/VBD hostages/NNS ./.",  # a sense whose object condition holds
        "Ministers/NNS met/VBD on/IN Tuesday/NNP ./.",
        "She/PRP said/VBD the/DT plan/NN was/VBD a/DT disgrace/NN ./.",  # an evaluation
        "He/PRP said/VBD Ruritania/NNP must/MD leave/VB ./.",  # an obligation
        "Ruritania/NNP chastised/VBD its/PRP$ neighbour/NN ./.",  # a synonym of a verb entry
        "Ruritania/NNP voiced/VBD dismay/NN ./.",  # a synonym of a noun entry
    ],
)
def test_a_sentence_that_may_hold_an_event_is_kept(candidates: EventCandidates, text: str) -> None:
    assert candidates(_tagged(text)[:])


@pytest.mark.parametrize(
    "text",
    [
        "It/PRP rained/VBD in/IN the/DT capital/NN ./.",
        "Rebels/NNS took/VBD the/DT bus/NN ./.",  # no condition of "take" can hold
        "The/DT plan/NN was/VBD a/DT disgrace/NN ./.",  # a judging word but nobody speaks
        "Exports/NNS must/MD rise/VB ./.",  # a modal but no speech verb
        "The/DT take/NN was/VBD small/JJ ./.",  # "take" is a verb trigger only, here a noun
    ],
)
def test_a_sentence_without_any_possible_trigger_is_skipped(candidates: EventCandidates, text: str) -> None:
    assert not candidates(_tagged(text)[:])


def test_a_phrasal_key_needs_its_particle_among_the_words(candidates: EventCandidates) -> None:
    lexicon = load_lexicon()
    phrasal = sorted(k for k in lexicon.verbs if " " in k and k.split()[0] not in lexicon.verbs)
    verb, particle = phrasal[0].split()
    assert candidates(_tagged(f"They/PRP {verb}/VB {particle}/RP ./.")[:])
    assert not candidates(_tagged(f"They/PRP {verb}/VB ./.")[:])
