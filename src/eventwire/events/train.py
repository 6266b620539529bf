"""Train the sentence-type classifier: which PLOVER event types a sentence reports.

``train_sentence_types`` reads wire gold JSONL files (docs: ../shared/gold/ANNOTATION.md; one sentence a
line with its ``events``), keeps the articles of one half of eventwire's look/check split if asked
(``part="look"``: a model whose figures on the check halves are out of sample), labels each sentence
with the first ``type`` of its events (all events, or ``core`` ones only), holds out a check part
chosen by a hash of the ``article`` field for model selection, trains a spaCy ``textcat_multilabel``
pipeline with a fixed seed and keeps the epoch that scores best on that part. The pipeline is saved
with ``nlp.to_disk``; ``training.json`` beside it records the data files, their SHA-256, the seed,
the settings and the scores, and ``trigger_types.json`` the lexicon's trigger types it was trained to
read (events/features.py).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch
from spacy.vocab import Vocab
from thinc.api import Adam

from eventwire.errors import InputError
from eventwire.evaluate.split import PartChoice, in_part
from eventwire.events.features import TRIGGER_TYPES_FILE, TriggerTypes, feature_words
from eventwire.events.learned import PIPE_NAME, probabilities
from eventwire.events.lexicon import load_lexicon
from eventwire.events.ontology import MODES_BY_TYPE
from eventwire.ingest.readers import read_jsonl
from eventwire.settings import DEFAULT_SETTINGS

LABELS: tuple[str, ...] = tuple(sorted(MODES_BY_TYPE))
"""The 16 PLOVER event types, the classifier's labels."""

METADATA_FILE = "training.json"

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
Architecture = Literal["bow", "ensemble"]


@dataclass(frozen=True)
class LabelledSentence:
    article: str
    text: str
    labels: frozenset[str]


@dataclass(frozen=True)
class TrainingOptions:
    seed: int = 0
    epochs: int = 20
    core_only: bool = False
    check_share: float = 0.2
    architecture: Architecture = "bow"
    ngram_size: int = 1
    length: int = 2**16
    dropout: float = 0.2
    learn_rate: float = 0.01
    part: PartChoice = "all"


@dataclass
class TrainingReport:
    """What ``training.json`` holds."""

    options: dict[str, Any]
    data: list[dict[str, Any]]
    sentences: dict[str, int]
    best_epoch: int
    check: dict[str, Any]
    lexicon: str
    epochs: list[dict[str, float]] = field(default_factory=list)
    labels: tuple[str, ...] = LABELS


def _sentence(raw: Any, core_only: bool, where: str) -> LabelledSentence:
    if not isinstance(raw, dict) or not isinstance(raw.get("sentence"), str):
        raise InputError(f"{where}: not a wire gold sentence (needs 'sentence' and 'events')")
    events = raw.get("events") or []
    if not isinstance(events, list):
        raise InputError(f"{where}: 'events' must be a list")
    labels = {
        str(e["type"][0])
        for e in events
        if isinstance(e, dict) and e.get("type") and (e.get("core", True) or not core_only)
    }
    unknown = labels - set(LABELS)
    if unknown:
        raise InputError(f"{where}: unknown PLOVER types {sorted(unknown)}")
    return LabelledSentence(str(raw.get("article", "")), raw["sentence"], frozenset(labels))


def read_gold(paths: Sequence[Path], core_only: bool = False) -> list[LabelledSentence]:
    """Labelled sentences from wire gold JSONL files (a bad line is an :class:`InputError`)."""
    sentences: list[LabelledSentence] = []
    for path in paths:
        for number, raw in enumerate(read_jsonl(path), 1):
            sentences.append(_sentence(raw, core_only, f"{path}:{number}"))
    return sentences


def is_check(article: str, share: float) -> bool:
    """True for the articles held out for model selection: a stable hash of the article id."""
    digest = hashlib.sha256(article.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def split_by_article(
    sentences: Iterable[LabelledSentence], share: float
) -> tuple[list[LabelledSentence], list[LabelledSentence]]:
    train: list[LabelledSentence] = []
    check: list[LabelledSentence] = []
    for sentence in sentences:
        (check if is_check(sentence.article, share) else train).append(sentence)
    return train, check


def _model_config(options: TrainingOptions) -> dict[str, Any]:
    bow = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": options.ngram_size,
        "no_output_layer": False,
        "length": options.length,
    }
    if options.architecture == "bow":
        return bow
    bow["no_output_layer"] = True  # the ensemble adds its own output layer
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 2500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "depth": 2,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    }
    return {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": tok2vec, "linear_model": bow}


def blank_classifier(options: TrainingOptions) -> Language:
    """A blank English pipeline with one untrained ``textcat_multilabel`` over :data:`LABELS`."""
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(PIPE_NAME, config={"model": _model_config(options)})
    for label in LABELS:
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def featurize(parser: Language, texts: Sequence[str], vocab: Vocab, types: TriggerTypes) -> list[Doc]:
    """The classifier's input docs: each text parsed with ``parser``, reduced by :func:`feature_words`."""
    return [Doc(vocab, words=feature_words(doc, types)) for doc in parser.pipe(texts, batch_size=64)]


def _examples(docs: Sequence[Doc], sentences: Sequence[LabelledSentence]) -> list[Example]:
    return [
        Example.from_dict(doc, {"cats": {lb: float(lb in s.labels) for lb in LABELS}})
        for doc, s in zip(docs, sentences, strict=True)
    ]


def type_scores(predicted: Sequence[frozenset[str]], gold: Sequence[frozenset[str]]) -> dict[str, float]:
    """Micro precision/recall/F1 of predicted sentence types against gold ones, and macro F1."""
    tp = sum(len(p & g) for p, g in zip(predicted, gold, strict=True))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    per_label = []
    for label in LABELS:
        ltp = sum(label in p and label in g for p, g in zip(predicted, gold, strict=True))
        lp = sum(label in p for p in predicted)
        lg = sum(label in g for g in gold)
        if lg:
            per_label.append(2 * ltp / (lp + lg))
    return {
        **prf(tp, n_pred, n_gold),
        "macro_f1": round(sum(per_label) / len(per_label), 4) if per_label else 0.0,
    }


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def above(probs: Sequence[dict[str, float]], threshold: float) -> list[frozenset[str]]:
    return [frozenset(label for label, p in row.items() if p >= threshold) for row in probs]


def _evaluate(
    probs: Sequence[dict[str, float]], sentences: Sequence[LabelledSentence]
) -> tuple[float, dict[str, float]]:
    """The threshold of :data:`THRESHOLDS` that gives the best micro F1, and its scores."""
    gold = [s.labels for s in sentences]
    scored = [(t, type_scores(above(probs, t), gold)) for t in THRESHOLDS]
    return max(scored, key=lambda ts: (ts[1]["f1"], -abs(ts[0] - 0.5)))


def _file_record(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    return {"name": path.name, "sha256": hashlib.sha256(data).hexdigest(), "lines": data.count(b"\n")}


def train_sentence_types(
    paths: Sequence[Path],
    out: Path,
    options: TrainingOptions | None = None,
    parser: Language | None = None,
) -> TrainingReport:
    """Train, select the best epoch on the check part, save the pipeline and ``training.json`` to ``out``."""
    options = options or TrainingOptions()
    sentences = [s for s in read_gold(paths, options.core_only) if in_part(s.article, options.part)]
    train, check = split_by_article(sentences, options.check_share)
    if not train or not check:
        raise InputError(
            f"need sentences on both sides of the check split (train {len(train)}, check {len(check)})"
        )
    if parser is None:
        from eventwire.nlp.pipeline import load_english  # the assembler imports this package's stages

        parser = load_english(DEFAULT_SETTINGS)
    lexicon = load_lexicon()
    types = TriggerTypes.of_lexicon(lexicon)
    fix_random_seed(options.seed)
    shuffler = random.Random(options.seed)
    nlp = blank_classifier(options)
    examples = _examples(featurize(parser, [s.text for s in train], nlp.vocab, types), train)
    check_docs = featurize(parser, [s.text for s in check], nlp.vocab, types)
    nlp.initialize(lambda: examples)
    optimizer = Adam(options.learn_rate)
    best: tuple[float, int, bytes] = (-1.0, 0, b"")
    history: list[dict[str, float]] = []
    for epoch in range(1, options.epochs + 1):
        shuffler.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=options.dropout, losses=losses)
        threshold, scores = _evaluate(probabilities(nlp, check_docs), check)
        loss = round(losses.get(PIPE_NAME, 0.0), 4)
        history.append({"epoch": epoch, "loss": loss, "threshold": threshold, **scores})
        if scores["f1"] > best[0]:
            best = (scores["f1"], epoch, nlp.to_bytes())
    nlp.from_bytes(best[2])
    threshold, scores = _evaluate(probabilities(nlp, check_docs), check)
    report = TrainingReport(
        options=asdict(options),
        data=[_file_record(p) for p in paths],
        sentences={"train": len(train), "check": len(check)},
        best_epoch=best[1],
        check={"threshold": threshold, **scores},
        lexicon=lexicon.version,
        epochs=history,
    )
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out, exclude=["vocab"])  # the features are hashed: no word list of the gold is kept
    types.to_disk(out / TRIGGER_TYPES_FILE)  # what it reads, whatever the lexicon becomes
    (out / METADATA_FILE).write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    return report
