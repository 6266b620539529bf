"""The words the sentence-type classifier sees: a parsed sentence reduced to what generalises.

Names become their entity type ("Russia" -> ``GPE``, one token per name), numbers ``NUM``, other words
their lower-cased lemma; punctuation is left out. Each word the lexicon knows as a trigger adds its
PLOVER types (``LEX_ACCUSE``), so the classifier starts from the hand-written lexicon and learns from
the gold which of those readings a sentence's context supports. Training (events/train.py) and the
pipeline component (events/learned.py) both build the classifier's input with :func:`feature_words`.

The trigger types are part of the classifier: training saves the lexicon's types beside the model
(:class:`TriggerTypes`, ``trigger_types.json``) and the component reads those, so a sense added to the
lexicon later changes what the rules do, not what the classifier sees.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from spacy.parts_of_speech import NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.errors import DataFileError
from eventwire.events import phrasal
from eventwire.events.lexicon import Lexicon, Sense
from eventwire.models import EVENT_TYPES
from eventwire.spans import column

NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
EMPTY = "EMPTY"  # the one word of a sentence with nothing else to show
TRIGGER_TYPES_FILE = "trigger_types.json"


@dataclass(frozen=True)
class TriggerTypes:
    """The PLOVER types of each verb key and noun of a lexicon, as a classifier was trained to read them."""

    verbs: Mapping[str, frozenset[str]]
    nouns: Mapping[str, frozenset[str]]

    @classmethod
    def of_lexicon(cls, lexicon: Lexicon) -> TriggerTypes:
        return cls(_types_of(lexicon.verbs), _types_of(lexicon.nouns))

    def to_disk(self, path: Path) -> None:
        """Save as JSON, one key a line (a lexicon change shows as a diff of those keys)."""
        tables = {"verbs": self.verbs, "nouns": self.nouns}
        parts = [
            f"{json.dumps(name)}: {{\n"
            + ",\n".join(f"  {json.dumps(k)}: {json.dumps(sorted(v))}" for k, v in sorted(t.items()))
            for name, t in tables.items()
        ]
        path.write_text("{\n" + "\n},\n".join(parts) + "\n}\n}\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> TriggerTypes:
        """The types saved at ``path``; a missing or malformed file is a :class:`DataFileError`."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            verbs, nouns = (_checked(raw[name], f"{path}: {name}") for name in ("verbs", "nouns"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataFileError(f"cannot read the classifier's trigger types at {path}: {exc}") from None
        return cls(verbs, nouns)


def _types_of(entries: Mapping[str, tuple[Sense, ...]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({key: frozenset(s.type for s in senses) for key, senses in entries.items()})


def _checked(table: Mapping[str, list[str]], where: str) -> Mapping[str, frozenset[str]]:
    unknown = {t for types in table.values() for t in types} - set(EVENT_TYPES)
    if unknown:
        raise ValueError(f"{where}: not PLOVER types: {', '.join(sorted(unknown))}")
    return MappingProxyType({str(key): frozenset(types) for key, types in table.items()})


def lexicon_types(token: Token, types: TriggerTypes) -> set[str]:
    """The PLOVER types ``types`` give ``token`` as a verb or noun trigger."""
    pos = token.pos_
    if pos == "VERB":
        return {t for key in phrasal.phrasal_keys(token) for t in types.verbs.get(key, ())}
    if pos in ("NOUN", "PROPN"):
        return set(types.nouns.get(token.lemma_.lower(), ()))
    return set()


def feature_words(tokens: Span | Doc, types: TriggerTypes) -> list[str]:
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
        found = lexicon_types(doc[i], types) if pos[i] in _TRIGGER_POS else None
        if found:  # most words have none
            words.extend(f"LEX_{t}" for t in sorted(found))
    return words or [EMPTY]


_NAME_TYPE_IDS = frozenset(get_string_id(t) for t in NAME_TYPES)
_IOB_B = 3  # Token.ent_iob of a name's first word
_TRIGGER_POS = frozenset({VERB, NOUN, PROPN})  # the parts of speech lexicon_types answers for
