"""Later, shorter mentions of a person linked to the full name earlier in the article.

Sentences are written for these tests; the people in them are invented unless the test says so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import spacy

from eventwire.actors import ActorResolver, ArticleMemory
from eventwire.models import Actor

DAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    r = ActorResolver()
    r.initialize()
    return r


def _person(name: str, country: str) -> Actor:
    return Actor(text=name, name=name, country=country, sector="GOV", code=f"{country}GOV")


def _remember(memory: ArticleMemory, *people: Actor) -> None:
    doc = spacy.blank("en")("x")
    for actor in people:
        memory.remember(actor, doc[0], is_person=True)


def test_parts_of_a_name_point_back_at_it() -> None:
    memory = ArticleMemory()
    _remember(memory, _person("Rosa Ferrand Quispe", "PER"))
    for mention in ["Quispe", "Ferrand Quispe", "Rosa"]:
        found = memory.later_mention(mention)
        assert found is not None and found.name == "Rosa Ferrand Quispe", mention
    assert memory.later_mention("Rosa Ferrand Quispe") is None  # the full name is not a later mention
    assert memory.later_mention("Ferrand") is None


def test_a_generational_suffix_is_not_needed_later() -> None:
    memory = ArticleMemory()
    _remember(memory, _person("Tomas Rechel Jr.", "PLW"))
    for mention in ["Rechel", "Tomas Rechel"]:
        found = memory.later_mention(mention)
        assert found is not None and found.name == "Tomas Rechel Jr.", mention


def test_shared_surname_or_other_country_is_not_linked() -> None:
    memory = ArticleMemory()
    _remember(
        memory, _person("Anna Vrbova", "CZE"), _person("Tomas Vrbova", "SVK"), _person("Ivo Lask", "EST")
    )
    assert memory.later_mention("Vrbova") is None
    assert memory.person("Vrbova") is None
    assert memory.later_mention("Lask", ["LVA"]) is None
    found = memory.later_mention("Lask", ["EST"])
    assert found is not None and found.code == "ESTGOV"


def _article(nlp: Any, resolver: ActorResolver, text: str, word: str) -> Actor:
    """Resolve every person named in ``text`` in order, then return the actor of the last ``word``."""
    doc = nlp(text)
    memory = ArticleMemory()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            resolver.resolve(ent.root, DAY, memory)
    last = [t for t in doc if t.text == word][-1]
    (actor,) = resolver.resolve(last, DAY, memory)
    return actor


@pytest.mark.parametrize(
    ("text", "word", "name", "code"),
    [
        (  # an unknown person introduced with title and country
            "Bolivian Interior Minister Teodora Quillca ordered the arrests on Friday. "
            "Quillca told reporters the protest leaders would be charged.",
            "Quillca",
            "Teodora Quillca",
            "BOLGOV",
        ),
        (  # a surname the dictionary gives to Tony Blair
            "Canadian Defence Minister Bill Blair visited the troops in Latvia. "
            "Blair said Canada would stay.",
            "Blair",
            "Bill Blair",
            "CANGOV",
        ),
        (  # a surname the dictionary gives to Kamala Harris only
            "Foreign Minister Simon Harris condemned the attack. "
            "Harris said Ireland would raise it in Brussels.",
            "Harris",
            "Simon Harris",
            "IRLGOV",
        ),
        (  # family name first
            "Chinese Vice Foreign Minister Gao Zhenyu met the envoy. Gao urged Tokyo to change course.",
            "Gao",
            "Gao Zhenyu",
            "CHNGOV",
        ),
    ],
)
def test_surname_mentions_link_to_the_full_name(
    nlp: Any, resolver: ActorResolver, text: str, word: str, name: str, code: str
) -> None:
    actor = _article(nlp, resolver, text, word)
    assert (actor.name, actor.code) == (name, code)


def test_without_the_full_name_the_dictionary_decides(nlp: Any, resolver: ActorResolver) -> None:
    actor = _article(nlp, resolver, "Blair said Britain had been right.", "Blair")
    assert actor.name == "Tony Blair"


def test_a_sitting_office_holder_keeps_the_surname_from_an_untitled_relative(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "Eric Trump opened a golf course in Scotland on Monday. Trump told reporters the tariffs would stay."
    )
    actor = _article(nlp, resolver, text, "Trump")
    assert (actor.name, actor.code) == ("Donald Trump", "USAGOV")


def test_what_a_scratch_copy_remembers_leaves_the_memory_as_it_was() -> None:
    memory = ArticleMemory()
    memory.home_country = "PER"
    _remember(memory, _person("Rosa Ferrand Quispe", "PER"))
    scratch = memory.scratch()
    assert scratch.home_country == "PER" and scratch.pronoun() is not None
    _remember(scratch, _person("Ivo Lask", "EST"))
    assert scratch.later_mention("Lask") is not None
    assert memory.later_mention("Lask") is None
    found = memory.pronoun()  # "he"/"she" still means the person the article named last
    assert found is not None and found.name == "Rosa Ferrand Quispe"
