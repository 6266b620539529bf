"""Skipping sentences (Settings.skip_sentences, nlp/skim.py) against the full pipeline, on text
written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.coder import Coder
from eventwire.settings import Settings

pytestmark = pytest.mark.model

TEXT = (
    "The army arrested ten protesters in the capital on Monday. It rained heavily all week, and "
    "the markets were quiet.\n\nKenya's foreign minister met his Ugandan counterpart in Nairobi on "
    "Friday. The weather stayed mild."
)
QUIET = "It rained heavily all week. The weather stayed mild, and the markets were quiet."


@pytest.fixture(scope="module")
def skimmer() -> Coder:
    return Coder(Settings.make(skip_sentences=True))


def _doc(coder: Coder, text: str) -> Doc:
    article = coder.article(text, "2024-03-14")
    doc = coder.make_doc(article)
    for _, proc in coder.nlp.pipeline:
        doc = proc(doc)
    return doc


def test_the_option_is_off_by_default_and_replaces_the_late_components(coder: Coder, skimmer: Coder) -> None:
    assert not Settings().skip_sentences
    assert "parser" in coder.nlp.pipe_names and "eventwire_skim" not in coder.nlp.pipe_names
    names = skimmer.nlp.pipe_names
    assert {"parser", "attribute_ruler", "lemmatizer", "ner"}.isdisjoint(names)
    assert names.index("senter") < names.index("eventwire_skim") < names.index("eventwire_events")


def test_candidate_sentences_are_annotated_as_by_the_full_pipeline(coder: Coder, skimmer: Coder) -> None:
    full, skim = _doc(coder, TEXT), _doc(skimmer, TEXT)
    assert skim.text == full.text
    assert [t.idx for t in skim] == [t.idx for t in full]
    sents = list(skim.sents)
    kept = [s for s in sents if s[0].dep_]
    assert [s.text.strip()[:14] for s in kept] == ["The army arres", "Kenya's foreig"]
    for sent in kept:
        mine = [(t.dep_, t.head.i, t.pos_, t.lemma_, t.ent_type_) for t in sent]
        theirs = [(t.dep_, t.head.i, t.pos_, t.lemma_, t.ent_type_) for t in full[sent.start : sent.end]]
        assert mine == theirs
    skipped = [t for s in sents if not s[0].dep_ for t in s]
    assert skipped and not any(t.dep_ or t.ent_type_ or t.lemma_ for t in skipped)


def test_both_paths_code_the_same_events_at_the_same_offsets(coder: Coder, skimmer: Coder) -> None:
    article = coder.article(TEXT, "2024-03-14")
    full, skim = coder.code_article(article), skimmer.code_article(article)
    assert [e.trigger for e in skim] == ["arrested", "met"]
    assert [e.model_dump(exclude={"sentence_index"}) for e in skim] == [
        e.model_dump(exclude={"sentence_index"}) for e in full
    ]
    for event in skim:
        assert article.text[event.trigger_span[0] : event.trigger_span[1]] == event.trigger
        assert article.text[event.span[0] : event.span[1]].strip() == event.sentence


def test_an_article_without_a_candidate_sentence_is_left_unparsed(skimmer: Coder) -> None:
    doc = _doc(skimmer, QUIET)
    assert len(list(doc.sents)) == 2
    assert all(not list(t.children) and t.left_edge == t == t.right_edge for t in doc)
    assert skimmer.code(QUIET, "2024-03-14") == []


@pytest.mark.parametrize(
    "text",
    [
        "Café owners in Zürich cheered \U0001f600 loudly\n\n\nThe army shelled the town.\n\n\n",
        "no punctuation at all and then police arrested two men and more words",
        "\u201cQuoted.\u201d \u2014 Dash.\n\nPara two: the army shelled the town.  Police arrested two men.",
    ],
)
def test_evidence_spans_point_into_the_article_on_odd_text(skimmer: Coder, text: str) -> None:
    article = skimmer.article(text, "2024-03-14")
    events = skimmer.code_article(article)
    assert events
    for event in events:
        assert article.text[event.trigger_span[0] : event.trigger_span[1]] == event.trigger
        assert article.text[event.span[0] : event.span[1]].strip() == event.sentence


def test_an_empty_doc_passes_through(skimmer: Coder) -> None:
    assert len(skimmer.nlp("")) == 0
    assert [t.dep_ for t in skimmer.nlp("   ")] == [""]
