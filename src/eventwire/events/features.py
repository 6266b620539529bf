"""The words the sentence-type classifier sees: a parsed sentence reduced to what generalises.

Names become their entity type ("Russia" -> ``GPE``, one token per name), numbers ``NUM``, other words
their lower-cased lemma; punctuation is left out. Each word the lexicon knows as a trigger adds its
PLOVER types (``LEX_ACCUSE``), so the classifier starts from the hand-written lexicon and learns from
the gold which of those readings a sentence's context supports. Training (events/train.py) and the
pipeline component (events/learned.py) both build the classifier's input with :func:`feature_words`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.events.lexicon import Lexicon

NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
EMPTY = "EMPTY"  # the one word of a sentence with nothing else to show


def lexicon_types(token: Token, lexicon: Lexicon) -> set[str]:
    """The PLOVER types the lexicon gives ``token`` as a verb or noun trigger."""
    pos = token.pos_
    if pos == "VERB":
        return {s.type for key in roles.phrasal_keys(token) for s in lexicon.verbs.get(key, ())}
    if pos in ("NOUN", "PROPN"):
        return {s.type for s in lexicon.nouns.get(token.lemma_.lower(), ())}
    return set()


def feature_words(tokens: Iterable[Token], lexicon: Lexicon) -> list[str]:
    """The classifier's words for one sentence (never empty)."""
    words: list[str] = []
    for token in tokens:
        if token.is_punct or token.is_space:
            continue
        name_type = token.ent_type_
        if name_type in NAME_TYPES:
            if token.ent_iob_ == "B":
                words.append(name_type)
            continue
        words.append("NUM" if token.like_num else (token.lemma_ or token.text).lower())
        types = lexicon_types(token, lexicon)
        if types:  # most words have none
            words.extend(f"LEX_{t}" for t in sorted(types))
    return words or [EMPTY]
