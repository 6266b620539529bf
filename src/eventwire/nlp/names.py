"""Names read as names: the ``eventwire_name_norms`` component, run before the English model.

The small English model reads a word through its norm (with its prefix, suffix and shape). A surname
that is also a common word ("Trump", "May") is then read half as that word: "Trump reversed decades of
U.S. policy" was parsed with "Trump" as a verb at the root and no subject, "May said ..." with a modal.
This component gives each title-case word that the actor dictionaries know only as a person's name
(not as a title, a place or an organisation, nor a month's name used as one) the norm of a surname
the model has seen as a person's name only (:data:`PERSON_NORM`). The tagger, parser and entity
recogniser then read it as a name. The word's text, and with it every dictionary lookup, is
unchanged; only ``Token.norm_`` differs.
"""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.actors.lexicon import LEXICON_KEY, Lexicon, load_actor_lexicon, norm
from eventwire.datacache import cached
from eventwire.stage import Stage
from eventwire.temporal.lexicon import load_lexicon as load_time_lexicon

NAME_NORMS = "eventwire_name_norms"
# Of the norms compared on the 232 wire-gold sentences that start with "Trump" or "May" (docs/accuracy.md,
# Session 23), the one with which the model made the name a subject most often.
PERSON_NORM = "putin"


# words before a month that make it one ("in May", "since May", "April to May")
_BEFORE_MONTH = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "of",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "this",
        "each",
        "every",
        "through",
        "throughout",
        "before",
        "after",
        "during",
        "between",
        "to",
        "-",
    }
)


def person_names(lexicon: Lexicon) -> frozenset[str]:
    """The one-word keys of ``lexicon`` that name people and nothing else."""
    return frozenset(
        key[0]
        for key, entries in lexicon.phrases.items()
        if len(key) == 1 and entries and all(e.kind == "person" for e in entries)
    )


def _as_month(token: Token, months: frozenset[str]) -> bool:
    """A month's name used as one: "in May", "April to May", "May 5", "May 2017"."""
    doc = token.doc
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_ in months and (
        previous in _BEFORE_MONTH or (following is not None and following.like_num)
    )


def is_name_word(token: Token, names: frozenset[str], months: frozenset[str] = frozenset()) -> bool:
    """A title-case word ("Trump", not "TRUMP" or "trump") listed in ``names``, unless it is one of
    ``months`` used as a month."""
    text = token.text
    if len(text) < 2 or not text[0].isupper() or not text[1:].islower() or norm(text) not in names:
        return False
    return not _as_month(token, months)


class NameNorms(Stage):
    """Sets ``Token.norm_`` of the words the actor dictionaries know only as people's names."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.names: frozenset[str] = frozenset()
        self.months: frozenset[str] = frozenset()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        actor_dictionaries: Sequence[Path] = (),
    ) -> None:
        """Read the people's names of the actor dictionaries (bundled and the user's)."""
        files = tuple(actor_dictionaries)
        self.months = load_time_lexicon().month_names
        self.names = cached(
            "person_norm_names_user" if files else "person_norm_names",
            lambda: person_names(load_actor_lexicon(files)),
            key=LEXICON_KEY,
            files=files,
        )
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        for token in doc:
            if is_name_word(token, self.names, self.months):
                token.norm_ = PERSON_NORM
        return doc


@Language.factory(NAME_NORMS, assigns=["token.norm"])
def make_name_norms(nlp: Language, name: str) -> NameNorms:
    return NameNorms(name)
