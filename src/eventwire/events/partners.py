"""The verb a participle, a gerund or an infinitive really belongs with, whose subject it then
shares: where the parser hung it elsewhere, and where a noun of intent stands between them ("announced
plans TO WITHDRAW") (used by :func:`eventwire.events.roles.subject`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.words import event_words
from eventwire.spans import is_to_infinitive


def gerund_partner(verb: Token) -> Token | None:
    """The gerund a gerund really coordinates with when the parser hung it on a verb further back.

    "published a transcript, showing Trump taking a stance, and offering help": English does not
    coordinate "published" with "offering", so "offering" pairs with the nearest gerund before it;
    hung on "showing", it still pairs with the nearer "taking".
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG":
        return None
    for i in range(verb.i - 1, head.i, -1):
        token = verb.doc[i]
        if token.tag_ == "VBG" and token.pos_ == "VERB" and token.dep_ != "amod":
            return token
    return None


def reporter(verb: Token) -> Token | None:
    """The verb of saying a participle of saying or charging belongs to when the parser hung it on
    the reported clause: "the State Department said the alliance remained ironclad, while also
    EXPRESSING concern", "Iran said Israel had struck the site, ACCUSING it of ...": the reporter's,
    not the reported subject's."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" or verb.lemma_ == "threaten":
        return None  # "..., THREATENING the rights of ordinary Britons" tells what the reported act endangers
    acts = event_words("verbal_acts")
    return head.head if verb.lemma_.lower() in acts and head.head.lemma_.lower() in acts else None


_INTENT_PREPS = frozenset({"of", "in", "on"})


def completed_word(node: Token, preps: frozenset[str], deps: frozenset[str]) -> Token | None:
    """The word whose gerund after one of ``preps`` ("intention OF stepping down") or whose
    to-infinitive hung as one of ``deps`` ("plans TO withdraw", "willing TO accept") ``node`` is;
    None for any other word."""
    if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ in preps:
        return node.head.head
    if node.dep_ in deps and is_to_infinitive(node):
        return node.head
    return None


def intent_holder(verb: Token) -> Token | None:
    """The verb whose object is the noun of intent an act completes: "ANNOUNCED plans to withdraw",
    "HAS no intention of stepping down", "SHOWED little interest in pursuing talks", "EXPRESSED its
    willingness to release": the one who holds the intent does the act. None for any other act
    ("a call to lift the embargo" is asked of others, and the noun is no intent) and for an intent a
    possessor or a name before it owns ("condemned Maduro's threat to ban"; "its" is the holder's)."""
    noun = completed_word(verb, _INTENT_PREPS, frozenset({"acl"}))
    if noun is None or noun.dep_ != "dobj" or noun.lemma_.lower() not in event_words("intent_nouns"):
        return None
    named = (c for c in noun.children if c.tag_ != "PRP$" and c.dep_ in ("poss", "compound", "amod"))
    if any(c.dep_ == "poss" or c.ent_type_ for c in named):
        return None  # "condemned MADURO'S threat to ban", "vetoed a U.S. bid to renew": the owner's
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
