"""The words the sentence-type classifier sees: a parsed sentence reduced to what generalises.

Names become their entity type ("Russia" -> ``GPE``, one token per name), numbers ``NUM``, other words
their lower-cased lemma; punctuation is left out. Each word the lexicon knows as a trigger adds its
PLOVER types (``LEX_ACCUSE``), so the classifier starts from the hand-written lexicon and learns from
the gold which of those readings a sentence's context supports. Training (events/train.py) and the
pipeline component (events/learned.py) both build the classifier's input with :func:`feature_words`.
"""

from __future__ import annotations

from spacy.parts_of_speech import NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.events import roles
from eventwire.events.lexicon import Lexicon
from eventwire.spans import column

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


def feature_words(tokens: Span | Doc, lexicon: Lexicon) -> list[str]:
    """The classifier's words for one sentence (never empty), read from the document's columns: a
    Token is made only of the verbs and nouns the lexicon is asked about."""
    span = tokens[:] if isinstance(tokens, Doc) else tokens
    doc = span.doc
    punct, space, number = column(doc, "IS_PUNCT"), column(doc, "IS_SPACE"), column(doc, "LIKE_NUM")
    iob, name_type, lemma, pos = (
        column(doc, "ENT_IOB"),
        column(doc, "ENT_TYPE"),
        column(doc, "LEMMA"),
        column(doc, "POS"),
    )
    strings = doc.vocab.strings
    words: list[str] = []
    for i in range(span.start, span.end):
        if punct[i] or space[i]:
            continue
        if name_type[i] in _NAME_TYPE_IDS:
            if iob[i] == _IOB_B:
                words.append(strings[name_type[i]])
            continue
        words.append("NUM" if number[i] else (strings[lemma[i]] if lemma[i] else doc[i].text).lower())
        types = lexicon_types(doc[i], lexicon) if pos[i] in _TRIGGER_POS else None
        if types:  # most words have none
            words.extend(f"LEX_{t}" for t in sorted(types))
    return words or [EMPTY]


_NAME_TYPE_IDS = frozenset(get_string_id(t) for t in NAME_TYPES)
_IOB_B = 3  # Token.ent_iob of a name's first word
_TRIGGER_POS = frozenset({VERB, NOUN, PROPN})  # the parts of speech lexicon_types answers for
