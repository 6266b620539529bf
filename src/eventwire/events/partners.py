"""The verb a participle or a gerund really belongs with when the parser hung it elsewhere, whose
subject it then shares (used by :func:`eventwire.events.roles.subject`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.words import event_words


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
