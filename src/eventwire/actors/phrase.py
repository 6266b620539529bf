"""Noun-phrase expansion and dictionary segmentation for one argument head.

The head of an event argument is expanded to the tokens that can describe the actor:
compounds, adjectives, possessors, appositions and "of"/"for"/"to"/"in" phrases, but not
relative clauses or other attachments. Every kept token carries a *zone*:

* ``main``: describes the actor itself (modifiers, appositions);
* ``of``: inside an "of" or "from" phrase ("commander of the Swedish navy", "observers from
  the OSCE", "refugees from Syria"): counts like ``main`` for country, sector and organisation,
  but a name there is not the actor's;
* ``to``: inside a "to"/"for" phrase after a title ("Ambassador to Mexico"): a country
  there is the post, not the actor's nationality, but a person's name still counts;
* ``loc``: inside an "in"/"at"/"near"/"based in" phrase: a country there is used only when
  nothing else names one ("rebels in Darfur").

The kept tokens are then cut into dictionary matches (longest first) and name runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Token

from eventwire.actors.lexicon import PROPER_KINDS, Entry, Lexicon, norm, phrase_key
from eventwire.actors.strays import attach_stray_possessive, place_hung_on_verb
from eventwire.actors.words import actor_words
from eventwire.spans import PRE_VERB_DEPS, column, entity_at, labelled_children, span_text, stray_subject

_MODIFIER_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "nummod", "quantmod", "flat", "npadvmod", "case", "det"}
)
_LOC_PREPS = frozenset({"in", "at", "inside", "near"})
_SKIP_TEXT = frozenset({"the", "a", "an", "'s", "\u2019s", "'"})


@dataclass(slots=True)
class Segment:
    """A run of phrase tokens: a dictionary match (entries, best first) or an unknown name."""

    tokens: list[Token]
    entries: list[Entry]
    zone: str

    @property
    def first(self) -> Entry | None:
        return self.entries[0] if self.entries else None

    @property
    def start(self) -> int:
        return self.tokens[0].i

    def prefer_country(self, country: str | None, lex: Lexicon) -> None:
        """Put first the organisation of ``country`` among the organisations that share this name
        ("the Labour Party": Britain's, New Zealand's; "the Democratic Party": the American one,
        South Korea's), if it has one; the first entry stays otherwise, unless the name is a party
        family's ("the Socialists" in a Madrid story): then it is a party of ``country``."""
        first = self.first
        if country is None or first is None or first.kind != "org" or first.country == country:
            return
        own = next((e for e in self.entries if e.kind == "org" and e.country == country), None)
        if own is not None:
            self.entries = [own, *(e for e in self.entries if e is not own)]
        elif " ".join(phrase_key(self.text())) in actor_words("party_families"):
            self.entries = lex.phrases.get(("party",), [])

    def covers(self, token: Token) -> bool:
        return any(t.i == token.i for t in self.tokens)

    def text(self) -> str:
        doc = self.tokens[0].doc
        return span_text(doc[self.tokens[0].i : self.tokens[-1].i + 1])


_COORDINATED = ("NOUN", "PROPN", "PRON", "ADJ")
_NAME_SPAN = 8  # the most words after the first of a name with a coordination inside


def conjuncts(head: Token, lex: Lexicon | None = None) -> list[Token]:
    """The head and the heads coordinated with it ("Israel and the Palestinians"), but not the parts
    of one name of ``lex`` ("Trinidad and Tobago", "the Securities and Exchange Commission")."""
    stray = _stray_coordinate(head)
    out = [head] if stray is None or _one_name(stray, head, lex) else [stray, head]
    for child in head.children:
        if (child.dep_ != "conj" and not _listed(child)) or child.pos_ not in _COORDINATED:
            continue
        if not _subject_of_next_verb(child) and not _one_name(head, child, lex):
            out.extend(conjuncts(child, lex))
    return out


def _one_name(first: Token, last: Token, lex: Lexicon | None) -> bool:
    """True when the words from ``first`` to ``last`` are one name of ``lex`` with a coordination
    inside ("Bosnia and Herzegovina", "Food and Drug Administration"), which is not to be split."""
    if lex is None or not 0 < last.i - first.i <= _NAME_SPAN:
        return False
    return bool(lex.phrases.get(phrase_key(first.doc[first.i : last.i + 1].text)))


def _subject_of_next_verb(noun: Token) -> bool:
    """True for a conjunct that is in truth the subject of the verb after it (``stray_subject``:
    "suspended Madagascar's membership and the Secretary-General condemned")."""
    after = noun.i + 1
    if after >= len(noun.doc):
        return False
    word = noun.doc[after]  # the verb, or an auxiliary or adverb before it ("and Trump HAS praised")
    verb = word.head if word.dep_ in PRE_VERB_DEPS else word
    return stray_subject(verb) == noun


def _listed(child: Token) -> bool:
    """An apposition that is the middle of a list ("Mali, Burkina Faso and Niger": the parser hangs
    "Burkina Faso" on "Mali" as an apposition, and "Niger" on it as a conjunct)."""
    return child.dep_ == "appos" and any(
        c.dep_ == "conj" and any(cc.dep_ == "cc" and cc.lower_ in ("and", "or") for cc in child.children)
        for c in child.children
    )


def _stray_coordinate(head: Token) -> Token | None:
    """The first of two coordinated names that the parser hung on the second one's head
    ("between [Trump and Pena] Nieto": "Trump" taken for a modifier of "Nieto")."""
    if head.pos_ != "PROPN":
        return None
    for child in labelled_children(head, ("nmod", "compound")):
        coordinated = any(c.lower_ == "and" for c in labelled_children(child, ("cc",)))
        if child.pos_ == "PROPN" and coordinated:
            return child
    return None


def expand(head: Token, generic: frozenset[str], lex: Lexicon | None = None) -> dict[Token, str]:
    """Tokens of the actor phrase headed by ``head``, each with its zone (a name of ``lex`` with a
    coordination inside whole: "Trinidad and Tobago")."""
    zones: dict[Token, str] = {head: "main"}
    _walk(head, "main", zones, generic)
    place = place_hung_on_verb(head)
    if place is not None:  # "backs the government IN LIBYA": the parser's verb has the noun's place
        zones[place] = "loc"
        for pobj in (c for c in place.children if c.dep_ == "pobj"):
            zones[pobj] = "loc"
            _walk(pobj, "loc", zones, generic)
    attach_stray_possessive(head, zones)
    stray = _stray_coordinate(head)
    if stray is not None and not _one_name(stray, head, lex):  # "Pena Nieto" of "Trump and Pena Nieto"
        zones = {t: z for t, z in zones.items() if t != stray and not (t.dep_ == "cc" and t.head == stray)}
    if _stray_coordinate(head.head) == head and not _one_name(head, head.head, lex):  # and "Trump" is "Trump"
        zones = {t: z for t, z in zones.items() if t == head or t.dep_ not in ("cc", "conj")}
    for child in head.children:
        if child.dep_ == "conj" and _one_name(head, child, lex):
            zones.update({t: "main" for t in head.doc[head.i + 1 : child.i + 1]})
    return zones


def _of_object(head: Token, prepositions: tuple[str, ...] = ("of",)) -> Token | None:
    """The object of ``head``'s "of" phrase, if any ("Korea" in "the Republic of Korea")."""
    return next(
        (
            o
            for p in labelled_children(head, ("prep",))
            if p.lower_ in prepositions
            for o in labelled_children(p, ("pobj",))
        ),
        None,
    )


def join_formal_name(head: Token, zones: dict[Token, str], lex: Lexicon) -> None:
    """Put the "of" or "for" phrase of a formal name in the head's zone, so that "the Republic of
    Korea", "the House of Commons", "the Federal Bureau of Investigation" and "the Democratic Forces
    for the Liberation of Rwanda" are looked up as the one dictionary name or sector noun they are
    (with the words before the head, or from the head on)."""
    obj = _of_object(head, ("of", "for"))
    if obj is None or obj not in zones:
        return
    end = max(t.i for t in _own_subtree(obj) if t in zones) + 1  # not a clause on the name
    before = [t for t in head.lefts if t in zones and zones[t] == zones[head] and not _skippable(t)]
    for start in dict.fromkeys([*(t.i for t in before[:1]), head.i]):
        span = [t for t in head.doc[start:end] if not _skippable(t)]
        if span and any(e.kind in ("country", "org", "noun") for e in _lookup(span, lex)):
            for token in (t for t in head.doc[head.i + 1 : end] if t in zones):
                zones[token] = zones[head]
            return


def _own_subtree(token: Token) -> list[Token]:
    """``token``'s subtree without what is coordinated with it ("Korea" of "Korea and Japan")."""
    listed = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in token.subtree if t.i not in listed]


def polity_country(head: Token, polities: frozenset[str], lex: Lexicon) -> Token | None:
    """The country that "the state of Qatar", "the nation of Chad" name by their form of state: the
    "of" object when it is a country name and ``head`` one of ``polities``; else None."""
    obj = _of_object(head) if norm(head.lemma_) in polities else None
    words = [t for t in _own_subtree(obj) if not _skippable(t)] if obj is not None else []
    return obj if words and any(e.kind == "country" for e in _lookup(words, lex)) else None


def _shares_place(child: Token, token: Token, zone: str) -> bool:
    """A conjunct that stands where ``token`` does: of a modifier ("Hungarian and ROMANIAN
    officials"), or a name listed in an "of" phrase ("the leaders of Egypt, QATAR and TURKEY")."""
    if child.dep_ != "conj":
        return False
    if token.dep_ in ("amod", "compound", "nmod", "poss"):
        return True
    return zone == "of" and token.dep_ in ("pobj", "conj") and child.pos_ == "PROPN"


def _walk(token: Token, zone: str, zones: dict[Token, str], generic: frozenset[str]) -> None:
    for child in token.children:
        dep = child.dep_
        if dep in _MODIFIER_DEPS or _shares_place(child, token, zone):
            zones[child] = zone
            _walk(child, zone, zones, generic)
        elif dep == "cc" and token.dep_ in ("amod", "compound", "nmod", "poss"):
            zones[child] = zone
        elif dep == "prep":
            inner = _prep_zone(child, token, zone, generic)
            if inner is None:
                continue
            zones[child] = inner
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    zones[pobj] = inner
                    _walk(pobj, inner, zones, generic)


def _prep_zone(prep: Token, governor: Token, zone: str, generic: frozenset[str]) -> str | None:
    word = prep.lower_
    if word in ("of", "from") or (word == "for" and norm(governor.lemma_) in generic):
        return "of" if zone == "main" else zone
    if word in ("to", "for"):
        return "to"
    if word in _LOC_PREPS:
        return "to" if zone == "to" else "loc"
    return None


def _skippable(token: Token) -> bool:
    if token.is_punct or token.lower_ in _SKIP_TEXT:
        return True
    return token.lower_ == "s" and token.i > 0 and token.doc[token.i - 1].pos_ in ("PROPN", "NOUN")


def runs(zones: dict[Token, str]) -> list[list[Token]]:
    """Kept tokens in text order, cut wherever tokens are not adjacent or the zone changes."""
    out: list[list[Token]] = []
    last: Token | None = None
    for tok in sorted(zones, key=lambda t: t.i):
        if _skippable(tok):
            continue
        if last is not None and zones[last] == zones[tok] and _adjacent(last, tok, zones):
            out[-1].append(tok)
        else:
            out.append([tok])
        last = tok
    return out


def _adjacent(a: Token, b: Token, zones: dict[Token, str]) -> bool:
    doc = a.doc
    return all(_skippable(doc[i]) and (doc[i] in zones or doc[i].is_punct) for i in range(a.i + 1, b.i))


def segment(run: list[Token], zone: str, lex: Lexicon) -> list[Segment]:
    """Cut one run into the longest dictionary matches; unmatched proper nouns form name segments."""
    out: list[Segment] = []
    i = 0
    while i < len(run):
        match = _longest(run, i, lex)
        if match is not None and _negated_nationality(run[i], run[i + match[0] - 1], match[1]):
            match = (match[0], [])
        if match is not None and _party_inside_longer_name(run, i, match, out, lex):
            match = None
        if match is not None and _word_opening_longer_name(run, i, match, lex):
            match = None
        if match is not None and _hyphen_prefix(run[i + match[0] - 1]):
            match = None
        if match is not None and not _other_bearer(out, run, i, match[1]):
            length, entries = match
            out.append(Segment(run[i : i + length], entries, zone))
            i += length
            continue
        tok = run[i]
        if is_proper(tok):
            joined = (
                i > 0 and out and out[-1].tokens[-1].i == run[i - 1].i and not _comma_between(run[i - 1], tok)
            )
            if joined and not out[-1].entries:
                out[-1].tokens.append(tok)
            else:
                out.append(Segment([tok], [], zone))
        i += 1
    for seg in out:
        place_like = zone == "loc" or seg.tokens[-1].ent_type_ in ("GPE", "LOC")
        if not seg.entries and place_like and not _after_camp_word(seg.tokens[0]):
            place = lex.city(seg.text())
            seg.entries = [place] if place is not None else []
    return out


_POSTPOSITIVE = frozenset({"designate", "elect"})  # "prime minister-designate" is still a minister


def _hyphen_prefix(last: Token) -> bool:
    """True for a common word that only opens a hyphenated word: "CO-leader", "CO-chair" name no
    company."""
    doc = last.doc
    if last.i + 2 >= len(doc) or not last.text.islower():
        return False
    hyphen, rest = doc[last.i + 1], doc[last.i + 2]
    attached = not last.whitespace_ and not hyphen.whitespace_
    return hyphen.text == "-" and attached and rest.lower_ not in _POSTPOSITIVE


def _party_inside_longer_name(
    run: list[Token], i: int, match: tuple[int, list[Entry]], out: list[Segment], lex: Lexicon
) -> bool:
    """True for a party's name written out (not an acronym) that is only part of a longer proper name
    the dictionaries do not know: "the Social Democratic Party", "the Peoples' Democratic Party", "the
    Democratic Alliance". Party names share their words across countries; the longer name is another
    party's, unknown rather than the one its words name."""
    length, entries = match
    tokens = run[i : i + length]
    if not entries or entries[0].kind != "org" or entries[0].sector != "PTY" or tokens[0].text.isupper():
        return False
    prev = tokens[0].i - 1
    if prev > 0 and tokens[0].doc[prev].text in ("'", "’"):
        prev -= 1  # a plural possessive inside a name: "the Peoples' Democratic Party"
    before = bool(out) and not out[-1].entries and out[-1].tokens[-1].i == prev
    if before and tokens[0].ent_iob_ == "I":
        return True
    return _unknown_name_follows(run, i + length, lex)


def _unknown_name_follows(run: list[Token], end: int, lex: Lexicon) -> bool:
    """True when the match ending before ``run[end]`` goes on into the same named entity with a
    proper noun the dictionaries do not start a match at."""
    if end >= len(run):
        return False
    after = run[end]
    same_name = after.i == run[end - 1].i + 1 and after.ent_iob_ == "I" and is_proper(after)
    return same_name and _longest(run, end, lex) is None


_OPENING_KINDS = {"PERSON": "noun", "ORG": "title"}


def _word_opening_longer_name(run: list[Token], i: int, match: tuple[int, list[Entry]], lex: Lexicon) -> bool:
    """True for a sector word that only opens a longer name the dictionaries do not know: a group
    noun opening a person's name ("Marine Le Pen") or a title opening an organisation's ("General
    Motors", "General Electric"). A title opening a person's name ("President Macky Sall") and a group
    noun opening an organisation's ("Army Corps of Engineers") still say what the actor is."""
    length, entries = match
    first = run[i]
    if not entries or first.ent_iob_ != "B" or _OPENING_KINDS.get(first.ent_type_) != entries[0].kind:
        return False
    return first.text[:1].isupper() and _unknown_name_follows(run, i + length, lex)


def _other_bearer(out: list[Segment], run: list[Token], i: int, entries: list[Entry]) -> bool:
    """ "Michelle Obama", "Michael Jordan": a known surname or place name after an unknown first
    name belongs to someone else; so does a capital or a region inside a longer name that is no place
    ("the Baja California Sur commission": not California's)."""
    if not entries or entries[0].kind not in PROPER_KINDS or not out or out[-1].entries or i == 0:
        return False
    previous = out[-1].tokens[-1]
    if previous.i != run[i - 1].i or not is_proper(previous) or _comma_between(previous, run[i]):
        return False
    if entries[0].kind == "person" or previous.ent_type_ == run[i].ent_type_ == "PERSON":
        return True
    same_name = run[i].ent_iob_ == "I" and run[i].ent_type_ not in ("GPE", "LOC")
    return entries[0].kind in ("capital", "place") and same_name


def _comma_between(a: Token, b: Token) -> bool:
    """True when a comma stands between ``a`` and ``b``: two names, not one ("John Smithers,
    Netanyahu's envoy")."""
    return any(t.text == "," for t in a.doc[a.i + 1 : b.i])


def is_definite(head: Token) -> bool:
    """True for a noun with "the" ("the minister", "the court")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def is_proper(token: Token) -> bool:
    """A proper noun, including capitalised names the tagger took for common nouns."""
    if token.pos_ == "PROPN":
        return True
    return token.text[:1].isupper() and token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _negated_nationality(token: Token, last: Token, entries: list[Entry]) -> bool:
    """ "pro-Iranian", "anti-American", "ethnic Albanians": the word names a camp or an ethnic
    group, not the actor's state; "Iran-backed", "U.S.-trained": the state backs the actor."""
    if not entries or entries[0].kind not in ("demonym", "people", "country", "capital"):
        return False
    return _after_camp_word(token) or backs(last)


def backs(last: Token) -> bool:
    """True for the last word of a state's name hyphened to a word of backing ("Iran-backed")."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != "-":
        return False
    return doc[last.i + 2].lower_ in actor_words("backing_words")


def _after_camp_word(token: Token) -> bool:
    """True after "pro", "anti" or "ethnic", with or without a hyphen (read from the LOWER column)."""
    before = [w for w in column(token.doc, "LOWER")[max(0, token.i - 2) : token.i] if w != _HYPHEN]
    return bool(before) and before[-1] in _NOT_NATIONAL


_HYPHEN = get_string_id("-")
_NOT_NATIONAL = frozenset(get_string_id(word) for word in ("pro", "anti", "ethnic"))


def _longest(run: list[Token], i: int, lex: Lexicon) -> tuple[int, list[Entry]] | None:
    reach = max(lex.reach.get(norm(run[i].text), 1), lex.reach.get(norm(run[i].lemma_), 1))
    for length in range(min(reach, len(run) - i), 0, -1):
        toks = run[i : i + length]
        entries = _lookup(toks, lex)
        if entries:
            return length, entries
    return None


def _lookup(toks: list[Token], lex: Lexicon) -> list[Entry]:
    """The entries of the phrase ``toks`` (not to be changed), kept in ``lex.lookups``: most lookups
    repeat one made before, as the same names come back in every article."""
    last = toks[-1]
    key = (tuple([t.text for t in toks]), last.lemma_, last.pos_ in _NOMINAL)
    found = lex.lookups.get(key)
    if found is None:
        found = lex.remember(key, lookup(key[0], key[1], key[2], lex))
    return found


_NOMINAL = ("NOUN", "PROPN")


def lookup(texts: tuple[str, ...], last_lemma: str, nominal: bool, lex: Lexicon) -> list[Entry]:
    """The entries of the words ``texts`` (the last one's lemma ``last_lemma``, a noun if ``nominal``):
    by their text or with the last word's lemma; a proper name's only if a word is capitalised, a
    title's only if the last word is a noun."""
    found = lex.acronyms.get(texts, []) if len(texts) == 1 else []
    key = tuple(map(norm, texts))
    found = found + lex.phrases.get(key, [])
    lemma = norm(last_lemma)
    if lemma != key[-1]:
        found = found + lex.phrases.get((*key[:-1], lemma), [])
    if not found:  # most lookups
        return found
    capitalised = any(text[:1].isupper() for text in texts)
    return [
        e for e in found if (capitalised or e.kind not in PROPER_KINDS) and (nominal or e.kind != "title")
    ]


def enclosing_name(token: Token) -> Token | None:
    """The root of a multi-word organisation name that ``token`` only modifies, if any."""
    names = ("ORG", "LAW", "EVENT", "FAC")
    if token.dep_ not in ("compound", "amod", "nmod") or token.ent_type_ not in names:
        return None
    ent = entity_at(token)
    if ent is None or ent.label_ not in names:
        return None
    return ent.root if ent.root.i != token.i else None


_INDEFINITE = frozenset({"a", "an", "any", "some", "no"})


def placed_abroad(head: Token) -> bool:
    """A group described as from abroad ("foreign powers", "a foreign government"), which is not of the
    story's country: an adjective of ``outsider_words`` and a plural or indefinite noun ("the foreign
    ministry" is the story's)."""
    if not any(c.dep_ == "amod" and c.lower_ in actor_words("outsider_words") for c in head.children):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)
    return indefinite or head.tag_ in ("NNS", "NNPS")
