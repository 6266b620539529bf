"""The model's attribute ruler with the same matches, found faster (``eventwire_attribute_ruler``).

spaCy's ``AttributeRuler`` runs one ``Matcher`` of all its rules over every token. The English model's
179 rules are its tag map (``TAG`` -> ``POS`` and ``MORPH``) and exceptions keyed by word, tag and
dependency label; all but a few test one token for fixed values of ``LOWER``, ``TAG``, ``DEP`` and
``IS_SPACE``. Here such a rule is tested once per distinct combination of those four values (kept in
a table, every word no rule names counting as one value), and only the others (several tokens,
another attribute or operator) go through a ``Matcher``. The matches, sorted as spaCy sorts them,
and so every annotation set, are those of spaCy's ruler (tests/nlp/test_attributes.py compares them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # what spaCy's ruler sets a token's attributes by
from spacy.vocab import Vocab

FAST_ATTRIBUTE_RULER = "eventwire_attribute_ruler"
KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the attributes a rule tested from the table may read
_LOWER = KEYS.index("LOWER")
MAX_TABLE = 200_000  # distinct combinations remembered before the table starts again

Values = tuple[str | None, str, str, bool]  # LOWER (None: no rule names it), TAG, DEP ("": unset), IS_SPACE
Test = Callable[[Values], bool]
Match = tuple[int, int, int, int]  # rule index, match id, start, end: AttributeRuler.match's items


def _value_test(position: int, spec: Any) -> Test | None:
    """The test of one attribute's condition as the Matcher reads it, or None if it is not one of
    the plain forms: a value, or a dict of IN or (except for the word) NOT_IN alone."""
    if not isinstance(spec, dict):
        wanted = spec
        return lambda values: values[position] == wanted
    if len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op == "IN" and isinstance(arg, list):
        among = frozenset(arg)
        return lambda values: values[position] in among
    if op == "NOT_IN" and isinstance(arg, list) and KEYS[position] != "LOWER":
        outside = frozenset(arg)
        return lambda values: values[position] not in outside
    return None


def _words(spec: Any) -> list[str] | None:
    """The words a ``LOWER`` condition accepts, if it names them (a word or an IN list of words)."""
    words = spec["IN"] if isinstance(spec, dict) and list(spec) == ["IN"] else [spec]
    return words if all(isinstance(word, str) and word for word in words) else None


def token_test(pattern: list[dict[str, Any]]) -> Test | None:
    """A one-token pattern reading only :data:`KEYS` as a test of a token's values; None otherwise.
    A word must be named (:func:`_words`), so that a word no rule names can be looked up as None."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(KEYS):
        return None
    tests: list[Test] = []
    for attr, spec in pattern[0].items():
        if attr == "IS_SPACE" and not isinstance(spec, bool):
            return None
        if attr == "LOWER" and _words(spec) is None:
            return None
        test = _value_test(KEYS.index(attr), spec)
        if test is None:
            return None
        tests.append(test)
    return lambda values: all(test(values) for test in tests)


def _index_values(pattern: dict[str, Any], attr: str) -> list[str] | None:
    """The values of ``attr`` a token must have to match ``pattern`` (a value or an IN list), if fixed."""
    spec = pattern.get(attr)
    values: list[Any] = spec["IN"] if isinstance(spec, dict) and list(spec) == ["IN"] else [spec]
    return [str(value) for value in values] if all(isinstance(value, str) for value in values) else None


Gate = tuple[int, frozenset[int]]  # a column of KEYS and the values one of which a Doc must hold


def gates(pattern: list[dict[str, Any]]) -> list[Gate]:
    """What a Doc must hold for ``pattern`` to match in it: for each token the pattern requires (no
    ``OP``) and each of its ``LOWER``, ``TAG`` or ``DEP`` values that is fixed, one of those values."""
    found: list[Gate] = []
    for spec in pattern:
        for attr in ("LOWER", "TAG", "DEP") if "OP" not in spec else ():
            values = _index_values(spec, attr)
            if values is not None:
                found.append((KEYS.index(attr), frozenset(get_string_id(value) for value in values)))
    return found


class WordSearch:
    """A ``LOWER`` regular expression (``{"LOWER": {"REGEX": ...}}``, searched as the Matcher searches
    it) tried on a Doc's distinct words, each word's answer remembered by its string id."""

    def __init__(self, regex: str) -> None:
        self.regex = re.compile(regex)
        self.answers: dict[int, bool] = {}

    def in_any(self, words: Iterable[int], strings: StringStore) -> bool:
        answers = self.answers
        for word in words:
            found = answers.get(word)
            if found is None:
                if len(answers) >= MAX_TABLE:
                    answers.clear()
                found = answers[word] = bool(self.regex.search(strings[word]))
            if found:
                return True
        return False


def word_searches(pattern: list[dict[str, Any]]) -> list[WordSearch]:
    """What else a Doc must hold for ``pattern`` to match in it: for each token the pattern requires
    (no ``OP``) whose ``LOWER`` is a regular expression alone, a word that the expression finds."""
    found: list[WordSearch] = []
    for spec in pattern:
        lower = spec.get("LOWER")
        if "OP" not in spec and isinstance(lower, dict) and list(lower) == ["REGEX"]:
            found.append(WordSearch(lower["REGEX"]))
    return found


class _Gated:
    """The patterns of one rule the table cannot hold, in a Matcher run only on a Doc where one of
    them may match (:func:`gates`, :func:`word_searches`)."""

    def __init__(self, vocab: Vocab, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.matcher = Matcher(vocab)
        self.matcher.add(key, patterns)
        self.gates = [(gates(pattern), word_searches(pattern)) for pattern in patterns]

    def may_match(self, present: list[set[int]], strings: StringStore) -> bool:
        """True unless every pattern needs a value, or a word its expression finds, that none of the
        Doc's tokens has (``present``: each column's distinct values)."""
        words = present[_LOWER]
        return any(
            all(not need.isdisjoint(present[col]) for col, need in needs)
            and all(search.in_any(words, strings) for search in searches)
            for needs, searches in self.gates
        )


class _Rules:
    """The one-token rules, found by the word or else the tag they require (the rest always tested)."""

    def __init__(self) -> None:
        self.by_lower: dict[str, list[tuple[int, int, Test]]] = {}
        self.by_tag: dict[str, list[tuple[int, int, Test]]] = {}
        self.always: list[tuple[int, int, Test]] = []
        self.words: set[int] = set()  # the ids of the words rules name

    def add(self, rule: int, match_id: int, pattern: dict[str, Any], test: Test) -> None:
        entry = (rule, match_id, test)
        lowers, tags = _index_values(pattern, "LOWER"), _index_values(pattern, "TAG")
        if lowers is not None:
            for lower in lowers:
                self.by_lower.setdefault(lower, []).append(entry)
                self.words.add(get_string_id(lower))
        elif tags is not None:
            for tag in tags:
                self.by_tag.setdefault(tag, []).append(entry)
        else:
            self.always.append(entry)

    def matching(self, values: Values) -> tuple[tuple[int, int], ...]:
        """The (rule, match id) pairs whose pattern a token with ``values`` matches, in rule order."""
        named = self.by_lower.get(values[0], ()) if values[0] is not None else ()
        candidates = [*named, *self.by_tag.get(values[1], ()), *self.always]
        return tuple(sorted({(rule, match_id) for rule, match_id, test in candidates if test(values)}))


class FastAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler whose ``match`` reads one-token rules from a table of token values."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        super().__init__(vocab, name)
        self._rules: _Rules | None = None
        self._rest: list[_Gated] = []
        self._table: dict[tuple[int, int, int, int], tuple[tuple[int, int], ...]] = {}

    def add(self, patterns: Iterable[Any], attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._rules = None  # compiled again on the next call

    def clear(self) -> None:
        super().clear()
        self._rules = None

    def _compile(self) -> _Rules:
        rules = _Rules()
        self._rest = []
        self._table = {}
        for rule in range(len(self.attrs)):
            key = str(rule)
            patterns = self.matcher.get(key)[1]
            tests = [token_test(pattern) for pattern in patterns]
            if all(tests):
                for pattern, test in zip(patterns, tests, strict=True):
                    rules.add(rule, self.vocab.strings[key], pattern[0], test)  # type: ignore[arg-type]
            else:
                self._rest.append(_Gated(self.vocab, key, patterns))
        self._rules = rules
        return rules

    def _look_up(self, key: tuple[int, int, int, int], rules: _Rules) -> tuple[tuple[int, int], ...]:
        strings = self.vocab.strings
        word = strings[key[0]] if key[0] else None
        found = rules.matching((word, strings[key[1]], strings[key[2]], bool(key[3])))
        if len(self._table) >= MAX_TABLE:
            self._table.clear()
        self._table[key] = found
        return found

    def match(self, doc: Doc) -> list[Match]:
        rules = self._rules if self._rules is not None else self._compile()
        matches: list[Match] = []
        table = self._table
        words = rules.words
        columns = doc.to_array(list(KEYS))
        for i, (lower, tag, dep, space) in enumerate(columns.tolist()):
            key = (lower if lower in words else 0, tag, dep, space)  # a word no rule names: 0
            found = table.get(key)
            if found is None:
                found = self._look_up(key, rules)
            matches.extend((rule, match_id, i, i + 1) for rule, match_id in found)
        present = [set(column) for column in columns.T.tolist()]  # (numpy.unique imports numpy.ma: 14 ms)
        strings = self.vocab.strings
        for gated in self._rest:
            if gated.may_match(present, strings):
                rest = gated.matcher(doc, allow_missing=True, as_spans=False)
                matches.extend((int(strings[m]), m, start, end) for m, start, end in rest)
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """As spaCy's ruler, without making a Span of each match: the match's word ``index`` (counted
        from its end when negative) gets the rule's attributes."""
        attrs, indices = self.attrs, self.indices
        for rule, match_id, start, end in matches:
            index = indices[rule]
            position = (end if index < 0 else start) + index
            if not start <= position < end:  # spaCy's own error
                super().set_annotations(doc, [(rule, match_id, start, end)])
            set_token_attrs(doc[position], attrs[rule])


@Language.factory(FAST_ATTRIBUTE_RULER)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name)


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler ``name`` by a :class:`FastAttributeRuler` with its rules."""
    rules = nlp.get_pipe(name).patterns  # type: ignore[attr-defined]
    fast = nlp.replace_pipe(name, FAST_ATTRIBUTE_RULER)
    fast.add_patterns(rules)  # type: ignore[attr-defined]
