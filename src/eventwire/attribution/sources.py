"""Find the reporting clause that governs an event and classify its source.

Reads the dependency parse only. A claim is attributed to the subject of the nearest reporting verb
above the event ("..., sources said"), a reporting verb attached beside it (parataxis), or an
"according to X" phrase. The source's kind is decided from its head noun and named entities:
anonymous ("two people familiar with the matter"), official (a spokesman, a ministry, a government),
media (a newspaper, CNN) or named (a person).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from eventwire.data import load_yaml, parse_words
from eventwire.models import AttributionKind
from eventwire.spans import entities_in, is_participial_adjunct, tokens_where

_CLAUSE_DEPS = frozenset(
    {"ccomp", "parataxis", "advcl", "conj", "xcomp", "acl", "relcl", "pcomp", "dobj", "acomp"}
)


@dataclass(frozen=True)
class AttributionLexicon:
    reporting_verbs: frozenset[str]
    anonymous_heads: frozenset[str]
    anonymous_cues: tuple[str, ...]
    official_heads: frozenset[str]
    spokes_words: frozenset[str]
    media_heads: frozenset[str]
    media_names: frozenset[str]


@cache
def load_attribution_lexicon() -> AttributionLexicon:
    """The bundled cues (``data/attribution.yaml``), read once."""
    raw = load_yaml("attribution.yaml")

    def words(name: str) -> frozenset[str]:
        return parse_words(raw.get(name), f"attribution.yaml: '{name}'")

    return AttributionLexicon(
        reporting_verbs=words("reporting_verbs"),
        anonymous_heads=words("anonymous_heads"),
        anonymous_cues=tuple(sorted(words("anonymous_cues"))),
        official_heads=words("official_heads"),
        spokes_words=words("spokes_words"),
        media_heads=words("media_heads"),
        media_names=frozenset(name.lower() for name in raw["media_names"]),
    )


@dataclass(frozen=True)
class AttributionFrame:
    """The source phrase of a claim: its text, its head token (for actor resolution) and kind."""

    text: str | None
    head: Token | None
    kind: AttributionKind
    verb: Token | None = None


NO_ATTRIBUTION = AttributionFrame(text=None, head=None, kind="none")


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or for a verb that shares one the subject it shares: a conjunct ("denied
    any involvement and said ...") or a participle ("accused the rebels, adding that ...")."""
    node = verb
    while True:
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if not (node.dep_ == "conj" or is_participial_adjunct(node)):
            return None
        node = node.head


def _phrase(head: Token) -> Span:
    tokens = [t for t in head.subtree if not (t.dep_ in ("relcl", "acl") and t.head == head)]
    kept = [t for t in tokens if not any(a.dep_ in ("relcl",) and a.head == head for a in t.ancestors)]
    start = min(t.i for t in kept)
    end = max(t.i for t in kept) + 1
    span = head.doc[start:end]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _core_head(head: Token) -> Token:
    """ "One of the sources" -> "sources"; "two of his aides" -> "aides"."""
    if head.lower_ in ("one", "two", "three", "some", "many", "several", "all", "most"):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return head


def classify(head: Token, lex: AttributionLexicon) -> AttributionKind:
    """The kind of a source phrase headed by ``head``."""
    core = _core_head(head)
    phrase = _phrase(head)
    text = phrase.text.lower()
    lemma = core.lemma_.lower()
    if any(cue in text for cue in lex.anonymous_cues) or lemma in lex.anonymous_heads:
        return "anonymous"
    if text.removeprefix("the ") in lex.media_names or lemma in lex.media_heads:
        return "media"
    if any(ent.label_ == "ORG" and ent.text.lower() in lex.media_names for ent in entities_in(phrase)):
        return "media"
    if lemma in lex.official_heads or any(t.lemma_.lower() in lex.spokes_words for t in phrase):
        return "official"
    if core.ent_type_ in ("GPE", "NORP", "ORG"):
        return "official"
    return "named"


def _according_to(sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "according":
            for child in token.children:
                if child.lower_ == "to":
                    return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})  # marks of a report, not of a circumstance


def _reporting_child(anchor: Token, lex: AttributionLexicon) -> Token | None:
    """The reporting verb that follows its report ("X rejected the talks, Y said"); not one that a
    subordinating word makes a circumstance of it ("a day after Y said", "as Y said")."""
    for child in anchor.children:
        reporting = (
            child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_.lower() in lex.reporting_verbs
        )
        subordinate = any(c.dep_ == "mark" and c.lower_ not in _COMPLEMENTIZERS for c in child.children)
        if reporting and not subordinate and _subject(child) is not None and child.i > anchor.i:
            return child
    return None


def _reporting_ancestor(anchor: Token, lex: AttributionLexicon) -> Token | None:
    """The reporting verb whose report holds ``anchor``; none when ``anchor`` is part of who reports
    ("Hezbollah, which Washington considers a terrorist group, said": the reporter's description,
    not its report)."""
    node = anchor
    while node.head != node:
        if node.dep_ not in _CLAUSE_DEPS and node.dep_ not in ("prep", "pobj", "nsubj", "advmod", "mark"):
            return None
        speaker = node.dep_ == "nsubj"
        node = node.head
        if node.lemma_.lower() in lex.reporting_verbs and node.pos_ in ("VERB", "AUX"):
            return None if speaker else node
    return None


def find_attribution(
    anchor: Token, sentence: Span, lex: AttributionLexicon | None = None
) -> AttributionFrame:
    """Who the event anchored at ``anchor`` is attributed to in ``sentence``."""
    lex = lex or load_attribution_lexicon()
    verb = _reporting_ancestor(anchor, lex) or _reporting_child(anchor, lex)
    if verb is not None:
        subject = _subject(verb)
        if subject is not None:
            return AttributionFrame(_phrase(subject).text, subject, classify(subject, lex), verb)
        by_agent = _according_to(sentence)
        if by_agent is None:
            return AttributionFrame(None, None, "none", verb)
    source = _according_to(sentence)
    if source is not None:
        return AttributionFrame(_phrase(source).text, source, classify(source, lex))
    return NO_ATTRIBUTION


_OPENING = frozenset({'"', "\u201c"})
_CLOSING = frozenset({'"', "\u201d"})
_MARKS = _OPENING | _CLOSING  # each its own lower case: found by Token.lower_


def _quote_state(sent: Span, was_open: bool, lost: bool = False) -> tuple[bool, bool, bool]:
    """Whether ``sent`` starts with an opening quotation mark, whether it has any quotation mark,
    and whether a quotation is still open at its end (straight marks open and close in turn, curly
    ones by their shape). In a text whose marks were ``lost`` (:func:`lost_marks`), each extra space
    stands for a straight mark."""
    marks = ['"' if t.is_space else t.text for t in sent if t.lower_ in _MARKS or (lost and _lost_mark(t))]
    first = next((t for t in sent if not t.is_space), None)
    starts = first is not None and first.text in _OPENING
    is_open = was_open
    for mark in marks:
        is_open = (not is_open) if mark == '"' else mark in _OPENING
    return starts, bool(marks), is_open


def _lost_mark(token: Token) -> bool:
    """An extra space within a line, where a text that lost its quotation marks had one."""
    return token.is_space and "\n" not in token.text


_PERSONS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def _in_person(sent: Span) -> bool:
    """True for a sentence that speaks in the first or second person, as quoted words do and the
    reporter's own do not: where the marks were lost, only such a sentence is taken to go on with
    a quotation ("We are very close to an agreement."), not the story's next line."""
    return any(t.lower_ in _PERSONS and t.pos_ == "PRON" for t in sent)


def lost_marks(sents: list[Span], lex: AttributionLexicon) -> bool:
    """True for a text whose quotation marks were replaced by spaces, as some copies of wire text
    are: it has no mark at all, and a reporting clause follows a comma and an extra space
    ("...these four zones,  Lavrentyev said.")."""
    if any(t.lower_ in _MARKS for sent in sents for t in sent):
        return False
    for sent in sents:
        for token in sent[1:-1]:
            after = token.doc[token.i + 1 : min(token.i + 6, sent.end)]
            if (
                _lost_mark(token)
                and token.doc[token.i - 1].text == ","
                and any(t.lemma_.lower() in lex.reporting_verbs for t in after)
            ):
                return True
    return False


def _reporter(sent: Span, lex: AttributionLexicon) -> Token | None:
    """The subject of a reporting verb of ``sent`` ("...," he said), if any."""
    for token in tokens_where(sent, pos=("VERB", "AUX")):
        if token.lemma_.lower() in lex.reporting_verbs:
            subject = _subject(token)
            if subject is not None:
                return subject
    return None


def continued_quotes(
    sents: Iterable[Span], lex: AttributionLexicon | None = None
) -> dict[int, AttributionFrame]:
    """The speakers of sentences that only go on with a quotation of the sentence before, by their
    start: '"We condemn the decision," he said. "We reject the sanctions."' - the second sentence is
    his too. Such a sentence has no reporting verb of its own and opens with a quotation mark, or
    lies inside a quotation left open. In a text that lost its marks, the spaces left for them count,
    and only a sentence in the first or second person goes on with a quotation."""
    lex = lex or load_attribution_lexicon()
    sents = list(sents)
    lost = lost_marks(sents, lex)
    found: dict[int, AttributionFrame] = {}
    speaker: Token | None = None  # of the quotation the sentence before was part of
    is_open = False
    for sent in sents:
        starts, marked, still_open = _quote_state(sent, is_open, lost)
        own = _reporter(sent, lex)
        if own is None and speaker is not None and (starts or is_open) and (not lost or _in_person(sent)):
            found[sent.start] = AttributionFrame(_phrase(speaker).text, speaker, classify(speaker, lex))
        else:
            speaker = own if marked or still_open else None
        is_open = still_open
    return found
