"""The faster attribute ruler (nlp/attributes.py) finds spaCy's matches, on text written for these tests."""

from __future__ import annotations

from typing import cast

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from eventwire.nlp.attributes import KEYS, FastAttributeRuler, _Gated, gates, token_test, word_searches

TEXTS = [
    "The minister said on Monday that talks with Chile hadn't been easy, and there were no plans to "
    "meet again.",
    "I told you it's gon na rain; let's go, y'all. Nothin' ain't changed since they've left.",
    "Protesters   gathered\n\noutside the embassy. Which of them did it? We do, she does, he did.",
    "Its army, our troops and their police are being sent there once the vote is over.",
]


@pytest.fixture(scope="module")
def rulers(nlp: Language) -> tuple[AttributeRuler, FastAttributeRuler]:
    spacy_ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    fast = FastAttributeRuler(nlp.vocab)
    fast.add_patterns(spacy_ruler.patterns)
    return spacy_ruler, fast


@pytest.mark.model
def test_the_matches_are_spacys(nlp: Language, rulers: tuple[AttributeRuler, FastAttributeRuler]) -> None:
    spacy_ruler, fast = rulers
    assert fast.attrs == spacy_ruler.attrs and fast.indices == spacy_ruler.indices
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(TEXTS))
    for doc in docs:
        expected = spacy_ruler.match(doc)
        assert fast.match(doc) == expected
        assert fast.match(doc) == expected  # the second time from the table
    assert len(fast._rest) < 10 < len(fast.attrs)  # few rules left to the Matcher


@pytest.mark.model
def test_the_annotations_are_spacys(nlp: Language, rulers: tuple[AttributeRuler, FastAttributeRuler]) -> None:
    spacy_ruler, fast = rulers
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for text in TEXTS:
            mine, theirs = fast(nlp(text)), spacy_ruler(nlp(text))
            assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in mine] == [
                (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs
            ]


def test_plain_one_token_patterns_become_tests() -> None:
    values = ("been", "VBN", "auxpass", False)
    assert token_test([{"TAG": "VBN", "LOWER": "been"}])(values)  # type: ignore[misc]
    assert not token_test([{"TAG": "VBD", "LOWER": "been"}])(values)  # type: ignore[misc]
    assert token_test([{"DEP": {"IN": ["aux", "auxpass"]}, "TAG": {"NOT_IN": ["TO", ""]}}])(values)  # type: ignore[misc]
    assert not token_test([{"DEP": {"NOT_IN": ["auxpass"]}}])(values)  # type: ignore[misc]
    assert token_test([{"LOWER": {"IN": ["been", "being"]}, "IS_SPACE": False}])(values)  # type: ignore[misc]
    assert not token_test([{"LOWER": "be"}])((None, "VB", "aux", False))  # type: ignore[misc]
    assert not token_test([{"IS_SPACE": True}])(values)  # type: ignore[misc]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "gon"}, {"LOWER": "na"}],
        [{"LOWER": "been", "OP": "?"}],
        [{"ORTH": "been"}],
        [{"LENGTH": {">=": 3}}],
        [{"LOWER": {"IN": ["a"], "NOT_IN": ["b"]}}],
        [{"LOWER": {"REGEX": "^be+n$"}}],
        [{"LOWER": {"NOT_IN": ["been"]}}],
    ],
)
def test_other_patterns_are_left_to_the_matcher(pattern: list[dict[str, object]]) -> None:
    assert token_test(pattern) is None


def test_a_pattern_left_to_the_matcher_is_gated_by_the_values_it_requires(nlp: Language) -> None:
    doc = nlp.make_doc("They are gon na vote.")
    needs = gates([{"LOWER": "gon"}, {"LOWER": {"IN": ["na", "nna"]}, "OP": "?"}, {"TAG": "VB"}])
    assert needs == [(0, frozenset({doc[2].lower})), (1, frozenset({nlp.vocab.strings["VB"]}))]
    assert gates([{"LOWER": {"REGEX": "^gon$"}}]) == []  # nothing required: always run


def test_a_pattern_with_a_word_expression_runs_only_on_a_doc_with_a_word_it_finds(nlp: Language) -> None:
    pattern = [{"LOWER": {"REGEX": "^n[ou]thin'$"}}, {"LOWER": "changed"}]
    gated = _Gated(nlp.vocab, "nothin", [pattern])

    def may_match(text: str) -> bool:
        columns = nlp.make_doc(text).to_array(list(KEYS)).T.tolist()
        return gated.may_match([set(column) for column in columns], nlp.vocab.strings)

    assert not may_match("Nothing changed, nothin.")
    assert may_match("Nuthin' changed.") and may_match("nothin' changed")
    assert not may_match("Nothing changed, nothin.")  # the words' answers remembered
    assert len(word_searches(pattern)) == 1
    assert word_searches([{"LOWER": {"REGEX": "^x$"}, "OP": "?"}, {"LOWER": "x"}]) == []  # not required


def _lemmas_set(ruler: AttributeRuler, nlp: Language, index: int) -> list[str]:
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "going"}, index=index)
    return [t.lemma_ for t in ruler(nlp.make_doc("They are gon na vote."))]


@pytest.mark.parametrize("index", [0, 1, -1, -2])
def test_a_rules_word_index_picks_the_word_spacy_picks(nlp: Language, index: int) -> None:
    mine = _lemmas_set(FastAttributeRuler(nlp.vocab), nlp, index)
    assert mine == _lemmas_set(AttributeRuler(nlp.vocab), nlp, index)
    assert mine.count("going") == 1


def test_a_word_index_outside_the_match_is_spacys_error(nlp: Language) -> None:
    with pytest.raises(ValueError, match="E1001"):
        _lemmas_set(FastAttributeRuler(nlp.vocab), nlp, 2)
