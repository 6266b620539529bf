"""Names read as names: the ``eventwire_name_norms`` component, run before the English model.

The small English model reads a word through its norm (with its prefix, suffix and shape). A surname
that is also a common word ("Trump", "May") is then read half as that word: "Trump reversed decades of
U.S. policy" was parsed with "Trump" as a verb at the root and no subject, "May said ..." with a modal.
This component gives each title-case word that the actor dictionaries know only as a person's name
(not as a title, a place or an organisation, nor a month's name used as one), and the surname of each
full name the article holds ("Theresa May ... May said"), the norm of a surname the model has seen
as a person's name only (:data:`PERSON_NORM`). The tagger, parser and entity
recogniser then read it as a name. The word's text, and with it every dictionary lookup, is
unchanged; only ``Token.norm_`` differs.
"""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.actors.lexicon import LEXICON_KEY, Lexicon, actor_lexicon, load_bundled_yaml, norm
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


@dataclass(frozen=True)
class PeopleNames:
    """What the actor dictionaries name people by: one-word names ("trump") and full names of two to
    four words (("theresa", "may")), lower-case and accent-free, that name people and nothing else."""

    words: frozenset[str]
    full: frozenset[tuple[str, ...]]


def people_names(lexicon: Lexicon, unnormed: frozenset[str] = frozenset()) -> PeopleNames:
    """The people's names among the keys of ``lexicon``, but those that name only people of
    ``unnormed`` (the names of officials.yaml's records)."""
    people = [
        key
        for key, entries in lexicon.phrases.items()
        if entries
        and all(e.kind == "person" for e in entries)
        and any(e.name not in unnormed for e in entries)
    ]
    return PeopleNames(
        words=frozenset(key[0] for key in people if len(key) == 1),
        full=frozenset(key for key in people if 2 <= len(key) <= 4),
    )


def surnames_named(texts: Sequence[str], full: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The last words of the people's full names a Doc's words (``texts``) hold ("Theresa May": "may"),
    so that a later "May said" is read as her name (a word's lower case, as its ``lower_``, when ASCII)."""
    words = [text.lower() if text.isascii() else norm(text) for text in texts]
    found: set[str] = set()
    for i, text in enumerate(texts):
        if text[:1].isupper():
            lengths = (n for n in (2, 3, 4) if i + n <= len(words))  # a text may end on a name
            found.update(words[i + n - 1] for n in lengths if tuple(words[i : i + n]) in full)
    return frozenset(found)


def _as_month(token: Token, months: frozenset[str]) -> bool:
    """A month's name used as one: "in May", "April to May", "May 5", "May 2017"."""
    doc = token.doc
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_ in months and (
        previous in _BEFORE_MONTH or (following is not None and following.like_num)
    )


def name_positions(
    doc: Doc, texts: Sequence[str], names: frozenset[str], months: frozenset[str] = frozenset()
) -> list[int]:
    """Where ``doc`` (whose words are ``texts``) has a title-case word ("Trump", not "TRUMP" or "trump")
    listed in ``names``, unless it is one of ``months`` used as a month. A Token is made only of a word
    whose text passes."""
    return [
        i
        for i, text in enumerate(texts)
        if len(text) >= 2
        and text[0].isupper()
        and text[1:].islower()
        and norm(text) in names
        and not _as_month(doc[i], months)
    ]


def _officials() -> frozenset[str]:
    """The names of the bundled officials (actors/lexicon.PEOPLE_FILES): resolved, but not normed."""
    return frozenset(str(record["name"]) for record in load_bundled_yaml("officials.yaml"))


class NameNorms(Stage):
    """Sets ``Token.norm_`` of the words the actor dictionaries know only as people's names, and of
    the surnames of the full names the Doc holds."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.people = PeopleNames(frozenset(), frozenset())
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
        self.people = cached(
            "people_names_user" if files else "people_names",
            lambda: people_names(actor_lexicon(files), _officials()),
            key=LEXICON_KEY,
            files=files,
        )
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        texts = [t.text for t in doc]  # read once: a Token is made only of a word that may be a name
        surnames = surnames_named(texts, self.people.full)
        names = self.people.words | surnames if surnames else self.people.words
        for i in name_positions(doc, texts, names, self.months):
            doc[i].norm_ = PERSON_NORM
        return doc


@Language.factory(NAME_NORMS, assigns=["token.norm"])
def make_name_norms(nlp: Language, name: str) -> NameNorms:
    return NameNorms(name)
