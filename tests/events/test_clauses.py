"""Clauses out of the reach of the clause above them (events/clauses.py), on parses built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.events.clauses import another_partys_clause, own_clause, own_tense, told_past


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    words, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


# "Peru may impose sanctions and Chile has expelled diplomats"
_OTHER_SUBJECT = [
    ("Peru", 2, "nsubj", "PROPN", "NNP"),
    ("may", 2, "aux", "AUX", "MD"),
    ("impose", 2, "ROOT", "VERB", "VB"),
    ("sanctions", 2, "dobj", "NOUN", "NNS"),
    ("and", 2, "cc", "CCONJ", "CC"),
    ("Chile", 7, "nsubj", "PROPN", "NNP"),
    ("has", 7, "aux", "AUX", "VBZ"),
    ("expelled", 2, "conj", "VERB", "VBN"),
    ("diplomats", 7, "dobj", "NOUN", "NNS"),
]
# "Peru may impose sanctions and expel diplomats"
_SHARED_SUBJECT = [
    ("Peru", 2, "nsubj", "PROPN", "NNP"),
    ("may", 2, "aux", "AUX", "MD"),
    ("impose", 2, "ROOT", "VERB", "VB"),
    ("sanctions", 2, "dobj", "NOUN", "NNS"),
    ("and", 2, "cc", "CCONJ", "CC"),
    ("expel", 2, "conj", "VERB", "VB"),
    ("diplomats", 5, "dobj", "NOUN", "NNS"),
]
# "Peru said it would impose sanctions and Chile would expel diplomats"
_MODAL = [
    ("Peru", 1, "nsubj", "PROPN", "NNP"),
    ("said", 1, "ROOT", "VERB", "VBD"),
    ("it", 4, "nsubj", "PRON", "PRP"),
    ("would", 4, "aux", "AUX", "MD"),
    ("impose", 1, "ccomp", "VERB", "VB"),
    ("sanctions", 4, "dobj", "NOUN", "NNS"),
    ("and", 4, "cc", "CCONJ", "CC"),
    ("Chile", 9, "nsubj", "PROPN", "NNP"),
    ("would", 9, "aux", "AUX", "MD"),
    ("expel", 4, "conj", "VERB", "VB"),
    ("diplomats", 9, "dobj", "NOUN", "NNS"),
]


def test_a_conjunct_with_its_own_subject_and_tense_is_its_own_clause() -> None:
    doc = _doc(_OTHER_SUBJECT)
    assert own_tense(doc[7]) and own_clause(doc[7]) and another_partys_clause(doc[7])


def test_a_bare_conjunct_shares_its_heads_clause() -> None:
    doc = _doc(_SHARED_SUBJECT)
    assert not own_tense(doc[5]) and not own_clause(doc[5]) and not another_partys_clause(doc[5])


def test_a_conjunct_with_a_modal_of_its_own_stays_under_the_speech_verb() -> None:
    doc = _doc(_MODAL)
    assert not own_tense(doc[9])  # its "would" is read with "said", as its head's is
    assert another_partys_clause(doc[9])


def test_a_conjunct_hung_on_a_word_that_is_no_verb_is_not_judged() -> None:
    # "would do so if and when we meet": the parser made "meet" a conjunct of "if"
    doc = _doc(
        [
            ("do", 0, "ROOT", "VERB", "VB"),
            ("if", 0, "prep", "ADP", "IN"),
            ("and", 1, "cc", "CCONJ", "CC"),
            ("we", 4, "nsubj", "PRON", "PRP"),
            ("meet", 1, "conj", "VERB", "VBP"),
        ]
    )
    assert not own_tense(doc[4])


def _after(verb: str, tag: str, mark: str = "after", aux: tuple[str, str] | None = None) -> Doc:
    """ "Peru may strike <mark> Chile [aux] <verb> ships", the second clause an adverbial one."""
    rows = [
        ("Peru", 2, "nsubj", "PROPN", "NNP"),
        ("may", 2, "aux", "AUX", "MD"),
        ("strike", 2, "ROOT", "VERB", "VB"),
        (mark, 5 if aux is None else 6, "mark", "SCONJ", "IN"),
        ("Chile", 5 if aux is None else 6, "nsubj", "PROPN", "NNP"),
    ]
    if aux is not None:
        rows.append((aux[0], 6, "aux", "AUX", aux[1]))
    rows.append((verb, 2, "advcl", "VERB", tag))
    rows.append(("ships", len(rows) - 1, "dobj", "NOUN", "NNS"))
    return _doc(rows)


def test_an_adverbial_clause_told_in_a_past_tense_is_the_writers() -> None:
    assert told_past(_after("seized", "VBD")[5])
    assert told_past(_after("seized", "VBN", aux=("had", "VBD"))[6])


def test_a_clause_still_to_come_a_condition_or_a_modal_one_is_not_told() -> None:
    assert not told_past(_after("seizes", "VBZ")[5])  # a present tense may be generic or to come
    assert not told_past(_after("seized", "VBD", mark="if")[5])
    assert not told_past(_after("seized", "VBD", mark="before")[5])
    assert not told_past(_after("seize", "VB", aux=("would", "MD"))[6])
