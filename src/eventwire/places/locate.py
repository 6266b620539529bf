"""Find where an event happened from its own clause, and where a dateline was filed.

``locate`` looks at prepositional phrases headed by a locative preposition ("in", "near",
"into", ...): first those attached to the clause's main verb, then those inside the verb's
arguments ("met officials in southern Mexico"), then any other in the clause, except those in a
condition ("will not accept refugees if war starts in Iraq"). Place names
that are subjects or objects (actors) are never read as locations. The object of the
preposition is read as, in this order:

* a GPE/LOC/FAC entity or proper noun, with any direction word before it ("southern Mexico");
* a common noun with a nested "of"/locative phrase or an apposition ("the city of Mosul",
  "the embassy in Mexico City", "the capital, Kabul");
* a noun for part of a place ("border", "coast", "capital") modified by a place or a
  nationality adjective ("near the Syrian border" -> Syria, "the Turkish capital" -> Ankara).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from eventwire.models import Actor, Location
from eventwire.places.data import fold
from eventwire.places.gazetteer import Gazetteer
from eventwire.spans import entities_in, entity_at, subtree_set
from eventwire.story import story_country as story_rule

if TYPE_CHECKING:
    from eventwire.events.frames import EventFrame

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_MAX_DEPTH = 3
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
_CONDITIONS = frozenset({"if", "unless", "lest"})
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp"})
_ARGUMENT_CLAUSES = frozenset({"relcl", "acl"})


def locate(
    tokens: Sequence[Token], gazetteer: Gazetteer, context_countries: Sequence[str] = ()
) -> Location | None:
    """The location of the event expressed by one clause, with ``source="clause"``."""
    if not tokens:
        return None
    tables = gazetteer.tables
    for prep in _ranked_prepositions(tokens, tables.prepositions, tables.travel_nouns):
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = _object_location(obj, gazetteer, tuple(context_countries), 0)
            if found is not None:
                text, location = found
                return location.model_copy(update={"text": text, "source": "clause"})
    return None


def event_place(
    frame: EventFrame, gazetteer: Gazetteer, named: Sequence[str], fallback: Location | None
) -> Location | None:
    """Where ``frame`` happened: a place in its own clause, read with the countries of its actors,
    those its sentence names (``named``) and the dateline's as context; else the dateline (``fallback``)."""
    context = [a.country for a in (*frame.source, *frame.target) if a.country] + list(named)
    if fallback is not None and fallback.country:
        context.append(fallback.country)
    struck = _struck_place(frame, gazetteer, tuple(context))
    if struck is not None:
        return struck
    clause = _own_clause(frame.anchor) if frame.implied_agent is not None else list(frame.anchor.subtree)
    clause = _without_target_phrases(frame, _without_argument_clauses(frame.anchor, clause))
    return locate(clause, gazetteer, context) or fallback or _shared_country(frame, gazetteer)


def attack_place(frame: EventFrame, location: Location | None) -> Location | None:
    """Where the deaths or damage of an earlier attack happened ("the strikes killed civilians"
    after "strikes on hideouts in Kandahar"): the attack's own place, found in its clause, when the
    frame's own clause names none (``location`` is the dateline's, or None)."""
    attack = frame.named_attack
    if attack is None or (location is not None and location.source == "clause"):
        return location
    if attack.location is None or attack.location.source != "clause":
        return location
    return attack.location


def _struck_place(frame: EventFrame, gazetteer: Gazetteer, context: tuple[str, ...]) -> Location | None:
    """The place an attack struck, named as its target: "shelled Mariupol", "bombed the port of
    Odesa", "shelled the city of Kharkiv" (a town or region, not a whole country). Not when the
    target is an actor of its own ("fighting with Hamas"), an acronym ("to kill DACA" is no attack
    on Dhaka), or a name the model read as a person's for a town of a country the context does not
    name (a capital is always meant: "shelled Kyiv")."""
    if frame.sense.type != "ASSAULT" or len(frame.target_heads) != 1:
        return None
    found = _object_location(frame.target_heads[0], gazetteer, context, 0)
    if found is None or found[0].isupper() or found[1].country is None or _is_country(found[1], gazetteer):
        return None
    place = found[1].model_copy(update={"text": found[0], "source": "clause"})
    metonym = _capital_of(place, gazetteer)
    if frame.target_heads[0].ent_type_ == "PERSON" and not metonym and place.country not in context:
        return None  # "attacks against Bush": a town of that name far from the story is not meant
    if not all(a.sector in (None, "CVL") or (metonym and a.name == metonym) for a in frame.target):
        return None
    return place


def _is_country(place: Location, gazetteer: Gazetteer) -> bool:
    country = gazetteer.country(place.country) if place.country else None
    return country is not None and country.name == place.name


def _capital_of(place: Location, gazetteer: Gazetteer) -> str | None:
    """The name of the country whose capital ``place`` is, if it is one ("Sanaa": Yemen)."""
    country = gazetteer.country(place.country) if place.country else None
    capital = gazetteer.capital(place.country) if place.country else None
    if country is None or capital is None or capital.name != place.name:
        return None
    return country.name


def without_struck_place(frame: EventFrame, gazetteer: Gazetteer) -> list[Actor]:
    """The targets of an attack without the place it struck taken for an actor: a name no dictionary
    knows ("shelled Mariupol": an unknown name of no sector) or a capital standing for its government
    ("bombed Sanaa"). The coding conventions then make the place's country the target."""
    place = frame.location
    if frame.sense.type != "ASSAULT" or place is None or place.source != "clause" or not place.country:
        return frame.target
    metonym = _capital_of(place, gazetteer)

    def names_place(actor: Actor) -> bool:
        if fold(actor.text) not in fold(place.text):
            return False
        return actor.sector is None or (metonym is not None and actor.name == metonym)

    return [a for a in frame.target if not names_place(a)]


def _without_target_phrases(frame: EventFrame, clause: list[Token]) -> list[Token]:
    """``clause`` without the trigger's prepositions that its sense reads as the target ("lashed out
    AT Greece", "hit out AT the United States": Greece is who is criticised, not where). A visit's
    "to" phrase names both its host and where it went, so it stays."""
    if frame.sense.mode == "visit":
        return clause
    words = {slot[5:] for slot in frame.sense.target if slot.startswith("prep:")}
    heads = {frame.anchor.i, frame.trigger.i}
    return [t for t in clause if not (t.dep_ == "prep" and t.lower_ in words and t.head.i in heads)]


def _without_argument_clauses(anchor: Token, clause: list[Token]) -> list[Token]:
    """``clause`` without the relative and participle clauses hung on its words: "arrested three
    people who had joined militants in Syria" and "detained a man wanted in Iraq" did not happen in
    Syria or Iraq. One hung on the anchor itself ("an attack carried out in Kabul") stays."""
    return _without_subtrees(
        clause, [t for t in clause if t.dep_ in _ARGUMENT_CLAUSES and anchor.i not in (t.i, t.head.i)]
    )


def _without_subtrees(tokens: Iterable[Token], heads: Iterable[Token]) -> list[Token]:
    """``tokens`` without those in the subtree of any of ``heads``."""
    inner = set().union(*(subtree_set(h) for h in heads))
    return [t for t in tokens if t.i not in inner]


def _shared_country(frame: EventFrame, gazetteer: Gazetteer) -> Location | None:
    """With no place named and no dateline, the one country both sides belong to ("Peruvian
    police arrested Peruvian activists": Peru), as ``source="article"``."""
    sides = [{a.country for a in side if a.country} for side in (frame.source, frame.target)]
    if not all(sides) or len(sides[0] | sides[1]) != 1:
        return None
    found = gazetteer.country(next(iter(sides[0])))
    return found.model_copy(update={"text": "", "source": "article"}) if found is not None else None


def visit_hosts(frame: EventFrame, gazetteer: Gazetteer) -> list[Actor]:
    """The recipients of a visit without the city it went to: "a trip to Munich" took place in
    Munich, it did not visit Germany's government (a national capital still stands for its state)."""
    place = frame.location
    if frame.sense.mode != "visit" or place is None or place.source != "clause" or place.country is None:
        return frame.target
    if _is_country(place, gazetteer) or _capital_of(place, gazetteer) is not None:
        return frame.target
    return [a for a in frame.target if fold(a.text) != fold(place.text)]


def _own_clause(anchor: Token) -> list[Token]:
    """The anchor's clause without the clauses attached to it: where an implied agent acted is
    not where "he tried to cross the border into Bolivia" later."""
    return _without_subtrees(anchor.subtree, [c for c in anchor.children if c.dep_ in _OTHER_CLAUSES])


def sentence_countries(
    sent: Span, gazetteer: Gazetteer, backer: Callable[[Token], bool] = lambda _: False
) -> list[str]:
    """Countries a sentence names by nationality ("the north Lebanese port") or by a country or
    region name ("the West Bank city"): context that tells "Tripoli" in Lebanon from the one in
    Libya. A country's name the model tagged as a person or organisation counts ("Mali", "Niger").
    Cities are left out, so that one ambiguous city does not vote for another, and so are names
    ``backer`` says back an actor ("Iran-backed fighters" are not in Iran)."""
    found: list[str] = []
    for ent in entities_in(sent):
        if backer(ent[-1]):
            continue
        if ent.label_ == "NORP":
            country = gazetteer.demonym_country(ent.text)
        elif ent.label_ in ("GPE", "LOC"):
            country = gazetteer.area_country(ent.text)
        elif ent.label_ in ("PERSON", "ORG"):  # a country's name taken for a person ("Mali")
            country = gazetteer.country_name(ent.text)
        else:
            continue
        if country and country not in found:
            found.append(country)
    return found


def story_country(dateline: Location | None, named: Iterable[list[str]]) -> str | None:
    """The country an article is about, for its implied targets: its dateline's, unless no sentence
    names that country while others are named ("BEIRUT" over a story about Syria); without a
    dateline (or in that case), the country named in the most sentences, if at least two name it.
    ``named``: the countries each sentence names (:func:`sentence_countries`); the rule is the
    actors stage's (`eventwire.story.story_country`), counted over sentences."""
    home = dateline.country if dateline is not None else None
    return story_rule(home, Counter(c for countries in named for c in countries))


def dateline_location(place: str, gazetteer: Gazetteer) -> Location | None:
    """Resolve a dateline place ("MEXICO CITY", "TAMPA, Fla.", "BEIRUT/GENEVA": the first that resolves)."""
    for part in place.split("/"):
        text = part.strip(" ,;")
        found = gazetteer.resolve(text) if text else None
        if found is not None:
            return found.model_copy(update={"text": text, "source": "dateline"})
    return None


def _main_verb(tokens: Sequence[Token]) -> Token:
    members = {token.i for token in tokens}
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in members]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (verbs or roots or list(tokens))[0]


def _ranked_prepositions(
    tokens: Sequence[Token], prepositions: frozenset[str], travels: frozenset[str]
) -> Iterator[Token]:
    """Locative prepositions: on the main verb, then within its arguments, then the rest."""
    verb = _main_verb(tokens)
    candidates = [
        t
        for t in tokens
        if t.dep_ == "prep"
        and (t.lower_ in prepositions or (t.lower_ == "to" and t.head.lemma_.lower() in travels))
        and not _conditional(t, verb)
    ]

    def tier(prep: Token) -> int:
        if prep.head.i == verb.i:
            return 0
        return 1 if any(a.i == verb.i for a in prep.ancestors) else 2

    yield from sorted(candidates, key=lambda prep: (tier(prep), prep.i))


def _conditional(token: Token, top: Token) -> bool:
    """True inside a condition below ``top`` ("... if war starts in Iraq"): a hypothetical
    circumstance, not where the event happens."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children):
            return True
        node = node.head
    return False


def _entity_span(token: Token) -> Span | None:
    """The named entity around ``token``; a mislabelled place ("near Aleppo" as LANGUAGE) counts."""
    if not token.ent_type_ or token.ent_type_ in NOT_PLACES:
        return None
    return entity_at(token)


def _name_words(token: Token) -> list[Token]:
    """The words of the place name headed by ``token`` (its entity, or its proper-noun compound)."""
    span = _entity_span(token)
    if span is not None and (span.label_ in PLACE_ENTITIES or token.pos_ == "PROPN"):
        words = list(span)
    elif token.pos_ == "PROPN" and token.ent_type_ not in NOT_PLACES:
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    else:
        return []
    while words and words[0].dep_ == "det":
        words = words[1:]
    return words


def _name_location(
    token: Token, gazetteer: Gazetteer, context: tuple[str, ...]
) -> tuple[str, Location] | None:
    words = _name_words(token)
    if not words:
        return None
    directions = gazetteer.tables.directions
    before = [c for c in token.lefts if c.dep_ == "amod" and c.i < words[0].i and fold(c.text) in directions]
    text = " ".join(t.text for t in before[-1:] + words)
    location = gazetteer.resolve(text, context)
    return None if location is None else (text, location)


def _object_location(
    obj: Token, gazetteer: Gazetteer, context: tuple[str, ...], depth: int
) -> tuple[str, Location] | None:
    found = _name_location(obj, gazetteer, context)
    if found is not None or depth >= _MAX_DEPTH:
        return found
    if _name_words(obj) and obj.ent_type_ in PLACE_ENTITIES:
        return None
    area = fold(obj.lemma_) in gazetteer.tables.area_nouns or fold(obj.text) in gazetteer.tables.area_nouns
    for child in obj.children:
        inner = _inner_object(child, gazetteer, area)
        if inner is not None:
            found = _object_location(inner, gazetteer, context, depth + 1)
            if found is not None:
                return found
    if area:
        return _area_location(obj, gazetteer, context)
    return None


def _inner_object(child: Token, gazetteer: Gazetteer, area: bool) -> Token | None:
    """The noun of a nested "of"/locative phrase or of an apposition under a common noun;
    under a part-of-place noun also of "with" ("the border with Syria")."""
    if child.dep_ == "appos":
        return child
    nested = (
        child.lower_ == "of"
        or child.lower_ in gazetteer.tables.prepositions
        or (area and child.lower_ == "with")
    )
    if child.dep_ == "prep" and nested:
        return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _area_location(
    noun: Token, gazetteer: Gazetteer, context: tuple[str, ...]
) -> tuple[str, Location] | None:
    """ "the Syrian border", "Syria's border", "the Turkish capital": the modifier names the place."""
    for modifier in noun.lefts:
        if modifier.dep_ not in _MODIFIERS:
            continue
        named = _name_location(modifier, gazetteer, context)
        code = gazetteer.demonym_country(modifier.text)
        location = named[1] if named is not None else (gazetteer.country(code) if code else None)
        if location is None:
            continue
        if (
            fold(noun.lemma_) == "capital"
            and location.country
            and location.name == (gazetteer.country(location.country) or location).name
        ):
            location = gazetteer.capital(location.country) or location
        first = min([modifier, *modifier.subtree], key=lambda t: t.i)
        words = [t for t in noun.doc[first.i : noun.i + 1] if t.dep_ != "det" and t.dep_ != "case"]
        return " ".join(t.text for t in words) if words else noun.text, location
    return None
