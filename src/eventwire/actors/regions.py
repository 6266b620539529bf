"""Groups of states the copy names by their region ("Western nations", "Gulf states", "African
leaders", "the West": actors with no country, coded by CAMEO's region codes, ``data/actors/regions.tsv``)
or by their organisation ("EU member states": the EU), so that they are not taken for the story's
country."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from eventwire.actors.build import new_actor, org_actor
from eventwire.actors.codes import actor_code
from eventwire.actors.lexicon import norm
from eventwire.actors.parts import Parts, countries_of
from eventwire.actors.words import actor_words
from eventwire.data import load_tsv
from eventwire.errors import DataFileError
from eventwire.events import roles
from eventwire.models import Actor
from eventwire.spans import doc_text

REGION_KINDS = ("name", "adjective")
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos"})
_ACTOR_PREPOSITIONS = frozenset({"by", "against", "with"})
_PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "within", "around", "at", "inside", "among"})


@dataclass(frozen=True)
class Region:
    """A region as an actor: CAMEO's code and the name records give it."""

    code: str
    name: str


@dataclass(frozen=True)
class RegionTable:
    """regions.tsv read: each region's names and adjectives, as written, to the region."""

    names: Mapping[str, Region]
    adjectives: Mapping[str, Region]


@cache
def region_table() -> RegionTable:
    """regions.tsv, checked: known kinds, three capital letters for a code, a name row for each code."""
    rows = load_tsv("actors", "regions.tsv", width=3)
    named: dict[str, str] = {}
    for line, (text, code, kind) in rows:
        if kind not in REGION_KINDS:
            raise DataFileError(f"actors/regions.tsv:{line}: unknown kind {kind!r}")
        if not re.fullmatch("[A-Z]{3}", code):
            raise DataFileError(f"actors/regions.tsv:{line}: {code!r} is not a three-letter region code")
        if kind == "name":
            named.setdefault(code, text)
    tables: dict[str, dict[str, Region]] = {kind: {} for kind in REGION_KINDS}
    for line, (text, code, kind) in rows:
        if code not in named:
            raise DataFileError(f"actors/regions.tsv:{line}: region {code} has no name row")
        tables[kind][text] = Region(code, named[code])
    return RegionTable(tables["name"], tables["adjective"])


@cache
def region_names() -> dict[str, str]:
    """Region code -> the region's name ("WST" -> "West")."""
    return {region.code: region.name for region in region_table().names.values()}


def region_actor(head: Token, parts: Parts, text: str, sector: str | None = None) -> Actor | None:
    """The region a phrase that names no country, organisation or person stands for: the region's own
    name ("the West"), or a region's adjective or name before a noun of states ("Western nations",
    ``region_group_nouns``) or before a noun of people who act for them (``sector`` given: "Western
    diplomats" are WSTGOV). None for any other phrase."""
    if parts.igo is not None or parts.name is not None or countries_of(parts) or _names_an_org(parts):
        return None
    table = region_table()
    run = _modifier_run(head)
    region = None
    if _acts(head):
        whole = (_text([*run[k:], head]) for k in range(len(run) + 1))
        region = next((table.names[s] for s in whole if s in table.names), None)
    if region is None and _of_a_group(head, sector):
        words = (_capitalised(_text(stretch)) for stretch in _stretches(run))
        region = next((r for s in words if (r := table.adjectives.get(s) or table.names.get(s))), None)
    if region is None:
        return None
    return new_actor(text, region.name, None, sector, code=actor_code(None, sector, region.code))


def members_actor(head: Token, parts: Parts, text: str) -> Actor | None:
    """The organisation a plural noun of states its phrase names them by stands for ("EU member states",
    "NATO allies", "OPEC members" are the EU, NATO, OPEC; "four EU states" are not), else
    :func:`region_actor`'s region."""
    if parts.igo is not None and _all_members(head):
        return org_actor(parts.igo, text, parts)
    return region_actor(head, parts, text)


def _all_members(head: Token) -> bool:
    """A plural noun of states or members with no number before it ("five EU countries" are some)."""
    word = norm(head.lemma_)
    members = word == "member" or word in actor_words("region_group_nouns")
    return head.tag_ == "NNS" and members and not any(c.dep_ == "nummod" for c in head.children)


def _names_an_org(parts: Parts) -> bool:
    """Whether a word of the phrase is part of an organisation's name ("Islamic State fighters")."""
    return any(s.first is not None and s.first.kind == "org" for s in parts.segs)


def _acts(head: Token) -> bool:
    """Whether a region's name at ``head`` stands where an actor does (the subject, the object, a
    possessor, the object of "by", "against" or "with"), not where a place does ("a visit to Asia",
    "operations in the Middle East")."""
    head = roles.first_conjunct(head)
    if head.dep_ == "pobj":
        return head.head.lower_ in _ACTOR_PREPOSITIONS
    return head.dep_ in _ACTOR_DEPS


def _of_a_group(head: Token, sector: str | None) -> bool:
    """Whether ``head`` is a plural noun of states or (``sector`` given) a noun of people who act for
    them, not where a place stands, whose members the phrase does not go on to name ("Gulf states
    such as Saudi Arabia" are Saudi Arabia)."""
    if sector is None and (head.tag_ != "NNS" or norm(head.lemma_) not in actor_words("region_group_nouns")):
        return False  # "the Horn of Africa country" is one state
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS:
        return False  # "debates in European countries": where, not who
    preps = (c for c in head.children if c.dep_ == "prep")
    return not any(p.lower_ in ("like", "including") or _such_as(p) for p in preps)


def _such_as(prep: Token) -> bool:
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def _modifier_run(head: Token) -> list[Token]:
    """The words right before ``head`` that modify it ("Gulf Arab" of "Gulf Arab states", "Arab" of
    "the Arab world"), in text order; a word whose head is one of them counts ("Latin" of "Latin
    American")."""
    run: list[Token] = []
    doc = head.doc
    for i in range(head.i - 1, head.left_edge.i - 1, -1):
        token = doc[i]
        if token.dep_ not in ("amod", "compound") or (token.head != head and token.head not in run):
            break
        run.insert(0, token)
    return run


def _stretches(run: list[Token]) -> Iterator[list[Token]]:
    """Every contiguous stretch of ``run``, the longest first, then the nearest the head first."""
    for size in range(len(run), 0, -1):
        for start in range(len(run) - size, -1, -1):
            yield run[start : start + size]


def _capitalised(text: str) -> str:
    """A modifier as the table writes it: "western" before "powers" is the West's, as "Western" is
    (before a noun of states a region's word needs no capital; "western Syria" has no such noun)."""
    return text[:1].upper() + text[1:]


def _text(tokens: list[Token]) -> str:
    """The words of neighbouring ``tokens`` as written (the document's text, no Span made)."""
    return doc_text(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
