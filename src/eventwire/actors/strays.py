"""Words of an actor phrase that the parser hung outside it: an owner whose apostrophe was lost
("Russia s Pacific Fleet") and a place hung on the verb ("backs the government in Libya"); read by
:func:`eventwire.actors.phrase.expand`."""

from __future__ import annotations

from spacy.tokens import Token

_PLACE_ENTS = frozenset({"GPE", "LOC"})


def attach_stray_possessive(head: Token, zones: dict[Token, str]) -> None:
    """Recover "Russia s Pacific Fleet" (apostrophe stripped) when the parser split it off."""
    left = min(zones, key=lambda t: t.i)
    if left.i >= 2:
        s_tok, owner = left.doc[left.i - 1], left.doc[left.i - 2]
        if s_tok.lower_ == "s" and owner.pos_ == "PROPN" and owner not in zones:
            zones[s_tok] = "main"
            zones[owner] = "main"
            for child in owner.children:
                if child.dep_ == "compound":
                    zones[child] = "main"


def place_hung_on_verb(head: Token) -> Token | None:
    """The "in" phrase right after a verb's object that the parser hung on the verb ("Egypt backs the
    government in Libya", "criticized the authorities in Bahrain"): it says where the object is. Only
    a named place: "accused Obama in March" is a time."""
    after = head.i + 1
    if head.dep_ != "dobj" or after >= len(head.doc):
        return None
    prep = head.doc[after]
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head != head.head:
        return None
    return prep if any(c.dep_ == "pobj" and c.ent_type_ in _PLACE_ENTS for c in prep.children) else None
