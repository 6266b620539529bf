"""``eventwire_learned``: a learned second opinion on which PLOVER types each sentence reports.

Reads the sentences, lemmas, POS, entities and dependency parse of the doc and ``Doc._.event_frames``
(written by ``eventwire_events``). Writes ``Span._.type_scores`` on every sentence (PLOVER type ->
probability from the bundled ``textcat_multilabel`` classifier, trained by ``eventwire train
sentence-types``; ``None`` for a sentence too long to code), and, by the rules of events/blend.py,
drops, re-types or adds frames in ``Doc._.event_frames``. It runs before ``eventwire_actors``, so a
proposed frame's source and target heads are resolved to actors like the rules' own.

The classifier is loaded in ``initialize()`` from ``model_path`` (empty: the bundled
``data/models/sentence_types``), never downloaded.
"""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.attribution import find_attribution, load_attribution_lexicon
from eventwire.data import data_path, load_yaml
from eventwire.errors import DataFileError
from eventwire.events import phrasal, roles
from eventwire.events.blend import BlendRules, judge, proposal
from eventwire.events.cues import load_factuality_cues
from eventwire.events.factuality import determined_by_no, factuality
from eventwire.events.features import NAME_TYPES, TRIGGER_TYPES_FILE, TriggerTypes, feature_words
from eventwire.events.frames import EventFrame, without_mishaps
from eventwire.events.lexicon import Lexicon, Sense, load_lexicon
from eventwire.events.nonevents import editorial_note, is_idiom
from eventwire.nlp.blank import BLANK_TOKENIZER
from eventwire.spans import entities_in, sentence_of, subtree_set
from eventwire.stage import EVENT_FRAMES, Stage

PIPE_NAME = "textcat_multilabel"
PROPOSAL_WEIGHT = 0.8  # a proposed event's confidence is the classifier's probability times this
_SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"})
_PROMISES = frozenset({"AGREE"})  # a speaker's own promise when nothing reported names another act
_TARGET_PREPS = ("against", "on", "with", "to", "for")

TYPE_SCORES = "span._.type_scores"
if not Span.has_extension("type_scores"):
    Span.set_extension("type_scores", default=None)


def bundled_model_path() -> Path:
    return Path(str(data_path("models", "sentence_types")))


def probabilities(classifier: Language, docs: Sequence[Doc]) -> list[dict[str, float]]:
    """Each doc's probability for every label of the classifier pipe of ``classifier``."""
    if not docs:
        return []
    textcat: Any = classifier.get_pipe(PIPE_NAME)
    scores = textcat.model.ops.to_numpy(textcat.model.predict(list(docs)))
    return [{label: float(row[i]) for i, label in enumerate(textcat.labels)} for row in scores]


def load_classifier(path: Path) -> Language:
    """The saved classifier pipeline at ``path``; a missing or broken one is a :class:`DataFileError`.

    The classifier reads Docs made from feature words, never text, so its saved tokenizer is not loaded.
    """
    try:
        classifier = spacy.load(path, exclude=["tokenizer"], config=BLANK_TOKENIZER)
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot load the sentence-type classifier at {path}: {exc}") from None
    if PIPE_NAME not in classifier.pipe_names:
        raise DataFileError(f"{path} holds no {PIPE_NAME} pipe")
    return classifier


def trigger_types(model: Path, lexicon: Lexicon) -> TriggerTypes:
    """The trigger types saved with the classifier at ``model``; a classifier saved before they were
    kept reads those of ``lexicon``."""
    saved = model / TRIGGER_TYPES_FILE
    return TriggerTypes.from_disk(saved) if saved.exists() else TriggerTypes.of_lexicon(lexicon)


def default_cameo(lexicon: Lexicon) -> dict[str, str]:
    """The CAMEO code of each PLOVER type for events without a lexicon sense (data/events/learned.yaml)."""
    codes = dict(load_yaml("events", "learned.yaml")["default_cameo"])
    for plover, code in codes.items():
        info = lexicon.cameo.get(code)
        if info is None or info.plover_type != plover:
            raise DataFileError(f"learned.yaml: CAMEO {code} is not a {plover} code")
    return codes


class LearnedTypesComponent(Stage):
    """Writes ``Span._.type_scores`` on each sentence; drops, re-types or adds ``Doc._.event_frames``."""

    def __init__(self, name: str, model_path: str, max_sentence_chars: int, rules: BlendRules) -> None:
        self.name = name
        self.model_path = Path(model_path) if model_path else None
        self.max_sentence_chars = max_sentence_chars
        self.rules = rules
        self.classifier: Language | None = None
        self.lexicon: Lexicon | None = None
        self.trigger_types: TriggerTypes | None = None
        self.attribution = load_attribution_lexicon()
        self.cameo: dict[str, str] = {}

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: Path | None = None,
    ) -> None:
        """Load the classifier (``model_path``, else the bundled one), the trigger types it was
        trained on, and the event lexicon (``lexicon_path``, else the bundled one) the rules read."""
        model = self.model_path or bundled_model_path()
        self.classifier = load_classifier(model)
        self.lexicon = load_lexicon(lexicon_path)
        self.trigger_types = trigger_types(model, self.lexicon)
        self.cameo = default_cameo(self.lexicon)
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        assert self.classifier is not None and self.trigger_types is not None
        sents = [s for s in doc.sents if s.end_char - s.start_char <= self.max_sentence_chars]  # len(s.text)
        inputs = [Doc(doc.vocab, words=feature_words(s, self.trigger_types)) for s in sents]
        scores: dict[int, dict[str, float]] = {}
        for sent, probs in zip(sents, probabilities(self.classifier, inputs), strict=True):
            sent._.type_scores = probs
            scores[sent.start] = probs
        doc._.event_frames = self.blend(doc._.event_frames or [], sents, scores)
        return doc

    def blend(
        self, frames: list[EventFrame], sents: list[Span], scores: Mapping[int, Mapping[str, float]]
    ) -> list[EventFrame]:
        kept: list[EventFrame] = []
        for frame in frames:
            probs = scores.get(sentence_of(frame.anchor).start, {})
            verdict = judge(frame.sense.type, frame.sense.confidence, probs, self.rules)
            if verdict[0] == "drop":
                continue
            if verdict[0] == "retype":
                new = verdict[1]
                frame.sense = self.sense(new, frame.trigger, min(frame.sense.confidence, probs[new]))
            kept.append(frame)
        covered = {sentence_of(f.anchor).start for f in frames}
        for sent in sents:
            chosen = None if sent.start in covered else proposal(scores[sent.start], self.rules)
            if chosen is not None and not editorial_note(sent):
                proposed = self.propose(sent, chosen, scores[sent.start][chosen] * PROPOSAL_WEIGHT)
                if proposed is not None:
                    kept.extend(without_mishaps([proposed]))
        return kept

    def sense(self, plover: str, trigger: Token, confidence: float) -> Sense:
        """The trigger's own lexicon sense of type ``plover`` if it has one, else the type's default."""
        assert self.lexicon is not None
        if trigger.pos_ == "VERB":
            candidates = [s for k in phrasal.phrasal_keys(trigger) for s in self.lexicon.verbs.get(k, ())]
        else:
            candidates = list(self.lexicon.nouns.get(trigger.lemma_.lower(), ()))
        own = next((s for s in candidates if s.type == plover and not s.when), None)
        if own is not None:
            return replace(own, confidence=round(confidence, 3))
        code = self.cameo[plover]
        return Sense(plover, code, None, None, (), (), {}, round(confidence, 3))

    def _rule_trigger(self, verb: Token, plover: str) -> bool:
        """True for a verb the lexicon knows as a trigger of type ``plover``: the rules have judged
        that reading and made no event of it here ("the Senate killed the bill" is no ASSAULT), or
        a verb whose subject receives the act ("drew criticism"). A verb the lexicon knows only in
        other types is open to the classifier ("the campaign released an ad" may criticise)."""
        assert self.lexicon is not None
        keys = phrasal.phrasal_keys(verb)
        return any(k in self.lexicon.receiving_verbs for k in keys) or any(
            sense.type == plover for k in keys for sense in self.lexicon.verbs.get(k, ())
        )

    def _warning(self, verb: Token) -> bool:
        """True for a verb of warning ("warned", "cautioned": the lexicon's ``cautions``): it can
        carry no attack, aid or sanction the classifier reads in its sentence."""
        assert self.lexicon is not None
        cautions = self.lexicon.cautions
        return cautions is not None and verb.lemma_.lower() in cautions.speech_verbs

    def propose(self, sent: Span, plover: str, confidence: float) -> EventFrame | None:
        """A frame of type ``plover`` on the sentence's main clause: the speaker for speech acts, the
        clause reported for other acts and for agreements (a speaker's own promise when it reports
        no act); None when that clause has no verb or no subject."""
        anchor = _main_clause(sent, plover, self.attribution.reporting_verbs)
        if anchor is None or self._rule_trigger(anchor, plover) or _found_nothing(anchor):
            return None
        if plover not in _SPEECH_TYPES and self._warning(anchor):
            return None
        assert self.lexicon is not None
        if is_idiom(anchor, self.lexicon):
            return None
        sources = roles.subject(anchor)
        if not sources:
            return None
        targets = _targets(anchor, self.attribution.reporting_verbs)
        near = [t for c in roles.children(anchor, "ccomp") for t in roles.subject(c)] + roles.xcomp_objects(
            anchor
        )
        own = set().union(*(subtree_set(s) for s in sources))
        said = _said(anchor, sent, self.attribution.reporting_verbs) - own
        far = [e.root for e in entities_in(sent) if e.label_ in NAME_TYPES and e.root.i in said]
        return EventFrame(
            trigger=anchor,
            anchor=anchor,
            sense=self.sense(plover, anchor, confidence),
            source_heads=sources,
            target_heads=targets,
            fallback_heads=near,
            fallback_foreign=far,
            factuality=factuality(anchor, anchor, self.attribution.reporting_verbs),
            attribution=find_attribution(anchor, sent, self.attribution),
            proposed=True,
        )


def _found_nothing(verb: Token) -> bool:
    """A clause whose object is "no ..." ("police had found no evidence of gunfire", "saw no sign of
    troops"): what the classifier reads in it did not happen. "left no doubt" affirms (the factuality
    cues' ``affirming_nouns``)."""
    affirming = load_factuality_cues().affirming_nouns
    return any(determined_by_no(o) and o.lemma_.lower() not in affirming for o in roles.direct_object(verb))


def _targets(anchor: Token, reporting: frozenset[str]) -> list[Token]:
    """The anchor's object and its objects of "against", "on", "with", "to", "for". A reporting
    verb's object and "to" phrase are its audience ("told reporters", "said to parliament"), not the
    target of what is said, unless it is told to act ("told Iran to stop")."""
    audience = anchor.lemma_.lower() in reporting and not roles.children(anchor, "xcomp")
    preps = [w for w in _TARGET_PREPS if not (audience and w == "to")]
    objects = [] if audience else roles.direct_object(anchor)
    return [*objects, *(o for w in preps for o in roles.prep_objects(anchor, w))]


_SAID_DEPS = ("ccomp", "parataxis", "xcomp", "dobj", "advcl")


def _said(anchor: Token, sent: Span, reporting: frozenset[str]) -> set[int]:
    """The tokens a proposal's target may be named in: for a speech verb, what is said (not where
    or with whom it is said: "Trump said at a news conference with Vietnam's president"); for another
    verb, the whole sentence."""
    if anchor.lemma_.lower() not in reporting:
        return {t.i for t in sent}
    return set().union(*(subtree_set(c) for c in anchor.children if c.dep_ in _SAID_DEPS))


def _main_clause(sent: Span, plover: str, reporting: frozenset[str]) -> Token | None:
    """The verb that carries the sentence's event: the root, or the clause a reporting root reports
    when the event is not itself a speech act ("police arrested ..., officials said", "Obama said
    Google would provide Wi-Fi": Google's offer), else the root for an agreement."""
    root = sent.root
    if root.pos_ != "VERB":
        return None
    if root.lemma_.lower() in reporting and plover not in _SPEECH_TYPES:
        reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB"]
        return reported[0] if reported else (root if plover in _PROMISES else None)
    return root


@Language.factory(
    "eventwire_learned",
    assigns=[TYPE_SCORES, EVENT_FRAMES],
    requires=[EVENT_FRAMES, "doc.sents", "token.dep", "token.lemma", "token.pos", "token.ent_type"],
    default_config={
        "model_path": "",
        "max_sentence_chars": 5000,
        "veto": BlendRules.veto,
        "retype": BlendRules.retype,
        "propose": BlendRules.propose,
        "veto_below": BlendRules.veto_below,
        "weak_prior": BlendRules.weak_prior,
        "retype_below": BlendRules.retype_below,
        "retype_above": BlendRules.retype_above,
        "propose_above": BlendRules.propose_above,
        "accuse_above": BlendRules.accuse_above,
    },
)
def make_learned(
    nlp: Language,
    name: str,
    model_path: str,
    max_sentence_chars: int,
    veto: bool,
    retype: bool,
    propose: bool,
    veto_below: float,
    weak_prior: float,
    retype_below: float,
    retype_above: float,
    propose_above: float,
    accuse_above: float,
) -> LearnedTypesComponent:
    rules = BlendRules(
        veto, retype, propose, veto_below, weak_prior, retype_below, retype_above, propose_above, accuse_above
    )
    return LearnedTypesComponent(name, model_path, max_sentence_chars, rules)
