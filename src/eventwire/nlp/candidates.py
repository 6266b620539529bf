"""Which sentences can hold an event: a test on words and tags, before any parse or lemma.

``eventwire_events`` finds events only at words of the event lexicon: a verb trigger (a verb
whose lemma begins a verb key, with the key's particle among the sentence's words), a noun trigger
(a word whose lemma ends a noun key, with the rest of a compound key among the sentence's words),
an obligation (a modal with a speech verb or noun) or an evaluation (a judging word with a speech or
naming verb). A sense with a ``when`` can only hold if each of its word lists (objects,
prepositions, ...) meets the sentence's words. :class:`EventCandidates` keeps every sentence where
one of these could match. It reads the tagger's tags and the lemmas a word may have (every form the
lemmatizer's exception and suffix tables allow, :class:`LemmaCandidates`), no dependency, part of
speech or entity, so it may keep more sentences than the parse later codes, never fewer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.events.lexicon import Lexicon, Sense

_LEMMA_CLASSES = ("verb", "noun", "adj")


@dataclass
class LemmaCandidates:
    """Every lemma spaCy's rule lemmatizer could give a word as a verb, noun or adjective: the word
    itself, its exceptions, and each suffix rule's result (``lookups`` holds the lemmatizer's
    ``lemma_exc`` and ``lemma_rules`` tables: part of speech -> entries)."""

    exceptions: Mapping[str, Mapping[str, list[str]]]
    rules: Mapping[str, list[list[str]]]
    cache: dict[str, frozenset[str]] = field(default_factory=dict)

    def __call__(self, word: str) -> frozenset[str]:
        found = self.cache.get(word)
        if found is None:
            forms = {word}
            for pos in _LEMMA_CLASSES:
                forms.update(self.exceptions.get(pos, {}).get(word, ()))
                rules = self.rules.get(pos, ())
                forms.update(word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old))
            found = self.cache[word] = frozenset(f for f in forms if f)
        return found


_WORD_CONDITIONS = frozenset(
    {"object", "xcomp", "xcomp_object", "prep", "prep_object", "subject", "clause_aux", "particle"}
)


@dataclass(frozen=True)
class KeyTest:
    """One lexicon key as its head word sees it: the key's other words, whether a sense without a
    ``when`` applies, and for each other sense the word lists that must all meet the sentence."""

    rest: frozenset[str]
    free: bool
    constrained: tuple[tuple[frozenset[str], ...], ...]

    def may_match(self, words: frozenset[str]) -> bool:
        if not self.rest <= words:
            return False
        return self.free or any(all(w & words for w in needs) for needs in self.constrained)


def _needs(sense: Sense) -> tuple[frozenset[str], ...]:
    """The word lists of ``sense.when`` (a negation condition is not a word list: it may hold)."""
    needs = []
    for key, want in sense.when.items():
        if key in _WORD_CONDITIONS:
            needs.append(frozenset([want] if isinstance(want, str) else map(str, want)))  # type: ignore[call-overload]
    return tuple(needs)


def _tests(
    entries: Mapping[str, tuple[Sense, ...]], head_last: bool, constrained_only: frozenset[str]
) -> dict[str, tuple[KeyTest, ...]]:
    """Each key's head word (the first word of a verb key, the last of a noun key) -> its tests; a
    head in ``constrained_only`` (reporting verbs) is read only in its senses with a ``when``."""
    found: dict[str, list[KeyTest]] = {}
    for key, senses in entries.items():
        words = key.split()
        head, rest = (words[-1], words[:-1]) if head_last else (words[0], words[1:])
        free = head not in constrained_only and any(not s.when for s in senses)
        constrained = tuple(_needs(s) for s in senses if s.when)
        found.setdefault(head, []).append(KeyTest(frozenset(rest), free, constrained))
    return {head: tuple(tests) for head, tests in found.items()}


def _words(phrases: Iterable[str]) -> frozenset[str]:
    """The words of ``phrases`` other than "of" ("act of war": act, war)."""
    return frozenset(w for phrase in phrases for w in phrase.split() if w != "of")


@dataclass(frozen=True)
class EventCandidates:
    """Tells whether a tagged and lemmatised sentence may hold an event of a lexicon."""

    lemmas: LemmaCandidates
    verbs: Mapping[str, tuple[KeyTest, ...]]
    nouns: Mapping[str, tuple[KeyTest, ...]]
    modals: frozenset[str]
    speech: frozenset[str]
    judging: frozenset[str]

    @classmethod
    def of(
        cls, lexicon: Lexicon, reporting_verbs: frozenset[str], lemmas: LemmaCandidates
    ) -> EventCandidates:
        """The test for ``lexicon`` (its containers reach a trigger through a noun key of their own)."""
        obligations, evaluations = lexicon.obligations, lexicon.evaluations
        speech = set(reporting_verbs)
        if obligations is not None:
            speech |= obligations.speech_verbs | obligations.speech_nouns
        if evaluations is not None:
            speech |= evaluations.naming_verbs
        judging = _words([*evaluations.negative, *evaluations.positive]) if evaluations else frozenset()
        return cls(
            lemmas=lemmas,
            verbs=_tests(lexicon.trigger_verbs, head_last=False, constrained_only=reporting_verbs),
            nouns=_tests(lexicon.trigger_nouns, head_last=True, constrained_only=frozenset()),
            modals=obligations.modals if obligations else frozenset(),
            speech=frozenset(speech),
            judging=judging,
        )

    def _tests(self, token: Token, lemma: str) -> tuple[KeyTest, ...]:
        verbal = token.tag_.startswith("VB")  # VERB or AUX once the attribute ruler has run
        return (self.verbs.get(lemma, ()) if verbal else ()) + self.nouns.get(lemma, ())

    def __call__(self, sent: Span) -> bool:
        readings = [(token, self.lemmas(token.lower_)) for token in sent]
        words = frozenset().union(*(lemmas for _, lemmas in readings))
        for token, lemmas in readings:
            if any(test.may_match(words) for lemma in lemmas for test in self._tests(token, lemma)):
                return True
        return bool(words & self.speech and (words & self.modals or words & self.judging))
