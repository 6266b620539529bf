"""Per-article memory of the actors already resolved, for later and shorter mentions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from spacy.tokens import Token

from eventwire.actors.lexicon import phrase_key
from eventwire.actors.words import actor_words
from eventwire.models import Actor
from eventwire.spans import sentence_of
from eventwire.story import story_country

_AMBIGUOUS = Actor(text="")


class ArticleMemory:
    """People, roles and organisations seen so far in one article.

    ``home_country`` (ISO3) may be set by the caller from the dateline ("MEXICO CITY (Reuters)"):
    wire copy names the nationality of foreign officials but not of local ones, so an official
    or institution with no country word in an article datelined in Mexico is taken as Mexican.
    Without a dateline, or with one whose country the article never names, the country the article
    names most often (:meth:`note_countries`) plays that part.
    """

    def __init__(self) -> None:
        self.home_country: str | None = None
        self._mentioned: Counter[str] = Counter()
        self._placed: Counter[str] = Counter()  # countries of the actors resolved so far
        self._people: dict[tuple[str, ...], Actor] = {}
        self._parts: dict[tuple[str, ...], Actor] = {}
        self._roles: dict[str, Actor] = {}
        self._orgs: dict[tuple[str, ...], Actor] = {}
        self._initials: dict[tuple[str, ...], Actor] = {}
        self._described: dict[str, Actor] = {}
        self._sentence: tuple[int, int] | None = None
        self._sentence_people: list[str] = []
        self._sentence_subjects: set[str] = set()
        self._groups: list[tuple[Actor, ...]] = []

    def scratch(self) -> ArticleMemory:
        """A copy to resolve a phrase against without recording it: what it remembers is dropped
        with it, and this memory stays as it was."""
        copy = ArticleMemory()
        copy.home_country = self.home_country
        copy._mentioned, copy._placed = Counter(self._mentioned), Counter(self._placed)
        copy._people, copy._parts = dict(self._people), dict(self._parts)
        copy._roles, copy._orgs = dict(self._roles), dict(self._orgs)
        copy._initials, copy._described = dict(self._initials), dict(self._described)
        copy._sentence, copy._sentence_people = self._sentence, list(self._sentence_people)
        copy._sentence_subjects = set(self._sentence_subjects)
        copy._groups = list(self._groups)
        return copy

    def remember(self, actor: Actor, token: Token, is_person: bool) -> None:
        """Record a resolved actor; ``token`` places it in its sentence for pronoun resolution."""
        if actor.country:
            self._placed[actor.country] += 1
        key = phrase_key(actor.name) if actor.name else ()
        if is_person and key:
            _store(self._people, key, actor)
            for part in _name_parts(key):
                _store(self._parts, part, actor)
            self._note_sentence(token, actor.name or "")
        elif not is_person:
            if key and actor.name:
                self._orgs[key] = actor
            self._note_initials(actor)
        role = phrase_key(actor.role) if actor.role else ()
        if role:
            known = self._roles.get(role[-1])
            if actor.name or known is None or not known.name:
                self._roles[role[-1]] = actor

    def _note_initials(self, actor: Actor) -> None:
        """Let a placed organisation be found by its initials, those of its name or of the words of
        its phrase that spell a name; two names with the same initials leave them to neither. An
        actor known only by its sector ("MIL" for "the Central Military Commission") is not placed."""
        if not actor.country and actor.code in (None, "", actor.sector):
            return
        key = phrase_key(actor.name or actor.text)
        for initials in {_initials(actor.text), _initials(actor.name or "")} - {()}:
            known = self._initials.get(initials)
            same = known is None or phrase_key(known.name or known.text) == key
            self._initials[initials] = actor if same else _AMBIGUOUS

    def note_descriptions(self, nouns: Iterable[str], actor: Actor) -> None:
        """Let "the <noun>" name ``actor`` again ("the court" after "the International Criminal
        Court"); a later organisation of the same description takes the noun over."""
        for noun in nouns:
            self._described[noun] = actor

    def described(self, noun: str) -> Actor | None:
        """The latest organisation a bare "the <noun>" names again; None if none was described so."""
        return self._described.get(noun)

    def _note_sentence(self, token: Token, name: str) -> None:
        where = (id(token.doc), sentence_of(token).start if token.doc.has_annotation("SENT_START") else 0)
        if where != self._sentence:
            self._sentence, self._sentence_people, self._sentence_subjects = where, [], set()
        if name not in self._sentence_people:
            self._sentence_people.append(name)
        if _is_subject(token):
            self._sentence_subjects.add(name)

    def person(self, name: str) -> Actor | None:
        """A person already seen under this full name or surname (None if unknown or ambiguous)."""
        key = phrase_key(name)
        found = self._people.get(key) or self._parts.get(key)
        return None if found is None or found is _AMBIGUOUS else found

    def later_mention(self, name: str, countries: Sequence[str] = ()) -> Actor | None:
        """The one person introduced earlier under a longer name of which ``name`` is a part: the
        surname ("Carney" after "Prime Minister Mark Carney"), a compound surname ("Lopez Obrador"), or
        the first word of a short name, as surnames come first in Chinese or Korean names ("Sun" after
        "Sun Weidong"). Such a mention means that person even when the dictionary knows another bearer
        of the name; None if no one or several people fit, or if the mention names a country
        (``countries``) that is not the person's."""
        found = self._parts.get(phrase_key(name))
        if found is None or found is _AMBIGUOUS or (countries and found.country not in countries):
            return None
        return found

    def organisation(self, name: str) -> Actor | None:
        """An organisation seen under this name, or whose name has these initials ("the RSF" after
        "the Rapid Support Forces"); None if unknown or if two names share the initials."""
        key = phrase_key(name)
        found = self._orgs.get(key) or self._initials.get(key)
        return None if found is _AMBIGUOUS else found

    def by_role(self, word: str) -> Actor | None:
        """The latest actor whose role ends in ``word`` ("minister", "spokesman")."""
        return self._roles.get(word)

    def pronoun(self, excluding: frozenset[str] = frozenset()) -> Actor | None:
        """The person a "he"/"she" refers to: the only person named in the latest sentence naming
        people, leaving out the names ``excluding`` (for "him", its own clause's subject); of
        several, the only one that was a clause's subject there."""
        named = [name for name in self._sentence_people if name not in excluding]
        if len(named) > 1:  # "Green visited Juba, telling Kiir ... He called on Kiir": Green
            named = [name for name in named if name in self._sentence_subjects]
        return self.person(named[0]) if len(named) == 1 else None

    def remember_group(self, actors: list[Actor]) -> None:
        """Record a coordinated mention ("Robinson and Tidd") for later "the two" / "both"."""
        if len(actors) > 1:
            self._groups.append(tuple(actors))

    def group(self, size: int | None) -> list[Actor]:
        """The latest coordinated group (of ``size`` members when given); [] if none."""
        for group in reversed(self._groups):
            if size is None or len(group) == size:
                return list(group)
        return []

    def note_countries(self, countries: Iterable[str]) -> None:
        """Count the countries the article names (each mention once, in order of appearance)."""
        self._mentioned.update(countries)

    def named_countries(self) -> Collection[str]:
        """The countries the article names (:meth:`note_countries`), first named first (a view, not
        a copy: it is read for every phrase resolved)."""
        return self._mentioned.keys()

    def prefer_named_country(self) -> None:
        """The story's country (:func:`eventwire.story.story_country`) becomes the home country: a
        dateline country the article never names gives way to the country it names most, a story
        filed from a regional hub ("BEIRUT" over a story about Syria, "BRUSSELS" over one about
        Britain) being about the country it talks of; without a dateline, a country the article
        keeps naming is its home. A single mention of another country changes nothing."""
        self.home_country = story_country(self.home_country, self._mentioned)

    def most_named(self, size: int) -> list[str]:
        """The ``size`` countries of the actors resolved so far that were named most often (the first
        named among equals), for "the two countries" when no coordinated mention says which; [] if
        fewer were named."""
        named = [country for country, _ in self._placed.most_common(size)]
        return named if len(named) == size else []

    def dominant_country(self) -> str | None:
        """The dateline country if known, else the country the article names most often (the first
        named among equals), else None."""
        if self.home_country is not None or not self._mentioned:
            return self.home_country
        return self._mentioned.most_common(1)[0][0]


def _is_subject(token: Token) -> bool:
    """True for a name that is, or is in apposition or coordinated with, a clause's subject ("Trump's
    aid administrator, Mark Green, visited", "Lund and Holm met")."""
    node = token
    while node.dep_ in ("appos", "compound", "flat", "conj") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def _store(table: dict[tuple[str, ...], Actor], key: tuple[str, ...], actor: Actor) -> None:
    known = table.get(key)
    table[key] = _AMBIGUOUS if known is not None and known.name != actor.name else actor


_NAME_LINKS = frozenset({"of", "the", "for", "and", "on", "in", "de", "la", "le", "du", "des", "del"})
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_BRACKETED = re.compile(r"\(.*")


def _initials(text: str) -> tuple[str, ...]:
    """The initials a name may be cited by later: "rsf" for "the paramilitary Rapid Support Forces",
    "knut" for "the Kenya National Union of Teachers" (linking words left out), "sdf" for "the
    U.S.-backed Syrian Democratic Forces (SDF)": the capitalised words that end the phrase, before a
    bracket; () unless they are at least two."""
    words = _WORD.findall(_BRACKETED.sub("", text).replace("-", " "))
    start = len(words)
    while start and (words[start - 1][0].isupper() or words[start - 1].lower() in _NAME_LINKS):
        start -= 1
    name = [w for w in words[start:] if w.lower() not in _NAME_LINKS]
    if len(name) < 2:
        return ()
    return ("".join(w[0] for w in name).lower(),)


def _name_parts(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The shorter forms a later mention of a name may take: its proper final parts, and its first
    word when the name has at most three words; a generational suffix is left out ("Whipps" after
    "Surangel Whipps Jr.", "Abdullah" after "King Abdullah II")."""
    parts = [key[i:] for i in range(1, len(key))]
    if len(key) > 2 and key[-1] in actor_words("name_suffixes"):
        key = key[:-1]
        parts += [key[i:] for i in range(len(key))]
    if 1 < len(key) <= 3:
        parts.append(key[:1])
    return parts
