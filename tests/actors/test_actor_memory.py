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


def _org(text: str, country: str | None, sector: str) -> Actor:
    return Actor(text=text, country=country, sector=sector, code=f"{country or ''}{sector}")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("the Rapid Support Forces", "RSF"),
        ("Kenya National Union of Teachers", "KNUT"),
        ("the Forces for the Defence of Freedom", "FDF"),
        ("the paramilitary Rapid Support Forces", "RSF"),
        ("the U.S.-backed Syrian Democratic Forces (SDF)", "SDF"),
    ],
)
def test_an_organisation_is_found_again_by_its_initials(text: str, initials: str) -> None:
    memory = ArticleMemory()
    memory.remember(_org(text, "KEN", "REB"), spacy.blank("en")("x")[0], is_person=False)
    found = memory.organisation(initials)
    assert found is not None and found.text == text


def test_initials_two_names_share_or_a_lower_case_phrase_find_nothing() -> None:
    memory = ArticleMemory()
    token = spacy.blank("en")("x")[0]
    memory.remember(_org("National Liberation Front", "DZA", "PTY"), token, is_person=False)
    memory.remember(_org("National Labour Federation", "DZA", "LAB"), token, is_person=False)
    memory.remember(_org("the national police", "DZA", "COP"), token, is_person=False)
    assert memory.organisation("NLF") is None and memory.organisation("NP") is None


def test_initials_of_a_name_the_phrase_hides_and_not_of_an_actor_known_by_sector_alone() -> None:
    memory = ArticleMemory()
    token = spacy.blank("en")("x")[0]
    name = "Kurdistan Workers Party"
    hidden = Actor(text="its armed wing", name=name, country="TUR", sector="REB", code="TURREB")
    memory.remember(hidden, token, is_person=False)
    military = Actor(text="the powerful Central Military Commission", sector="MIL", code="MIL")
    memory.remember(military, token, is_person=False)
    found = memory.organisation("KWP")
    assert found is not None and found.code == "TURREB"
    assert memory.organisation("CMC") is None


def _named_again(nlp: Any, resolver: ActorResolver, text: str, first: str, later: str, home: str) -> Any:
    """The actor of the last ``later`` word of ``text``, after its first ``first`` word was resolved."""
    doc = nlp(text)
    memory = ArticleMemory()
    memory.home_country = home
    resolver.resolve(next(t for t in doc if t.text == first), DAY, memory)
    (actor,) = resolver.resolve([t for t in doc if t.text == later][-1], DAY, memory)
    return actor


def test_an_acronym_the_tagger_takes_for_a_person_is_the_organisation(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = "The Kenya National Union of Teachers criticized the government. KNUT called for a strike."
    actor = _named_again(nlp, resolver, text, "Union", "KNUT", "KEN")
    assert (actor.text, actor.sector) == ("KNUT", "LAB")


@pytest.mark.parametrize(
    ("first", "name_head", "later", "code"),
    [
        ("The Popular Liberation Front seized the town.", "Front", "the front", None),
        ("The International Criminal Court issued a warrant.", "Court", "the court", "IGOICC"),
        ("The European Union imposed sanctions on Iran.", "Union", "the bloc", "IGOEUR"),
        ("NATO members met in Riga.", "NATO", "the alliance", "IGONAT"),
        ("Hamas fighters attacked a post.", "Hamas", "the group", None),
        # an armed group's members as a body
        ("Hamas fighters attacked a post.", "Hamas", "the militants", None),
        # in title case, as wire copy writes a body it named in full ("the European Commission")
        ("The European Commission proposed new rules.", "Commission", "the Commission", "IGOEUR"),
    ],
)
def test_a_bare_definite_noun_names_the_organisation_again(
    nlp: Any, resolver: ActorResolver, first: str, name_head: str, later: str, code: str | None
) -> None:
    doc = nlp(f"{first} On Monday {later} said it would act.")
    memory = ArticleMemory()
    memory.home_country = "BEL"
    (named,) = resolver.resolve(next(t for t in doc if t.text == name_head), DAY, memory)
    (actor,) = resolver.resolve(_head_of(doc, later), DAY, memory)
    assert actor.code == named.code and actor.country == named.country
    assert code is None or actor.code == code
    assert actor.text == later.removeprefix("the ")


def test_a_described_group_accused_of_an_act_is_named_again(nlp: Any, resolver: ActorResolver) -> None:
    """ "accused the group of kidnapping": the parser hangs the "of" phrase on the noun."""
    doc = nlp("Hamas fighters attacked a post. Israel accused the group of kidnapping two soldiers.")
    memory = ArticleMemory()
    memory.home_country = "ISR"
    (named,) = resolver.resolve(next(t for t in doc if t.text == "Hamas"), DAY, memory)
    (actor,) = resolver.resolve(next(t for t in doc if t.text == "group"), DAY, memory)
    assert actor.code == named.code == "PSEREB"


def test_a_description_noun_modifying_a_definite_noun_names_the_organisation_again(
    nlp: Any, resolver: ActorResolver
) -> None:
    """ "the Commission proposals" after "the European Commission": the Commission's."""
    text = "The European Commission proposed new rules. Economists disliked the Commission proposals."
    assert _named_again(nlp, resolver, text, "Commission", "Commission", "BEL").code == "IGOEUR"


def test_the_plural_of_a_group_of_people_names_the_group_again(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("European Union leaders met in Riga. On Monday the leaders said they would act.")
    memory = ArticleMemory()
    memory.home_country = "LVA"
    heads = [t for t in doc if t.text == "leaders"]
    (named,) = resolver.resolve(heads[0], DAY, memory)
    (actor,) = resolver.resolve(heads[1], DAY, memory)
    assert named.code == "IGOEUR" and (actor.code, actor.text) == ("IGOEUR", "leaders")


def _head_of(doc: Any, phrase: str) -> Any:
    start = doc.text.index(phrase) + len(phrase) - 1
    return next(t for t in doc if t.idx <= start < t.idx + len(t.text))


@pytest.mark.parametrize(
    ("later", "head"),
    [
        ("A Belgian court", "court"),
        ("The Belgian court", "court"),
        ("The court of appeal", "court"),
        ("Belgium's court", "court"),
    ],
)
def test_a_court_named_by_its_country_or_a_phrase_is_not_the_one_named_before(
    nlp: Any, resolver: ActorResolver, later: str, head: str
) -> None:
    doc = nlp(f"The International Criminal Court issued a warrant. {later} said it would act.")
    memory = ArticleMemory()
    memory.home_country = "BEL"
    resolver.resolve(next(t for t in doc if t.text == "Court"), DAY, memory)
    (actor,) = resolver.resolve(_head_of(doc, head.strip()), DAY, memory)
    assert (actor.country, actor.sector) == ("BEL", "JUD")


def test_without_an_organisation_named_before_the_court_is_the_story_country_s(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp("President Ana Lask criticised the ruling. The court said it would act.")
    memory = ArticleMemory()
    memory.home_country = "BEL"
    resolver.resolve(next(t for t in doc if t.text == "Lask"), DAY, memory)
    (actor,) = resolver.resolve(_head_of(doc, "court"), DAY, memory)
    assert (actor.country, actor.sector) == ("BEL", "JUD")


def test_a_name_hung_from_the_title_before_it_takes_the_title_s_country(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp(
        "Regional leaders elected Djibouti's foreign minister Amina Rakeb Doualeh as chairperson of the"
        " commission on Saturday. On Sunday, Doualeh called for a ceasefire in Sudan."
    )
    name = next(t for t in doc if t.text == "Doualeh")
    assert name.dep_ == "appos"  # the construction under test: the name in apposition to "minister"
    memory = ArticleMemory()
    (first,) = resolver.resolve(name, DAY, memory)
    (later,) = resolver.resolve([t for t in doc if t.text == "Doualeh"][-1], DAY, memory)
    assert (first.code, first.role) == ("DJIGOV", "foreign minister")
    assert (later.code, later.name) == ("DJIGOV", "Amina Rakeb Doualeh")


def test_a_surname_that_is_also_a_town_is_the_person_named_before(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Opposition leader Ana Lucia Machado called for protests. Police said Machado had left.")
    memory = ArticleMemory()
    memory.home_country = "VEN"
    heads = [t for t in doc if t.text == "Machado"]
    resolver.resolve(heads[0], DAY, memory)
    (later,) = resolver.resolve(heads[1], DAY, memory)
    assert (later.name, later.country) == ("Ana Lucia Machado", "VEN")


def test_the_two_neighbours_are_the_countries_named_most_when_none_were_coordinated(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp(
        "Ghana recalled its envoy from Togo after Togolese officials criticised Ghana."
        " The regional bloc urged the two neighbours to talk."
    )
    memory = ArticleMemory()
    memory.home_country = "GHA"
    _resolve_words(resolver, doc, ("Ghana", "Togo", "officials"), memory)
    actors = resolver.resolve(next(t for t in doc if t.text == "neighbours"), DAY, memory)
    assert sorted(a.code for a in actors) == ["GHA", "TGO"]


def test_the_two_leaders_are_not_taken_for_the_countries_named_most(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc = nlp("Ghana recalled its envoy from Togo. The two leaders spoke on Friday.")
    memory = ArticleMemory()
    _resolve_words(resolver, doc, ("Ghana", "Togo"), memory)
    assert memory.most_named(2) == ["GHA", "TGO"]
    actors = resolver.resolve(next(t for t in doc if t.text == "leaders"), DAY, memory)
    assert sorted(a.code or "" for a in actors) != ["GHA", "TGO"]


def test_him_is_not_the_subject_of_his_own_clause(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp(
        "President Ana Lask of Peru congratulated Senator Maria Gonzalez of Chile and invited her to Lima."
    )
    memory = ArticleMemory()
    _resolve_words(resolver, doc, ("Lask", "Gonzalez"), memory)
    (actor,) = resolver.resolve(next(t for t in doc if t.text == "her"), DAY, memory)
    assert (actor.name, actor.country) == ("Maria Gonzalez", "CHL")


def test_she_after_two_people_is_the_one_who_was_the_subject(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("President Ana Lask of Peru met Senator Maria Gonzalez of Chile, and she said it went well.")
    memory = ArticleMemory()
    _resolve_words(resolver, doc, ("Lask", "Gonzalez"), memory)
    (actor,) = resolver.resolve(next(t for t in doc if t.text == "she"), DAY, memory)
    assert actor.country == "PER"


def _resolve_words(resolver: ActorResolver, doc: Any, words: tuple[str, ...], memory: ArticleMemory) -> None:
    """Resolve, in order, every token of ``doc`` written as one of ``words`` (what the actors stage
    does for the heads before the one under test)."""
    for token in doc:
        if token.text in words:
            resolver.resolve(token, DAY, memory)


@pytest.mark.parametrize(
    ("home", "country"),
    [("NZL", "NZL"), ("GBR", "GBR"), ("USA", "GBR"), (None, "GBR")],
)
def test_a_party_name_several_countries_share_is_the_story_countrys(
    nlp: Any, resolver: ActorResolver, home: str | None, country: str
) -> None:
    """ "The Labour Party" is New Zealand's in a Wellington story; where the story's country has no
    such party, it stays the dictionary's first (Britain's)."""
    doc = nlp("The Labour Party accused the government of lying.")
    memory = ArticleMemory()
    memory.home_country = home
    (actor,) = resolver.resolve(next(t for t in doc if t.text == "Party"), DAY, memory)
    assert (actor.country, actor.sector) == (country, "PTY")


@pytest.mark.parametrize(("home", "country"), [("MNG", "MNG"), ("MDA", "MDA"), ("USA", "USA"), (None, "USA")])
def test_the_democratic_party_is_the_story_countrys_where_it_has_one(
    nlp: Any, resolver: ActorResolver, home: str | None, country: str
) -> None:
    """ "The Democratic Party" of an Ulaanbaatar or Chisinau story is Mongolia's or Moldova's."""
    doc = nlp("The Democratic Party called on the prime minister to resign.")
    memory = ArticleMemory()
    memory.home_country = home
    (actor,) = resolver.resolve(next(t for t in doc if t.text == "Party"), DAY, memory)
    assert (actor.country, actor.sector) == (country, "PTY")


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        ("Iran-backed Houthi fighters attacked a ship.", "fighters", "YEM"),
        ("U.S.-trained Syrian rebels attacked the town.", "rebels", "SYR"),
        ("The U.S.-led coalition attacked the town.", "coalition", "USA"),  # led by the state: its own
    ],
)
def test_a_state_hyphened_to_a_word_of_backing_is_the_actors_backer(
    nlp: Any, resolver: ActorResolver, text: str, head: str, country: str
) -> None:
    doc = nlp(text)
    memory = ArticleMemory()
    memory.home_country = "LBN"
    actors = resolver.resolve(next(t for t in doc if t.text == head), DAY, memory)
    assert [a.country for a in actors] == [country]
