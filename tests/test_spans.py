"""Entities read from IOB tags, sentences, span texts and children read from per-document tables
match spaCy's own, at a cost linear in the span."""

from __future__ import annotations

import time

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.spans import (
    column,
    entities_in,
    entity_at,
    is_bare_finite,
    is_condition,
    is_time,
    is_to_infinitive,
    keep_text,
    labelled_children,
    named_whole,
    of_time,
    sentence_of,
    sentence_starts,
    span_text,
    stray_subject,
    subtree_positions,
    subtree_set,
    subtree_where,
    tokens_where,
)

pytestmark = pytest.mark.model

TEXT = (
    "The Peru Foreign Ministry said on Tuesday that Chile had recalled its ambassador from Lima. "
    "Kenya and the United Nations met in New York. No names here at all."
)


def test_entities_in_each_sentence_match_span_ents(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    for sent in doc.sents:
        mine = [(e.start, e.end, e.label_) for e in entities_in(sent)]
        assert mine == [(e.start, e.end, e.label_) for e in sent.ents]
    assert [e.text for e in entities_in(doc[0:3])] == []  # "the Peru Foreign ..." is cut: not wholly inside
    whole = [(e.start, e.end, e.label_, e.root.i, e.text) for e in entities_in(doc[:])]
    assert whole == [(e.start, e.end, e.label_, e.root.i, e.text) for e in doc.ents]


def test_entity_at_finds_the_whole_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    for ent in doc.ents:
        for token in ent:
            found = entity_at(token)
            assert found is not None and (found.start, found.end, found.label_) == (
                ent.start,
                ent.end,
                ent.label_,
            )
    assert entity_at(doc[-2]) is None


def test_a_clause_on_a_names_last_word_stands_for_the_whole_name() -> None:
    """ "the Organization of American STATES, which ...": the name's head; a word outside any name,
    or a name's own head, is itself."""
    words = ["the", "Organization", "of", "American", "States", ",", "which", "met"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 4, 2, 4, 7, 4],
        deps=["det", "ROOT", "prep", "compound", "pobj", "punct", "nsubj", "relcl"],
        ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    )
    assert named_whole(doc[4]).text == "Organization"
    assert named_whole(doc[1]).text == "Organization"
    assert named_whole(doc[7]).text == "met"


def test_sentences_and_texts_match_spacy(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT + "  Trailing spaces.\n\nA new paragraph!   ")
    assert sentence_starts(doc) == [s.start for s in doc.sents]
    for token in doc:
        mine, theirs = sentence_of(token), token.sent
        assert (mine.start, mine.end) == (theirs.start, theirs.end)
    for span in [*doc.sents, *doc.ents, doc[2:5], doc[:]]:
        assert span_text(span) == span.text


def test_a_kept_text_gives_the_same_span_texts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "  Odd  spacing\u00a0and\ttabs.\n\nA second   paragraph, with \u201cquotes\u201d. "
    doc = nlp.make_doc(text)
    assert doc.text == text  # what keep_text relies on
    keep_text(doc, text)
    doc = nlp(doc)
    assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]


def test_labelled_children_match_token_children(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    labels = {t.dep_ for t in doc}
    for token in doc:
        assert labelled_children(token, labels) == list(token.children)
        for label in ("nsubj", "prep", "aux", "ROOT", ""):
            assert labelled_children(token, (label,)) == [c for c in token.children if c.dep_ == label]


def test_subtrees_match_token_subtree(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT + " Talks on imports from Mexico, which Canada and the European Union opposed, ended.")
    deps, types = frozenset({"pobj", "compound", "nsubj"}), frozenset({"GPE", "ORG"})
    for token in doc:
        assert subtree_positions(token) == [t.i for t in token.subtree]
        assert subtree_set(token) == {t.i for t in token.subtree}
        wanted = [t for t in token.subtree if t.dep_ in deps and t.ent_type_ in types]
        assert subtree_where(token, deps, types) == wanted
    assert any(subtree_where(t, deps, types) for t in doc)  # the test has something to find


def test_subtrees_of_crossing_arcs_match_token_subtree(nlp) -> None:  # type: ignore[no-untyped-def]
    words = ["a", "b", "c", "d", "e", "f"]
    heads, deps = [2, 3, 2, 0, 1, 2], ["nsubj", "amod", "ROOT", "pobj", "prep", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    for token in doc:
        assert subtree_positions(token) == [t.i for t in token.subtree]
        assert subtree_set(token) == {t.i for t in token.subtree}


def test_tokens_where_match_pos_dep_and_lower_(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT + ' "We will go," he said \u201cnow\u201d.')
    for span in [*doc.sents, doc[3:9], doc[0:0]]:
        for names in (("VERB",), ("NOUN", "PROPN"), ("X",)):
            assert tokens_where(span, pos=names) == [t for t in span if t.pos_ in names]
        for labels in (("aux",), ("ccomp", "nsubj", "ROOT"), ("nope",)):
            assert tokens_where(span, deps=labels) == [t for t in span if t.dep_ in labels]
        for words in (frozenset({"will", "chile", '"', "\u201c"}), ("the",), ("Kenya",)):
            assert tokens_where(span, lower=words) == [t for t in span if t.lower_ in words]
        either = tokens_where(span, pos=("VERB",), deps=("nsubj",), lower=("the", "verb"))
        assert either == [t for t in span if t.pos_ == "VERB" or t.dep_ == "nsubj" or t.lower_ == "the"]
    assert tokens_where(doc[:], deps=("",)) == []  # every word of a parsed doc has a label


def test_columns_are_token_attributes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('The pro-Iranian "Hezbollah" and ANTI-war groups met 12 U.N. envoys.')
    assert column(doc, "LOWER") == [t.lower for t in doc]
    assert column(doc, "LEMMA") == [t.lemma for t in doc]
    assert column(doc, "IS_PUNCT") == [int(t.is_punct) for t in doc]


def test_children_of_an_unparsed_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("No parse here.")
    assert all(labelled_children(t, ("", "nsubj")) == [] for t in doc)


@pytest.mark.slow
def test_coding_cost_is_linear_in_sentences(coder) -> None:  # type: ignore[no-untyped-def]
    """Seconds per sentence of a 1,600-sentence document stay within 2x of a 400-sentence one."""
    sentence = "The {} Foreign Ministry criticized Chile on Tuesday, officials said."
    names = ("Peru", "Kenya", "Norway", "Japan")

    def per_sentence(n: int) -> float:
        text = " ".join(sentence.format(names[i % 4]) for i in range(n))
        article = coder.article(text[:100_000], date="2024-03-14")
        started = time.perf_counter()
        coder.code_article(article)
        return (time.perf_counter() - started) / n

    per_sentence(20)
    assert per_sentence(1_400) < 2 * per_sentence(350)


def test_a_to_infinitive_is_a_verb_with_the_marker_to_as_auxiliary() -> None:
    import spacy
    from spacy.tokens import Doc

    words = ["Chile", "agreed", "to", "hold", "talks", "and", "went", "to", "Lima"]
    heads = [1, 1, 3, 1, 3, 1, 1, 6, 7]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "cc", "conj", "prep", "pobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in doc if is_to_infinitive(t)] == ["hold"]


def test_a_bare_finite_clause_has_a_subject_and_a_bare_verb_or_passive_be() -> None:
    import spacy
    from spacy.tokens import Doc

    words = ["Chile", "asked", "that", "Peru", "withdraw", "and", "that", "it", "be", "heard"]
    heads = [1, 1, 4, 4, 1, 1, 9, 9, 9, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "cc", "mark", "nsubjpass", "auxpass", "conj"]
    tags = ["NNP", "VBD", "IN", "NNP", "VB", "CC", "IN", "PRP", "VB", "VBN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in doc if is_bare_finite(t)] == ["withdraw", "heard"]
    told = Doc(
        spacy.blank("en").vocab,
        words=["Peru", "will", "withdraw"],
        heads=[2, 2, 2],
        deps=["nsubj", "aux", "ROOT"],
        tags=["NNP", "MD", "VB"],
    )
    assert not is_bare_finite(told[2])  # an auxiliary of its own


def _tagged(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    """A hand-made parse with tags and parts of speech, as the English model gives it."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_stray_subject_is_the_conjunct_just_before_a_finite_verb_left_without_one() -> None:
    # the parse the English model gives "The Union suspended its membership and the chief condemned the coup"
    words = ["Union", "suspended", "its", "membership", "and", "the", "chief", "condemned", "the", "coup"]
    heads = [1, 1, 3, 1, 3, 6, 3, 1, 9, 7]
    deps = ["nsubj", "ROOT", "poss", "dobj", "cc", "det", "conj", "conj", "det", "dobj"]
    tags = ["NNP", "VBD", "PRP$", "NN", "CC", "DT", "NN", "VBD", "DT", "NN"]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "DET", "NOUN"]
    doc = _tagged(words, heads, deps, tags, pos)
    assert stray_subject(doc[7]) == doc[6]
    assert stray_subject(doc[1]) is None  # not a conjunct
    # "... the chief, condemned": no coordinator between the two nouns, so no stray subject
    listed = _tagged([w if w != "and" else "," for w in words], heads, deps, tags, pos)
    assert stray_subject(listed[7]) is None
    # a verb with a subject of its own keeps it
    own = _tagged(words, [*heads[:6], 7, *heads[7:]], [*deps[:6], "nsubj", *deps[7:]], tags, pos)
    assert stray_subject(own[7]) is None


def test_a_condition_is_a_clause_marked_if_or_unless() -> None:
    import spacy
    from spacy.tokens import Doc

    words = ["Chile", "will", "act", "if", "Peru", "refuses", "and", "after", "it", "votes"]
    heads = [2, 2, 2, 5, 5, 2, 2, 9, 9, 2]
    deps = ["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "cc", "mark", "nsubj", "advcl"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in doc if is_condition(t)] == ["refuses"]


def test_a_time_entity_that_runs_past_its_word_is_no_time() -> None:
    """ "fired at Lima overnight" with "Lima overnight" tagged as one time: Lima is a place; "on
    Friday night" is a time, read on its head word."""
    glued = Doc(
        spacy.blank("en").vocab,
        words=["Chile", "fired", "at", "Lima", "overnight"],
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "advmod"],
        ents=["B-GPE", "O", "O", "B-TIME", "I-TIME"],
    )
    assert not is_time(glued[3]) and not of_time(glued[2])
    night = Doc(
        spacy.blank("en").vocab,
        words=["Chile", "fired", "on", "Friday", "night"],
        heads=[1, 1, 1, 4, 2],
        deps=["nsubj", "ROOT", "prep", "compound", "pobj"],
        ents=["B-GPE", "O", "O", "B-TIME", "I-TIME"],
    )
    assert is_time(night[4]) and of_time(night[2])


def test_a_stray_subject_may_stand_before_the_verbs_auxiliary_and_adverb() -> None:
    # the parse the English model gives "They met in April and Lula has often praised Xi" in an article
    words = ["They", "met", "in", "April", "and", "Lula", "has", "often", "praised", "Xi"]
    heads = [1, 8, 1, 2, 3, 3, 8, 8, 8, 8]
    deps = ["nsubj", "ccomp", "prep", "pobj", "cc", "conj", "aux", "advmod", "ROOT", "dobj"]
    tags = ["PRP", "VBD", "IN", "NNP", "CC", "NNP", "VBZ", "RB", "VBN", "NNP"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "AUX", "ADV", "VERB", "PROPN"]
    doc = _tagged(words, heads, deps, tags, pos)
    assert stray_subject(doc[8]) == doc[5]
    # a bare participle with no finite auxiliary is no clause of its own
    bare = _tagged(words, heads, deps, [*tags[:6], "RB", *tags[7:]], pos)
    assert stray_subject(bare[8]) is None
