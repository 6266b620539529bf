"""``eventwire_skim``: the parser, attribute ruler, lemmatizer and NER only where an event can be.

With ``Settings.skip_sentences`` the English model runs in two passes. The cheap one covers the
whole article: tok2vec, tagger and the model's own ``senter`` for sentence boundaries. This
component then asks :class:`~eventwire.nlp.candidates.EventCandidates` which sentences may hold an
event, cuts the article into runs of neighbouring candidate sentences, and runs the rest of the
model (parser, attribute ruler, lemmatizer, NER, in the model's order) on each run as a Doc of its
own. The parser reads the whole article's tok2vec output (``Doc.tensor``) and sets the sentence
boundaries inside a run itself, as in the full pipeline, so a run's parse, tags and lemmas are
those of the full pipeline (entities may differ within a few words of a run's ends, where NER's
own tok2vec sees less context). The results are written back into the article's Doc, so every
character offset stays that of the article. A skipped sentence keeps the senter's boundaries and
its tags, and has no parse, lemmas, parts of speech or entities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from eventwire.attribution import load_attribution_lexicon
from eventwire.events.lexicon import load_lexicon
from eventwire.ingest.paragraphs import paragraph_starts
from eventwire.nlp.candidates import EventCandidates, LemmaCandidates
from eventwire.stage import Stage

SKIM = "eventwire_skim"
SKIPPED_PIPES = ("parser", "attribute_ruler", "lemmatizer", "ner")
_COPIED = [NORM, TAG]  # what the cheap pass set, copied into a run's Doc
_RETURNED = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]  # copied back from a run

Run = tuple[int, int]  # token start and end of neighbouring candidate sentences


def candidate_runs(sents: Iterable[Span], select: Callable[[Span], bool]) -> list[Run]:
    """The token ranges of neighbouring sentences that ``select`` keeps."""
    runs: list[Run] = []
    for sent in sents:
        if not select(sent):
            continue
        if runs and runs[-1][1] == sent.start:
            runs[-1] = (runs[-1][0], sent.end)
        else:
            runs.append((sent.start, sent.end))
    return runs


def run_doc(doc: Doc, start: int, end: int, copied: Any, paragraphs: set[int]) -> Doc:
    """Tokens ``start:end`` of ``doc`` (``copied``: its :data:`_COPIED` array) as a Doc of their
    own, with the cheap pass's tags and tensor; only paragraph starts are set as sentence starts,
    the parser finds the others."""
    tokens = doc[start:end]
    part = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    part.from_array(_COPIED, copied[start:end])
    starts: Any = numpy.array([i in paragraphs for i in range(start, end)], dtype="uint64")
    part.from_array([SENT_START], starts)
    part.tensor = doc.tensor[start:end]
    return part


def write_back(doc: Doc, runs: Sequence[Run], parts: Sequence[Doc]) -> None:
    """Copy each run's parse, entities and sentence starts into ``doc``; skipped sentences keep
    their boundaries."""
    if not len(doc):
        return
    returned: Any = doc.to_array(_RETURNED)
    starts: Any = doc.to_array([SENT_START])
    for (start, end), part in zip(runs, parts, strict=True):
        returned[start:end] = part.to_array(_RETURNED)
        starts[start:end] = part.to_array([SENT_START])
    deps: Any = returned[:, _RETURNED.index(DEP)].copy()
    if not deps.any():  # spaCy sets every token's children and edges only when some token has a label
        returned[0, _RETURNED.index(DEP)] = doc.vocab.strings.add("ROOT")
    doc.from_array(_RETURNED, returned)
    doc.from_array([DEP], deps)
    doc.from_array([SENT_START], starts)  # setting heads recomputed them from the parsed runs only


class SkimComponent(Stage):
    """Runs the model's parser, attribute ruler, lemmatizer and NER (taken from the pipeline, where
    they are disabled) on the runs of sentences that may hold an event."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.select: Callable[[Span], bool] | None = None
        self.pipes: list[Any] = []

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: Path | None = None,
    ) -> None:
        """Build the sentence test from the event lexicon and the lemmatizer's tables, and take the
        skipped components of ``nlp``."""
        assert nlp is not None
        self.pipes = [nlp.get_pipe(name) for name in SKIPPED_PIPES]
        tables = self.pipes[SKIPPED_PIPES.index("lemmatizer")].lookups
        lemmas = LemmaCandidates(tables.get_table("lemma_exc", {}), tables.get_table("lemma_rules", {}))
        reporting = load_attribution_lexicon().reporting_verbs
        self.select = EventCandidates.of(load_lexicon(lexicon_path), reporting, lemmas)
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        self._check()
        for batch in minibatch(docs, batch_size):
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        assert self.select is not None
        runs = [candidate_runs(doc.sents, self.select) for doc in docs]
        parts: list[list[Doc]] = []
        for doc, doc_runs in zip(docs, runs, strict=True):
            copied, paragraphs = doc.to_array(_COPIED), set(paragraph_starts(doc))
            parts.append([run_doc(doc, start, end, copied, paragraphs) for start, end in doc_runs])
        flat = [part for doc_parts in parts for part in doc_parts]
        for pipe in self.pipes:
            flat = list(pipe.pipe(flat, batch_size=len(flat) or 1))
        for doc, doc_runs, doc_parts in zip(docs, runs, parts, strict=True):
            write_back(doc, doc_runs, doc_parts)
        return docs


@Language.factory(
    SKIM,
    assigns=[
        "token.dep",
        "token.head",
        "token.is_sent_start",
        "doc.sents",
        "doc.ents",
        "token.pos",
        "token.lemma",
        "token.morph",
    ],
    requires=["doc.sents", "token.tag", "doc.tensor"],
)
def make_skim(nlp: Language, name: str) -> SkimComponent:
    return SkimComponent(name)
