"""The model's English rule lemmatizer with a table of its answers (``eventwire_lemmatizer``).

spaCy's rule lemmatizer makes a ``Token`` and a ``MorphAnalysis`` for every word and keeps no answer
for the words its base-form test settles (most nouns and verbs), so it works out "said" or "talks"
again at each occurrence; and it looks each candidate lemma up in a list of up to 57,528 words. Its
answer depends only on the word, its part of speech and its morphology; here it is asked once per
combination of the three, its word lists are sets, and the lemmas are written back as one column.
The table keeps each answer as a string, added to the string store each time it is used: a word
first seen in a spaCy memory zone (``Coder.code_articles``) has its strings freed with the zone.
The lemmas are spaCy's (tests/nlp/test_lemmas.py compares them) but for three classes: verb forms
that English spelling settles and spaCy's rule order does not (:func:`spelled_verb_lemma`); an
irregular past form the tagger took for a base form ("retook" tagged VB), which gets the lemma of
spaCy's own exception table; and a sentence's first word that the tagger took for a plural name
for its capital letter ("Rebels"), which gets the common noun's lemma. The sets cannot be
serialised: save the model's own lemmatizer, not this one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.symbols import PROPN, VERB
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab
from thinc.types import Ints2d

FAST_LEMMATIZER = "eventwire_lemmatizer"
MAX_TABLE = 50_000  # distinct (word, part of speech, morphology) remembered before starting again
_DOUBLING_STEM = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")  # "hop", "stag", "plan": one vowel, one consonant
_ES_STEM_ENDINGS = ("s", "x", "z", "ch", "sh", "o")  # stems that spell their third person with "-es"


def spelled_verb_lemma(word: str, lemma: str, verbs: frozenset[str]) -> str:
    """The lemma English spelling gives a verb form that two dictionary verbs could share.

    spaCy's rule lemmatizer lets its last matching suffix rule win, so "hoped", "hopes" and "hoping"
    become "hop", "staged" "stag", "fined" "fin", "waged" "wag". A one-syllable stem ending in one
    vowel and one consonant doubles that consonant before "-ed" and "-ing" ("hopped", "hopping"),
    and only stems ending in a sibilant or "o" take "-es" ("passes"): so when ``lemma`` + "e" is
    also a verb, the form is that verb's. Other answers are returned unchanged.
    """
    with_e = lemma + "e"
    if with_e not in verbs or lemma not in verbs:
        return lemma
    form = word.lower()
    if form in (lemma + "ed", lemma + "ing"):
        return with_e if _DOUBLING_STEM.fullmatch(lemma) else lemma
    if form == lemma + "es" and not lemma.endswith(_ES_STEM_ENDINGS):
        return with_e
    return lemma


class FastLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, answering from a table keyed by word, part of speech and morphology."""

    def __init__(self, vocab: Vocab, name: str = "lemmatizer", overwrite: bool = False) -> None:
        super().__init__(vocab, None, name, mode="rule", overwrite=overwrite)
        self._table: dict[tuple[int, int, int], str] = {}  # keys are hashes, which never change
        self._verbs: frozenset[str] = frozenset()  # the verb lemmas the rules accept, set by initialize
        self._nouns: frozenset[str] = frozenset()
        self._verb_forms: dict[str, str] = {}  # irregular verb forms and their lemmas ("took": "take")
        self._noun_rules: tuple[tuple[str, str], ...] = ()
        self._plural_name = self.vocab.strings.add("NNPS")  # the tag of a plural proper noun

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        lookups: Lookups | None = None,
    ) -> None:
        super().initialize(get_examples, nlp=nlp, lookups=lookups)
        self.lookups = _with_index_sets(self.lookups)
        index = self.lookups.get_table("lemma_index", {})
        self._verbs = frozenset(index.get("verb", ()))
        self._nouns = frozenset(index.get("noun", ()))
        exceptions = self.lookups.get_table("lemma_exc", {}).get("verb", {})
        self._verb_forms = {form: lemmas[0] for form, lemmas in exceptions.items() if lemmas}
        rules = self.lookups.get_table("lemma_rules", {}).get("noun", [])
        self._noun_rules = tuple((old, new) for old, new in rules)

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or not self._validated:
            return super().__call__(doc)
        try:
            self._set_lemmas(doc)
        except Exception as exc:  # spaCy's own error handling, as the lemmatizer it replaces
            self.get_error_handler()(self.name, self, [doc], exc)
        return doc

    def _set_lemmas(self, doc: Doc) -> None:
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA, TAG, SENT_START])
        lemmas = cast(Ints2d, columns[:, 3:4].copy())  # to_array's stub says float; it is uint64
        table = self._table
        add = self.vocab.strings.add  # the lemma's string may have been freed with a memory zone
        for i, (orth, pos, morph, lemma, tag, start) in enumerate(columns.tolist()):
            if lemma:
                continue  # set before (by the attribute ruler): kept, as spaCy's lemmatizer keeps it
            key = (orth, pos, morph)
            found = table.get(key)
            if found is None:
                found = self.lemmatize(doc[i])[0]
                if pos == VERB:
                    found = self._irregular(doc[i].text, spelled_verb_lemma(doc[i].text, found, self._verbs))
                if len(table) >= MAX_TABLE:
                    table.clear()
                    self.cache.clear()  # spaCy's own answers, which it keeps without a limit
                table[key] = found
            if pos == PROPN and tag == self._plural_name and start == 1:
                found = self._common_plural(doc[i].text, found)
            lemmas[i, 0] = add(found)
        doc.from_array([LEMMA], lemmas)

    def _irregular(self, word: str, lemma: str) -> str:
        """An irregular form the tagger took for a base form ("the army retook the town", tagged VB,
        which the rules leave as it is): the lemma the exception table gives it, unless the form is
        a verb of its own."""
        form = word.lower()
        if lemma != form or form in self._verbs:
            return lemma
        return self._verb_forms.get(form, lemma)

    def _common_plural(self, word: str, lemma: str) -> str:
        """A sentence's first word that the tagger took for a plural name for its capital letter
        ("Rebels attacked", "Talks resumed"): the common noun's lemma when the noun rules find one
        in the dictionary, else ``lemma``."""
        form = word.lower()
        for old, new in self._noun_rules:
            stem = form[: len(form) - len(old)] + new
            if form.endswith(old) and stem in self._nouns:
                return stem
        return lemma


def _with_index_sets(lookups: Lookups) -> Lookups:
    """A copy of ``lookups`` whose ``lemma_index`` word lists are sets (the lemmatizer only asks
    ``form in index``: the same answers, without reading a list). The table is made with its data,
    so that its Bloom filter is sized for its few keys (``Table.from_dict`` sizes it for a million:
    10 ms at every start)."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name=name, data={key: frozenset(words) for key, words in table.items()})
        copy.set_table(name, table)
    return copy


@Language.factory(FAST_LEMMATIZER, default_config={"overwrite": False})
def make_fast_lemmatizer(nlp: Language, name: str, overwrite: bool) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, name, overwrite)


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Replace the pipeline's lemmatizer ``name``, if it is the English rule lemmatizer, by a
    :class:`FastLemmatizer` with its tables and settings."""
    old: Any = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return
    fast: Callable[[Doc], Doc] = nlp.replace_pipe(name, FAST_LEMMATIZER, config={"overwrite": old.overwrite})
    fast.initialize(nlp=nlp, lookups=old.lookups)  # type: ignore[attr-defined]
