"""Words that read as triggers but report no event (events/nonevents.py; sentences written here)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.lexicon import load_lexicon
from eventwire.events.nonevents import (
    background_state,
    campaign_event,
    editorial_note,
    ended_agreement,
    is_idiom,
)
from eventwire.events.words import event_words

pytestmark = pytest.mark.model


def _word(nlp: Any, sentence: str, word: str) -> Any:
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "campaign"),
    [
        ("He attended a Donald Trump rally in Ohio.", "rally", True),
        ("Her campaign rally drew thousands.", "rally", True),
        ("Police stood outside a rally for presidential candidate Donald Trump.", "rally", True),
        ("A man was arrested at a rally held by Donald Trump.", "rally", True),
        ("He abandoned his rally in Chicago.", "rally", True),
        # a rally of no named owner, or against something, is what the lexicon says
        ("Thousands held a rally against the war.", "rally", False),
        ("Protesters held their rally against the war.", "rally", False),
        ("Students joined the rally on Friday.", "rally", False),
        ("Trump held a meeting with Abe.", "meeting", False),
    ],
)
def test_a_gathering_a_candidate_holds_is_a_campaign_event(
    nlp: Any, sentence: str, word: str, campaign: bool
) -> None:
    assert campaign_event(_word(nlp, sentence, word)) is campaign


@pytest.mark.parametrize(
    ("sentence", "word", "state"),
    [
        ("They ended years of cooperation.", "cooperation", True),
        ("They ended the cooperation.", "cooperation", False),
    ],
)
def test_a_span_of_time_makes_a_state(nlp: Any, sentence: str, word: str, state: bool) -> None:
    assert background_state(_word(nlp, sentence, word)) is state


def test_a_newsroom_phrase_is_an_idiom(nlp: Any) -> None:
    lexicon = load_lexicon()
    assert is_idiom(_word(nlp, "The ministry did not respond to a request for comment.", "request"), lexicon)
    assert not is_idiom(_word(nlp, "Iran rejected a request for talks.", "request"), lexicon)


@pytest.mark.parametrize(
    ("sentence", "idiom"),
    [
        ("The move would put him in charge of the agency.", True),
        ("Ireland is leading the charge to involve the EU.", True),
        ("Prosecutors dropped the charge against him.", False),
        ("The militants pose a threat to the region.", True),  # a danger described, no threat made
        ("Chile rejected the threat from Bolivia.", False),
    ],
)
def test_a_noun_read_with_what_governs_it_can_be_an_idiom(nlp: Any, sentence: str, idiom: bool) -> None:
    """ "in charge of", "leading the charge": no accusation; "pose a threat": no threat."""
    word = next(w for w in ("charge", "threat") if w in sentence)
    assert is_idiom(_word(nlp, sentence, word), load_lexicon()) is idiom


@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        ("This article was paid for in part by a software company.", True),
        ("The embassy declined to comment for this story.", True),
        ("It was written by our staff, and the sponsor has no role in this coverage.", True),
        ("(This story corrects the name of the minister in the second paragraph)", True),
        # a clause of a text, or another article, is no note on this one
        ("Under this article of the treaty, Jordan asked Israel for water.", False),
        ("The ministry called the story a lie.", False),
        ("Poland cited this Article 5 in its request.", False),
    ],
)
def test_a_note_on_the_article_itself_is_an_editorial_note(nlp: Any, sentence: str, note: bool) -> None:
    assert editorial_note(next(iter(nlp(sentence).sents))) is note


def test_an_editorial_note_codes_no_event(coder: Any) -> None:
    text = (
        "AMMAN (Reuters) - The United States will send Jordan $1 billion in aid. This article was "
        "funded in part by a technology company. The company otherwise has no role in this coverage."
    )
    events = coder.code(text, date="2025-03-04")
    assert [e.trigger for e in events] == ["send"]


@pytest.mark.parametrize(
    ("sentence", "word", "idiom"),
    [
        ("Replacing the law was a top campaign promise of the president.", "promise", True),
        ("Lowering the retirement age was an election pledge of the ruling party.", "pledge", True),
        ("The minister kept his promise to the farmers.", "promise", False),
        ("A government spokesman declined to comment.", "declined", True),
        ("The court declined to hear the appeal.", "declined", False),
    ],
)
def test_a_platform_and_a_refusal_to_comment_are_no_events(
    nlp: Any, sentence: str, word: str, idiom: bool
) -> None:
    """What a candidate ran on ("a campaign promise") is no new commitment; "declined to comment"
    says nothing."""
    assert is_idiom(_word(nlp, sentence, word), load_lexicon()) is idiom


@pytest.mark.parametrize(
    ("sentence", "word", "ended"),
    [
        ("Bolivia is tearing up the gas deal with Brazil.", "deal", True),
        ("Ecuador pulled out of the regional trade pact.", "pact", True),
        ("Kenya will withdraw from the accord.", "accord", True),
        ("The deal was scrapped by the new Chilean government.", "deal", True),
        ("Colombia and the rebels signed a peace deal in Havana.", "deal", False),
        ("Peru reached an agreement with Chile on Monday.", "agreement", False),
        ("Ecuador pulled out of the talks.", "talks", False),
    ],
)
def test_an_agreement_a_party_leaves_is_no_new_agreement(
    nlp: Any, sentence: str, word: str, ended: bool
) -> None:
    assert ended_agreement(_word(nlp, sentence, word)) is ended


def test_the_lexicon_leaves_the_same_agreements_the_rules_call_left() -> None:
    """``agreement_nouns`` (words.yaml) and the lexicon's ``&agreement_objects`` (the objects of "tear
    up", "scrap" ...) are one list kept in two files: they must not drift apart."""
    torn = {w for s in load_lexicon().verbs["tear up"] for w in s.when["object"]}
    assert torn == set(event_words("agreement_nouns"))


def test_tearing_up_a_deal_is_leaving_it_not_agreeing(coder: Any) -> None:
    events = coder.code("Bolivia is tearing up the gas deal with Brazil.", date="2021-06-10")
    assert [(e.event_type, e.trigger) for e in events] == [("SANCTION", "tearing")]


@pytest.mark.parametrize(
    ("sentence", "word", "idiom"),
    [
        ("Revenue failed to meet the monthly estimates.", "meet", True),
        ("Banks must meet the new capital requirements by March.", "meet", True),
        ("The ministry met its deadline.", "met", True),
        ("Merkel met Macron in Paris.", "met", False),
        ("The envoy will meet the rebel leaders.", "meet", False),
    ],
)
def test_meeting_a_goal_is_no_meeting(nlp: Any, sentence: str, word: str, idiom: bool) -> None:
    """ "meet a target" satisfies it; only meeting someone is a consultation."""
    assert is_idiom(_word(nlp, sentence, word), load_lexicon()) is idiom


@pytest.mark.parametrize(
    ("sentence", "idiom"),
    [
        ("The envoy will seek to allay those concerns.", True),
        ("Both governments cited security concerns.", True),
        ("We share your concerns about the violence.", True),
        ("Britain voiced concerns about the latest test.", False),
        ("Lawmakers raised concerns about the sale.", False),
    ],
)
def test_a_concern_answered_or_shared_is_no_criticism(nlp: Any, sentence: str, idiom: bool) -> None:
    concern = next(t for t in nlp(sentence) if t.lemma_ == "concern")
    assert is_idiom(concern, load_lexicon()) is idiom
