"""Earlier actors named again by a shorter phrase: initials ("the RSF"), a bare definite noun
("the court", "the bloc") and a surname that is also a town's ("Machado"). Each finder returns the
actor the article's memory holds, or None to let the resolver's other rules decide."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from eventwire.actors.build import term_at
from eventwire.actors.lexicon import Entry, norm
from eventwire.actors.memory import ArticleMemory
from eventwire.actors.parts import Parts
from eventwire.actors.phrase import is_definite
from eventwire.actors.words import actor_words
from eventwire.models import Actor

_DESCRIPTION_DEPS = frozenset({"det", "case", "punct", "amod", "relcl", "acl"})


def by_initials(head: Token, parts: Parts, memory: ArticleMemory) -> Actor | None:
    """The organisation named earlier in the article whose initials an acronym the dictionaries do
    not know gives ("KNUT" after "the Kenya National Union of Teachers", which the tagger may take
    for a person), else None."""
    if len(head.text) < 2 or not head.text.isupper() or (parts.head is not None and parts.head.first):
        return None
    return memory.organisation(head.text)


def by_surname(head: Token, parts: Parts, memory: ArticleMemory) -> Actor | None:
    """The person introduced earlier under a longer name, for a single name that is also a town's
    ("Machado" after "Maria Corina Machado", not the Brazilian town)."""
    seg = parts.head
    if head.pos_ != "PROPN" or seg is None or seg.first is None or seg.first.kind != "place":
        return None
    if len(seg.tokens) != 1 or parts.countries:
        return None
    return memory.later_mention(head.text)


def namesake_abroad(entry: Entry, day: dt.date | None, memory: ArticleMemory) -> bool:
    """True for a listed office holder of a country that an article filed from another (its dateline's)
    never names: a surname there means the person introduced earlier ("Lewandowski" after "Corey
    Lewandowski" in a Washington story, not a Brazilian judge), while a sitting "Trump" after "Ivanka
    Trump" in a story that names the United States, or has no dateline, is the president."""
    term = term_at(entry, day)
    country = term.country if term is not None else entry.country
    home = memory.home_country
    return None not in (country, home) and country != home and country not in memory.named_countries()


def by_description(head: Token, parts: Parts, memory: ArticleMemory) -> Actor | None:
    """The organisation a bare definite noun names again ("the court", "the bloc", "the top court",
    "the Commission" after "the European Commission"): "the" and no modifier but adjectives that
    name no country, singular (the tagger may take a noun after a name for a name) and in lower or
    title case, or the plural of a group of people named before ("the leaders" after "European
    Union leaders")."""
    cased = head.text.islower() or head.text.istitle()
    if not cased or head.tag_ not in ("NN", "NNP", "NNS") or parts.countries:
        return None
    if not (is_definite(head) or (head.dep_ == "compound" and is_definite(head.head))):
        return None  # "the Commission proposals": the Commission's
    if any(c.dep_ not in _DESCRIPTION_DEPS and not _act_phrase(c) for c in head.children):
        return None
    return memory.described(norm(head.text if head.tag_ == "NNS" else head.lemma_))


def _act_phrase(child: Token) -> bool:
    """An "of" phrase with a gerund the parser hung on the noun instead of the verb: "accused the
    group OF KIDNAPPING crew members" (not "the court of appeal")."""
    return child.dep_ == "prep" and child.lower_ == "of" and any(c.dep_ == "pcomp" for c in child.children)


def descriptions(head: Token, parts: Parts, actor: Actor) -> set[str]:
    """The nouns a later "the <noun>" may name ``actor`` by: its dictionary entry's ``called``, the
    last word of its name ("court" for "the International Criminal Court", "force" for "the Rapid
    Support Forces") when that is a noun of ``description_nouns``, and the descriptions of armed
    groups for one."""
    entries = (parts.head.first if parts.head else None, parts.igo)
    nouns = {noun for entry in entries if entry is not None for noun in entry.called}
    last = norm(head.text)
    allowed = actor_words("description_nouns")
    nouns.update(w for w in (last, last.removesuffix("s")) if w in allowed)
    if actor.sector == "REB":
        nouns.update(actor_words("armed_group_descriptions"))
    return nouns
