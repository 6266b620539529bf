"""Resolve the head token of an event argument to actors (country, sector, role, code)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence

from spacy.tokens import Token

from eventwire.actors.anaphora import (
    adjunct_object_antecedents,
    clause_subjects,
    group_size,
    object_pronoun_verb,
    owner_subjects,
    owning_its,
    pronoun_antecedents,
)
from eventwire.actors.build import (
    OutsideActor,
    changed,
    ethnic_actor,
    inherit_country,
    new_actor,
    org_actor,
    story_actors,
    term_at,
    timeless_actor,
)
from eventwire.actors.leaders import led_group, remembered
from eventwire.actors.lexicon import (
    COUNTRY_KINDS,
    Entry,
    Lexicon,
    actor_lexicon,
    has_country,
    norm,
    phrase_key,
)
from eventwire.actors.memory import ArticleMemory
from eventwire.actors.parts import Parts, analyse, countries_of, stateless_org
from eventwire.actors.phrase import (
    conjuncts,
    enclosing_name,
    expand,
    is_definite,
    is_proper,
    join_formal_name,
    placed_abroad,
    polity_country,
    runs,
    segment,
)
from eventwire.actors.recall import by_description, by_initials, by_surname, descriptions, namesake_abroad
from eventwire.actors.regions import members_actor, region_actor
from eventwire.actors.titles import head_word, role_of, sector_of, titled_sector
from eventwire.actors.words import actor_words
from eventwire.models import Actor
from eventwire.settings import DEFAULT_SETTINGS, Settings
from eventwire.spans import span_text

_CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_HALVES = frozenset({"North", "South"})  # "the North" of a divided country


class ActorResolver:
    """Turns argument heads into :class:`~eventwire.models.Actor` records using the actor dictionaries."""

    def __init__(self, settings: Settings = DEFAULT_SETTINGS) -> None:
        self._settings = settings
        self._lex: Lexicon | None = None

    def initialize(self) -> None:
        """Load the bundled tables and the user's dictionaries (idempotent)."""
        if self._lex is None:
            self._lex = actor_lexicon(self._settings.actor_dictionaries)

    @property
    def lexicon(self) -> Lexicon:
        self.initialize()
        assert self._lex is not None
        return self._lex

    def country_of(self, text: str) -> str | None:
        """ISO3 code for a country name, alias, demonym, abbreviation, capital or known city."""
        lex = self.lexicon
        tokens = text.split()
        entries = lex.acronyms.get(tuple(tokens), []) if len(tokens) == 1 else []
        for entry in [*entries, *lex.phrases.get(phrase_key(text), [])]:
            if entry.kind in COUNTRY_KINDS and entry.country:
                return entry.country
        return None

    def _owner_country(self, head: Token) -> str | None:
        """The country a possessive names as the owner of ``head`` ("Turkey's", "Iran's"), if any."""
        for owner in head.children:
            if owner.dep_ == "poss":
                words = [t.text for t in owner.subtree if t.dep_ != "case"]
                return self.country_of(" ".join(words))
        return None

    def names_country(self, text: str) -> bool:
        """True for the name of a country ("Mali", "Burkina Faso"), not a capital, city or demonym."""
        return has_country(self.lexicon, text)

    def article_memory(
        self, dateline_place: str | None = None, place_names: Sequence[str] = ()
    ) -> ArticleMemory:
        """A fresh memory for one article, its home country from the dateline place, else (or when
        the article never names it) from ``place_names`` (its GPE and NORP entities, in order)."""
        memory = ArticleMemory()
        parts = [p.strip() for p in reversed((dateline_place or "").split(",")) if p.strip()]
        memory.home_country = next((c for c in map(self.country_of, parts) if c), None)  # "Nairobi, Kenya"
        memory.note_countries(c for c in map(self.country_of, place_names) if c)
        memory.prefer_named_country()
        return memory

    def resolve(self, head: Token, article_date: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        """Actors named by the phrase headed by ``head``; [] when it names no political actor."""
        size = group_size(head)
        if size is not None:
            words, sector = _state_phrase(head)
            group = memory.group(size)
            if group:
                return [changed(a, text=words) for a in group]
            if norm(head.lemma_) in actor_words("country_group_nouns"):  # "the two neighbours"
                return [new_actor(words, None, c, sector) for c in memory.most_named(size)]
        name = enclosing_name(head)
        if name is not None:  # "North" in "the North American Free Trade Agreement": the name decides
            return self._resolve_phrase(name, article_date, memory)
        led = led_group(head, lambda t: self._resolve_phrase(t, article_date, memory), self.country_of)
        if led:  # "the Saudi-led coalition": its leader, and "the coalition" after it
            return remembered(led, head, memory)
        governor = self._governor(head)
        if governor is not None and norm(governor.lemma_) in self.lexicon.descriptive:
            return []  # "Russian" in "the Russian language"
        if governor is not None:
            actors = self._resolve_phrase(governor, article_date, memory)
            own = self.country_of(head.text)
            if actors:
                return sorted(actors, key=lambda a: a.country != own) if own else actors
        owned = self._owned_state(head, article_date, memory)
        if owned:
            return owned
        actors = self._resolve_phrase(head, article_date, memory)
        lemma = norm(head.lemma_)
        if not actors and (lemma in actor_words("act_nouns") or lemma in actor_words("conduct_nouns")):
            actors = self._act_owner(head, article_date, memory)
        return self._with_title(head, actors, article_date, memory)

    def _owned_state(self, head: Token, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        """ "his country", "their government": the state of the one the possessive stands for, when
        a subject above it is of a country ([] otherwise, and the phrase is read as before)."""
        lemma = norm(head.lemma_)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or lemma not in actor_words("owned_state_nouns"):
            return []
        for subject in owner_subjects(owner):
            countries = [a.country for a in self.resolve(subject, day, memory.scratch()) if a.country]
            if countries:
                words, sector = _state_phrase(head)
                return [new_actor(words, None, countries[0], sector)]
        return []

    def _act_owner(self, head: Token, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        """Who did an act an owned act noun names: "Trump's move", "the government's decision" (the
        owner's actors; [] without an owner)."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        return self.resolve(owners[0], day, memory) if owners else []

    def _half_country(self, word: Token, named: Collection[str]) -> str | None:
        """The one of the ``named`` countries "the North" or "the South" (``word``) stands for."""
        if word.text not in _HALVES or word.i == 0 or word.doc[word.i - 1].lower_ != "the":
            return None
        names = self.lexicon.country_names
        found = [c for c in named if names.get(c, "").startswith(f"{word.text} ")]
        return found[0] if len(found) == 1 else None

    def _with_title(
        self, head: Token, actors: list[Actor], day: dt.date | None, memory: ArticleMemory
    ) -> list[Actor]:
        """A name the parser hung from the title before it ("met Djibouti's foreign minister Mahmoud
        Ali Youssouf", the name in apposition to "minister") takes the title's country, sector and
        role when its own phrase names none, and is remembered so for later mentions."""
        title = head.head
        if len(actors) != 1 or actors[0].country or not actors[0].name or head.dep_ != "appos":
            return actors
        if not any(e.kind == "title" for e in self.lexicon.phrases.get((norm(title.lemma_),), [])):
            return actors
        placed = [a for a in self._resolve_phrase(title, day, memory.scratch()) if a.country]
        if not placed:
            return actors
        title_actor = placed[0]
        actor = changed(
            actors[0],
            country=title_actor.country,
            sector=title_actor.sector,
            role=actors[0].role or title_actor.role,
        )
        memory.remember(actor, head, is_person=True)
        return [actor]

    def _governor(self, head: Token) -> Token | None:
        """The noun a modifier head belongs to ("Mexico" in "Mexico's Foreign Ministry"), or the
        title a name hangs from ("Sato" in "Ambassador to Brazil Kenji Sato")."""
        if head.lower_ in actor_words("quantity_heads") or head.like_num:  # "five of the worshippers"
            pobj = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            return next((g for g in pobj if g.dep_ == "pobj"), None)
        if head.dep_ in _CLIMB_DEPS:
            return head.head
        if head.dep_ == "conj" and head.head.dep_ in _CLIMB_DEPS:
            return head.head.head
        prep = head.head
        personal = head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "LOC", "NORP")
        if personal and head.dep_ == "pobj" and prep.lower_ in ("to", "for"):
            entries = self.lexicon.phrases.get((norm(prep.head.lemma_),), [])
            if any(e.kind == "title" for e in entries):
                return prep.head
        return None

    def _resolve_phrase(self, head: Token, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        out: list[Actor] = []
        for conj in conjuncts(head, self.lexicon):
            actors = self._resolve_one(conj, day, memory)
            if out and out[0].country:
                actors = [inherit_country(a, out[0].country) for a in actors]
            out.extend(actors)
        memory.remember_group(out)
        return out

    def _resolve_one(self, head: Token, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        if head.pos_ == "PRON" and not head.text.isupper():
            actors = self._adjunct_object(head, day, memory) or self._antecedent(head, day, memory)
            if actors:
                return [changed(a, text=head.text) for a in actors]
            found = memory.pronoun() if head.lower_ in _PERSON_PRONOUNS else None
            excluded = self._subject_names(head, day, memory) if found is None else frozenset()
            if excluded:
                found = memory.pronoun(excluding=excluded)
            return [changed(found, text=head.text)] if found else []
        country = polity_country(head, actor_words("polity_nouns"), self.lexicon)
        if country is not None:  # "the state of Qatar": Qatar
            return self._resolve_one(country, day, memory)
        parts, text = self._phrase_parts(head, memory.home_country, memory.named_countries())
        cited = (
            by_initials(head, parts, memory)
            or by_description(head, parts, memory)
            or by_surname(head, parts, memory)
        )
        if cited is not None:
            actors = [changed(cited, text=text)]
        elif parts.name is not None:
            actors = [self._person(parts, text, day, memory)]
        elif parts.head is None or parts.head.first is None:
            group = members_actor(head, parts, text)
            actors = [group] if group is not None else self._unknown(head, parts, text, memory)
        else:
            its_owner = self._antecedent(owning_its(head), day, memory) or self._operator(head, day, memory)
            actors = self._known(parts, parts.head.first.on(day), text, head, memory, its_owner)
        for actor in actors:
            memory.remember(actor, head, is_person=parts.name is not None)
            if parts.name is None and cited is None and (actor.name or actor.code):
                memory.note_descriptions(descriptions(head, parts, actor), actor)
        return actors

    def _subject_names(self, pronoun: Token, day: dt.date | None, memory: ArticleMemory) -> frozenset[str]:
        """The names of the subject an object "him" / "her" cannot stand for ("Macron congratulated
        Merz and invited him": Macron); empty for other words."""
        verb = object_pronoun_verb(pronoun)
        subjects = clause_subjects(verb) if verb is not None else []
        return frozenset(a.name for s in subjects for a in self.resolve(s, day, memory.scratch()) if a.name)

    def _phrase_parts(
        self, head: Token, home: str | None = None, named: Collection[str] = ()
    ) -> tuple[Parts, str]:
        """The dictionaries' reading of the phrase at ``head`` (a shared party name: home's; "the
        North" in it: the one of the ``named`` countries whose name the word opens) and its text."""
        lex = self.lexicon
        zones = expand(head, lex.generic, lex)
        join_formal_name(head, zones, lex)
        segs = [seg for run in runs(zones) for seg in segment(run, zones[run[0]], lex)]
        for seg in segs:
            seg.prefer_country(home, lex)
            half = (
                self._half_country(seg.tokens[0], named) if not seg.entries and len(seg.tokens) == 1 else None
            )
            if half is not None:
                seg.entries = lex.phrases.get(phrase_key(lex.country_names[half]), [])
        return analyse(segs, head, lex), _phrase_text(head, zones)

    def modifier_country(self, head: Token) -> list[Actor]:
        """A common noun no dictionary knows, taken for the country its phrase names as a modifier:
        "Turkish administrators", "Russia's communications regulator". For a source that resolves to
        nothing, whose event is dropped otherwise; a target keeps its other fallbacks."""
        word = norm(head.lemma_)
        if head.pos_ != "NOUN" or word in self.lexicon.non_actors or word in self.lexicon.descriptive:
            return []
        parts, text = self._phrase_parts(head)
        countries = countries_of(parts)
        if not countries or (parts.head is not None and parts.head.first is not None):
            return []
        return [new_actor(text, None, countries[0], parts.sectors[0] if parts.sectors else None)]

    def document_author(self, head: Token, home: str | None) -> list[Actor]:
        """A document as a source stands for who issues it: "the bill would impose" a legislature,
        "the memo called on" a government, of the country its phrase names ("a Russian bill") or
        else of ``home``, the story's country. For a source that resolves to nothing."""
        word = norm(head.lemma_)
        if word in actor_words("legislative_documents"):
            sector = "LEG"
        elif word in actor_words("executive_documents"):
            sector = "GOV"
        else:
            return []
        parts, text = self._phrase_parts(head)
        countries = countries_of(parts) or ([home] if home else [])
        if not countries:
            return []
        return [new_actor(text, None, countries[0], parts.sectors[0] if parts.sectors else sector)]

    def _adjunct_object(self, pronoun: Token, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        """The actors of the main clause's object an adjunct's "him" or "it" stands for ([] if none)."""
        found = (self.resolve(a, day, memory.scratch()) for a in adjunct_object_antecedents(pronoun))
        return next((actors for actors in found if actors), [])

    def _antecedent(self, pronoun: Token | None, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        """The actors of the nearest antecedent of an "it" / "its", or of a "they" of a clause of time
        or cause, that is placed ([] if none), looked up against a scratch memory."""
        return self._first_placed(pronoun_antecedents(pronoun), day, memory)

    def _operator(self, head: Token, day: dt.date | None, memory: ArticleMemory) -> list[Actor]:
        """The actors of the "by" phrase of a participle of ``operating_verbs`` after ``head`` ("drones
        launched BY RUSSIA"), when it names a country; looked up against a scratch memory."""
        verbs = actor_words("operating_verbs")
        acls = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in verbs]
        agents = [a for acl in acls for p in acl.children if p.dep_ == "agent" for a in p.children]
        return self._first_placed((a for a in agents if a.dep_ == "pobj"), day, memory)

    def _first_placed(
        self, heads: Iterable[Token], day: dt.date | None, memory: ArticleMemory
    ) -> list[Actor]:
        """The actors of the first of ``heads`` that resolves to an actor of a country or an
        international body, with those of the names coordinated with it ([] if none), looked up
        against a scratch memory, so the phrase is not recorded as mentioned again."""
        for head in heads:
            found = (a for h in (head, *head.conjuncts) for a in self.resolve(h, day, memory.scratch()))
            actors = [a for a in found if a.country or a.sector == "IGO"]
            if actors:
                return actors
        return []

    def _known(
        self,
        parts: Parts,
        entry: Entry,
        text: str,
        head: Token,
        memory: ArticleMemory,
        its_owner: list[Actor],
    ) -> list[Actor]:
        """``its_owner``: the actors an "its" before the head stands for ("its army"), or those who
        launched or led it (``_operator``: "drones launched by Russia"), [] if none."""
        if entry.kind == "org":
            national = self._owner_country(head) if entry.sector == "IGO" and not entry.country else None
            if national is not None:  # "Iran's Supreme National Security Council": not the UN's
                return [new_actor(text, None, national, "GOV")]
            return [org_actor(entry, text, parts)]
        if entry.kind in COUNTRY_KINDS and entry.country:
            return [new_actor(text, entry.name, entry.country, entry.sector)]
        if entry.kind in COUNTRY_KINDS:  # "the West": a region's own name, or no actor
            region = region_actor(head, parts, text)
            return [region] if region is not None else []
        if entry.kind == "ethnic":
            return [ethnic_actor(entry, text, parts)]
        if entry.kind == "title" and not parts.countries and is_definite(head):
            earlier = memory.by_role(norm(head.lemma_))
            if earlier is not None:
                return [changed(earlier, text=text)]
        return self._group(parts, entry, text, head, memory, its_owner)

    def _group(
        self,
        parts: Parts,
        entry: Entry,
        text: str,
        head: Token,
        memory: ArticleMemory,
        its_owner: list[Actor],
    ) -> list[Actor]:
        """A sector noun or bare title: "Israeli troops", "Senior Hungarian and Romanian officials".
        One that names no country is of its owner's ("its army", "drones launched by Russia"), of none
        when the text places it abroad ("foreign powers": an :class:`OutsideActor`), else of the
        story's (a StoryActor for ``local_sectors``, "police", whom the place of their act moves)."""
        title = entry.kind == "title"
        sector = titled_sector(parts, self.lexicon) if title else sector_of(entry, parts, self.lexicon)
        role = role_of(parts.titles, self.lexicon) if title else None
        named = countries_of(parts)
        body = parts.igo or (None if named else self._region_body(parts))
        if body is not None:
            functional = None if head_word(entry) in self.lexicon.generic else sector
            return [org_actor(body, text, parts, functional=functional, role=role)]
        owner = stateless_org(parts) if head_word(entry) in self.lexicon.neutral or sector == "REB" else None
        if owner is not None:  # "the al-Qaeda network", "an Islamic State commander": the organisation
            return [org_actor(owner, text, parts)]
        if parts.ethnic is not None and not parts.countries:
            return [ethnic_actor(parts.ethnic, text, parts, sector)]
        region = None if its_owner else region_actor(head, parts, text, sector)
        if region is not None:
            return [region]
        if sector is not None and not named and not its_owner and placed_abroad(head):
            return [OutsideActor(**new_actor(text, None, None, sector, role).model_dump())]
        local = (
            (its_owner[0].country if its_owner else memory.dominant_country()) if sector is not None else None
        )
        countries: list[str | None] = [*named] or [local]
        if sector is None and countries == [None]:
            return []
        actors = [new_actor(text, None, c, sector, role) for c in countries]
        local_group = sector in self.lexicon.local_sectors and not its_owner
        return story_actors(actors) if local_group and local and not named else actors

    def _region_body(self, parts: Parts) -> Entry | None:
        """The organisation a region adjective of a phrase that names no country stands for: "European
        lawmakers" are the EU's (``regions`` in organisations.yaml)."""
        words = (norm(s.text()) for s in parts.countries if s.first is not None and s.first.country is None)
        return next((self.lexicon.region_bodies[w] for w in words if w in self.lexicon.region_bodies), None)

    def _person(self, parts: Parts, text: str, day: dt.date | None, memory: ArticleMemory) -> Actor:
        assert parts.name is not None
        seg = parts.name
        people = (
            [e for e in seg.entries if e.kind == "person"] if seg.first and seg.first.kind == "person" else []
        )
        sitting = next((e for e in people if term_at(e, day)), None)  # namesakes by date
        later = memory.later_mention(seg.text(), countries_of(parts))
        if later is not None and (later.role or sitting is None or namesake_abroad(sitting, day, memory)):
            return changed(later, text=text)
        entry = sitting or (people[0] if people else None)
        name = entry.name if entry else seg.text()
        role = role_of(parts.titles, self.lexicon)
        term = term_at(entry, day)
        if entry is not None and day is not None and term is None and parts.titles and len(seg.tokens) == 1:
            entry, name = None, seg.text()  # "Home Secretary Rudd" is not the out-of-office Kevin Rudd
        if entry is not None and term is not None:
            return new_actor(text, name, term.country, term.sector, role or term.role, term.code)
        title_sector = titled_sector(parts, self.lexicon)
        if parts.igo is not None:
            return org_actor(parts.igo, text, parts, functional=title_sector, role=role, name=name)
        countries = countries_of(parts)
        earlier = memory.person(name) or (memory.person(seg.tokens[-1].text) if entry is None else None)
        if earlier is not None and not countries and not title_sector:
            return changed(earlier, text=text)
        if entry is not None and not countries:
            base = timeless_actor(entry, text, day is not None)
            sector = title_sector or base.sector
            return new_actor(text, name, base.country, sector, role, base.code)
        if countries:
            country: str | None = countries[0]
        elif earlier is not None:
            country = earlier.country
        else:
            country = memory.dominant_country() if title_sector else None
        return new_actor(text, name, country, title_sector or (earlier.sector if earlier else None), role)

    def _unknown(self, head: Token, parts: Parts, text: str, memory: ArticleMemory) -> list[Actor]:
        """A proper noun missing from the dictionaries: a remembered organisation or an unknown one."""
        if not is_proper(head) or norm(head.lemma_) in self.lexicon.non_actors:
            return []
        earlier = memory.organisation(head.text) or memory.person(head.text)
        if earlier is not None:
            return [changed(earlier, text=text)]
        countries = countries_of(parts)
        if head.ent_type_ in ("ORG", "NORP", "PERSON") or countries or parts.sectors:
            name = parts.head.text() if parts.head else head.text
            country = countries[0] if countries else None
            sector = parts.sectors[0] if parts.sectors else None
            return [new_actor(text, name, country, sector)]
        return []


_GOVERNMENT_NOUNS = frozenset({"government", "administration"})


def _state_phrase(head: Token) -> tuple[str, str | None]:
    """The words of a phrase that names states by a noun ("the two neighbours", "his government"),
    up to its head, and the sector the noun gives them: GOV for a government or an administration."""
    sector = "GOV" if norm(head.lemma_) in _GOVERNMENT_NOUNS else None
    return head.doc[head.left_edge.i : head.i + 1].text, sector


def _phrase_text(head: Token, zones: dict[Token, str]) -> str:
    kept = [t.i for t, z in zones.items() if z == "main" or t.i >= head.i]
    doc = head.doc
    start, end = min(kept), max(kept) + 1
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return span_text(doc[start:end])
