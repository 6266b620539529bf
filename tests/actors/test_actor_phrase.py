"""Phrase expansion helpers (actors/phrase.py) on hand-built parses (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Token

from eventwire.actors import ActorResolver
from eventwire.actors import lexicon as lexicon_module
from eventwire.actors.lexicon import Entry, Lexicon
from eventwire.actors.phrase import _lookup, expand, join_formal_name, lookup, placed_abroad, polity_country


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    resolver = ActorResolver()
    resolver.initialize()
    return resolver.lexicon


def _doc(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str] | None = None
) -> Doc:
    lemmas = [w.lower() for w in words]
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


_BACKS = (
    ["Egypt", "backs", "the", "government", "in", "Libya"],
    [1, 1, 3, 1, 1, 4],
    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
)


def test_a_place_the_parser_hung_on_the_verb_is_its_objects(lexicon: Lexicon) -> None:
    """The parser hangs "in Libya" of "backs the government in Libya" on the verb; it places the object."""
    doc = _doc(*_BACKS, ents=["B-GPE", "O", "O", "O", "O", "B-GPE"])
    zones = expand(doc[3], lexicon.generic)
    assert zones[doc[5]] == "loc"
    assert doc[0] not in zones


def test_a_time_hung_on_the_verb_is_no_place_of_its_object(lexicon: Lexicon) -> None:
    words = ["Trump", "accused", "Obama", "in", "March"]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PROPN"]
    doc = _doc(words, [1, 1, 1, 1, 3], deps, pos, ents=["B-PERSON", "O", "B-PERSON", "O", "B-DATE"])
    assert doc[4] not in expand(doc[2], lexicon.generic)
    subject = _doc(*_BACKS, ents=["B-GPE", "O", "O", "O", "O", "B-GPE"])
    assert subject[5] not in expand(subject[0], lexicon.generic)  # the subject's place is not the verb's


def test_a_formal_name_is_one_zone(lexicon: Lexicon) -> None:
    doc = _doc(["Republic", "of", "Korea"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["PROPN", "ADP", "PROPN"])
    zones = expand(doc[0], lexicon.generic)
    assert zones[doc[2]] == "of"
    join_formal_name(doc[0], zones, lexicon)
    assert {zones[t] for t in doc} == {"main"}


_OAS_CLAUSE = (
    ["the", "Organization", "of", "American", "States", ",", "which", "condemned", "Peru"],
    [1, 1, 1, 4, 2, 4, 7, 4, 7],
    ["det", "ROOT", "prep", "compound", "pobj", "punct", "nsubj", "relcl", "dobj"],
    ["DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PROPN"],
)


def test_a_clause_on_a_formal_names_last_word_stays_out_of_the_name(lexicon: Lexicon) -> None:
    """ "the Organization of American States, which condemned Peru": the parser hangs the clause on
    "States"; the name looked up ends there, so the dictionary's name is still found."""
    doc = _doc(*_OAS_CLAUSE, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-GPE"])
    zones = expand(doc[1], lexicon.generic)
    join_formal_name(doc[1], zones, lexicon)
    named = [t.text for t in doc if zones.get(t) == "main"]
    assert named == ["the", "Organization", "of", "American", "States"]


def test_a_head_or_object_of_only_skippable_words_changes_nothing(lexicon: Lexicon) -> None:
    doc = _doc(["the", "of", "the"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["DET", "ADP", "DET"])
    zones = expand(doc[0], lexicon.generic)
    join_formal_name(doc[0], zones, lexicon)
    assert zones[doc[2]] == "of"
    state = _doc(["state", "of", "the"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "DET"])
    assert polity_country(state[0], frozenset({"state"}), lexicon) is None


def test_a_polity_noun_stands_for_the_country_of_its_of_phrase(lexicon: Lexicon) -> None:
    doc = _doc(["state", "of", "Qatar"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"])
    found = polity_country(doc[0], frozenset({"state"}), lexicon)
    assert found is not None and found.text == "Qatar"
    assert polity_country(doc[0], frozenset({"kingdom"}), lexicon) is None


def _words(words: list[str], pos: list[str]) -> list[Token]:
    """Unparsed words (each its own root) with lower-case lemmas."""
    return list(_doc(words, list(range(len(words))), ["ROOT"] * len(words), pos))


_PHRASES = [
    (["the", "US", "Army"], ["DET", "PROPN", "PROPN"]),
    (["us", "army", "officials"], ["PRON", "NOUN", "NOUN"]),
    (["Foreign", "Minister", "Sergei", "Lavrov"], ["PROPN", "PROPN", "PROPN", "PROPN"]),
    (["russian", "minister", "ministers"], ["ADJ", "VERB", "NOUN"]),
    (["United", "Nations", "Security", "Council"], ["PROPN", "PROPN", "PROPN", "PROPN"]),
    (["Iraqi", "Kurdish", "Peshmerga", "fighters"], ["ADJ", "ADJ", "PROPN", "NOUN"]),
]


def test_kept_lookups_give_the_answers_of_the_uncached_lookup(lexicon: Lexicon) -> None:
    found = 0
    for words, pos in _PHRASES:
        tokens = _words(words, pos)
        for start in range(len(tokens)):
            for end in range(start + 1, len(tokens) + 1):
                run, last = tokens[start:end], tokens[end - 1]
                uncached = lookup(
                    tuple(t.text for t in run), last.lemma_, last.pos_ in ("NOUN", "PROPN"), lexicon
                )
                assert _lookup(run, lexicon) == uncached  # looked up
                assert _lookup(run, lexicon) == uncached  # kept
                found += bool(uncached)
    assert found >= 8  # the phrases hold dictionary names


def test_kept_lookups_are_dropped_when_the_tables_change() -> None:
    lex = Lexicon()
    blue = _words(["Blue", "Party"], ["PROPN", "PROPN"])
    assert _lookup(blue, lex) == []
    party = Entry("org", "Blue Party", sector="PTY")
    lex.add("Blue Party", party)
    assert _lookup(blue, lex) == [party]
    assert _lookup(blue, Lexicon()) == []  # tables built again keep their own answers
    lex.remove("Blue Party", "org")
    assert _lookup(blue, lex) == []


def test_kept_lookups_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "LOOKUPS_KEPT", 2)
    lex = Lexicon()
    for word in ("Alpha", "Beta", "Gamma"):
        _lookup(_words([word], ["PROPN"]), lex)
        assert len(lex.lookups) <= 2


@pytest.mark.parametrize(
    ("sentence", "word", "abroad"),
    [
        ("Foreign powers interfered.", "powers", True),
        ("A foreign government offered help.", "government", True),
        ("Overseas donors pledged money.", "donors", True),
        ("The foreign ministry summoned him.", "ministry", False),
        ("Government troops attacked.", "troops", False),
    ],
)
def test_a_group_placed_abroad_is_plural_or_indefinite_after_foreign(
    nlp: spacy.language.Language, sentence: str, word: str, abroad: bool
) -> None:
    head = next(t for t in nlp(sentence) if t.text == word)
    assert placed_abroad(head) is abroad
