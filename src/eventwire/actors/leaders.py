"""Groups named by who leads them: "the Saudi-led coalition", "U.S.-led forces", "a French-led
military operation". The leader is the actor, as the wire gold codes it (the Saudi-led coalition in
Yemen is Saudi Arabia's military), not the country of the dateline or an intergovernmental body of
no country. "U.S.-backed" or "Iran-allied" groups are others' and stay as they are."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.actors.build import changed, new_actor
from eventwire.actors.lexicon import norm
from eventwire.actors.memory import ArticleMemory
from eventwire.models import Actor

_LED = "-led"
_LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod"})
_NAMED = frozenset({"NORP", "GPE", "ORG"})
_GROUPS = frozenset({"coalition", "alliance", "force", "military", "army", "troop", "mission", "operation"})
_GROUP_SECTOR = "MIL"  # a coalition, alliance or operation someone leads is of armed forces


def is_led(word: Token) -> bool:
    """A "-led" word: "led" the tokenizer split off ("Saudi - led") or one it kept whole ("U.S.-led")."""
    return word.lower_ == "led" or word.lower_.endswith(_LED)


def leader(head: Token) -> Token | str | None:
    """Who leads the group ``head`` names: the name before "-led" as its own token ("Saudi" in
    "Saudi - led coalition") or, when the tokenizer kept "U.S.-led" whole, its text before "-led"."""
    for child in head.children:
        if child.dep_ != "amod" or not is_led(child):
            continue
        if child.lower_.endswith(_LED) and len(child.text) > len(_LED):
            return child.text[: -len(_LED)]
        if child.lower_ == "led":
            named = [c for c in child.children if c.dep_ in _LEADER_DEPS and c.ent_type_ in _NAMED]
            if named:
                return named[0]
    return None


def _led_words(head: Token) -> list[Token]:
    """Where a "-led" may hang for ``head``: on a group noun itself or a group noun before it
    ("coalition" in "a coalition air strike"), or, for a group noun the parser made a compound
    ("U.S.-led coalition air strikes", the "-led" on "strikes"), on the noun it modifies. Not on
    other nouns: "the Republican-led Senate" is the Senate."""
    found = [w for w in (head, *(c for c in head.children if c.dep_ == "compound")) if _group(w)]
    if head.dep_ == "compound" and _group(head):
        found.append(head.head)
    return found


def _group(word: Token) -> bool:
    return word.pos_ == "NOUN" and word.lemma_.lower() in _GROUPS


def led_group(
    head: Token, resolve: Callable[[Token], list[Actor]], country_of: Callable[[str], str | None]
) -> list[Actor]:
    """The actors of the group ``head`` names by its leader, with the group's words as their text;
    [] when no leader is named or the leader is no known actor ("a Green-led coalition" is read as
    before)."""
    found = next((f for f in map(leader, _led_words(head)) if f is not None), None)
    if found is None:
        return []
    text = head.doc[min(t.i for t in head.subtree) : head.i + 1].text
    if isinstance(found, str):
        country = country_of(found)
        return [new_actor(text, None, country, _GROUP_SECTOR)] if country else []
    return [
        changed(a, text=text, country=a.country, sector=a.sector or _GROUP_SECTOR) if a.country else a
        for a in resolve(found)
    ]


def remembered(actors: list[Actor], head: Token, memory: ArticleMemory) -> list[Actor]:
    """``actors``, noted in ``memory`` as what "the <noun>" of ``head`` names later ("the coalition")."""
    memory.note_descriptions([norm(head.lemma_)], actors[0])  # as recall.by_description looks it up
    return actors
