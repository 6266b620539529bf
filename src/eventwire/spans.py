"""Named entities, sentences and span texts, at a cost linear in the span looked at.

spaCy's ``Span.ents`` and ``Doc.ents`` build every entity of the whole document on each call, so
asking for one sentence's entities once per sentence costs time quadratic in the document's length
(a 99 KB article of 4,300 short sentences took 77 s). These helpers read the IOB tags instead.

``Token.sent`` searches the sentence's boundaries on every call and ``Span.text`` joins its tokens'
texts; :func:`sentence_of` and :func:`span_text` give the same answers from the sentence starts and
the text of the document, kept in ``Doc.user_data`` (plain ints and a string) once the stages ask.
:func:`labelled_children` reads a token's children from an index of the parse made once per
document (``Token.children`` walks the subtree's edges, making a Token of every word, on each call);
:func:`tokens_where` makes Tokens only of the words with the parts of speech, labels or lower-case
texts asked for, and :func:`entities_in` reads no Token at all, both from columns of
``Doc.to_array`` kept once per document.
They assume, as the stages may, that the document's words, sentences and parse no longer change.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from functools import lru_cache

import numpy
from spacy.attrs import HEAD
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

_STARTS = "eventwire.sentence_starts"
_TEXT = "eventwire.text"
_CHILDREN = "eventwire.children"
_IOB_B, _IOB_I = 3, 1  # Token.ent_iob: 0 no tag, 1 "I", 2 "O", 3 "B"


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence of ``doc`` (as ``doc.sents``), computed once per document."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [sent.start for sent in doc.sents]
    return starts


def sentence_of(token: Token) -> Span:
    """The sentence ``token`` is part of (``token.sent``)."""
    doc = token.doc
    starts = sentence_starts(doc)
    k = bisect_right(starts, token.i)
    return doc[starts[k - 1] : starts[k] if k < len(starts) else len(doc)]


def keep_text(doc: Doc, text: str) -> None:
    """Give ``doc`` the text it was made from, which ``doc.text`` would join again token by token
    (the tokenizer keeps every character, so the two are equal)."""
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document (or kept from its making, :func:`keep_text`)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def column(doc: Doc, name: str) -> list[int]:
    """Attribute ``name`` ("POS", "DEP", "LOWER", "ENT_IOB", ...) of every token of ``doc``, as
    ``Doc.to_array`` gives it (strings as their ids in ``doc.vocab.strings``), read once per document."""
    key = "eventwire." + name.lower()
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc.to_array(name).tolist()
    return found


def entities_in(span: Span) -> list[Span]:
    """The named entities that lie wholly inside ``span``, in order (as ``span.ents``)."""
    doc = span.doc
    iob, types = column(doc, "ENT_IOB"), column(doc, "ENT_TYPE")
    found: list[Span] = []
    i = span.start
    while i < span.end:
        end = i + 1
        if iob[i] == _IOB_B:
            while end < len(doc) and iob[end] == _IOB_I:
                end += 1
            if end <= span.end:
                found.append(Span(doc, i, end, label=types[i]))
        i = end
    return found


def entity_at(token: Token) -> Span | None:
    """The named entity that ``token`` is part of, if any."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def named_whole(token: Token) -> Token:
    """The head word of the name whose last word ``token`` is, when a clause hangs on that word
    ("the Organisation for Islamic COOPERATION, which condemned": Organisation); else ``token``."""
    name = entity_at(token)
    if name is None or name.start == token.i or name.root.i == token.i:
        return token
    return name.root if token.i in subtree_set(name.root) else token


TIME_ENTS = frozenset({"DATE", "TIME"})
"""Entity labels of dates and times."""


def is_time(token: Token) -> bool:
    """True for a word of a date or time entity that stays within the word's own phrase ("Friday" in
    "on Friday", "night" in "on Friday night"); not for "Kyiv" in a "Kyiv overnight" that the
    recognizer made of a place and the time after it ("fired missiles at Kyiv overnight")."""
    if token.ent_type_ not in TIME_ENTS:
        return False
    entity = entity_at(token)
    return entity is None or (token.left_edge.i <= entity.start and entity.end - 1 <= token.right_edge.i)


def of_time(prep: Token) -> bool:
    """A preposition whose objects are all times ("on Friday", "in March")."""
    objects = labelled_children(prep, ("pobj",))
    return bool(objects) and all(is_time(o) for o in objects)


def _child_index(doc: Doc) -> tuple[list[tuple[int, ...]], list[str]]:
    """For each token of ``doc``, the positions of its children in order, and every token's label:
    read once per document into ``Doc.user_data`` (``Token.children`` walks the subtree's edges and
    makes a Token of every word on each call). The words without children share one empty tuple.
    Assumes the parse no longer changes, as the stages may."""
    found = doc.user_data.get(_CHILDREN)
    if found is None:
        offsets = doc.to_array(HEAD).astype("int64")  # heads as offsets, stored unsigned
        dependents = numpy.flatnonzero(offsets)
        heads = dependents + offsets[dependents]
        ordered = dependents[numpy.argsort(heads, kind="stable")].tolist()  # each head's children in order
        counts = numpy.bincount(heads, minlength=len(doc))
        parents = numpy.flatnonzero(counts)
        ends = numpy.cumsum(counts)[parents]
        starts = (ends - counts[parents]).tolist()
        kids: list[tuple[int, ...]] = [()] * len(doc)
        for head, start, end in zip(parents.tolist(), starts, ends.tolist(), strict=True):
            kids[head] = tuple(ordered[start:end])
        deps = column(doc, "DEP")  # shared with tokens_where
        names = {dep: doc.vocab.strings[dep] if dep else "" for dep in set(deps)}
        found = doc.user_data[_CHILDREN] = (kids, [names[dep] for dep in deps])
    return found


def labelled_children(token: Token, deps: Collection[str]) -> list[Token]:
    """``token``'s children whose label is in ``deps``, in order (as ``token.children``)."""
    doc = token.doc
    kids, labels = _child_index(doc)
    found = []
    for j in kids[token.i]:  # a loop: a comprehension's own call costs more than the few children
        if labels[j] in deps:
            found.append(doc[j])
    return found


def subtree_positions(token: Token) -> list[int]:
    """The positions of the words of ``token.subtree``, in its order (a word's left children's
    subtrees, the word, then its right children's subtrees), read from the child index: no Token made."""
    kids = _child_index(token.doc)[0]
    found: list[int] = []
    pending: list[int] = [token.i]  # a word to visit, or ~i: word i itself, once its lefts are done
    while pending:
        i = pending.pop()
        if i < 0:
            found.append(~i)
            continue
        children = kids[i]
        if not children:
            found.append(i)
            continue
        pending.extend([c for c in reversed(children) if c > i])
        pending.append(~i)
        pending.extend([c for c in reversed(children) if c < i])
    return found


def subtree_set(token: Token) -> set[int]:
    """The positions of the words of ``token.subtree``, as a set (cheaper than in its order)."""
    kids = _child_index(token.doc)[0]
    found = [token.i]
    for i in found:  # the list grows as it is read: each word's children after it
        found.extend(kids[i])
    return set(found)


def subtree_where(token: Token, deps: frozenset[str], ent_types: frozenset[str]) -> list[Token]:
    """The words of ``token.subtree``, in its order, whose label is in ``deps`` and whose entity type is
    in ``ent_types``: a Token is made only of the words that pass."""
    doc = token.doc
    dep_ids, type_ids = _string_ids(deps), _string_ids(ent_types)
    labels, types = column(doc, "DEP"), column(doc, "ENT_TYPE")
    return [doc[i] for i in subtree_positions(token) if labels[i] in dep_ids and types[i] in type_ids]


FINITE_TAGS = frozenset({"VBD", "VBZ"})
"""Tags of a verb with a finite tense of its own (not "VBP", which the tagger gives bare verbs too)."""


PRE_VERB_DEPS = frozenset({"aux", "auxpass", "advmod", "neg"})
"""Labels of the auxiliaries and adverbs that may stand between a verb and its subject."""


def stray_subject(verb: Token) -> Token | None:
    """The subject of a finite verb that the parser left without one and hung, with the noun phrase
    just before it, on the clause before: that phrase, taken for a conjunct of a word there ("the
    African Union suspended Madagascar's membership and THE SECRETARY-GENERAL condemned the coup",
    "freed the hostages on Monday and ISRAEL released prisoners"), also before the verb's own
    auxiliaries and adverbs ("had a summit in April and TRUMP has frequently praised Xi"), whether
    the parser made the verb a conjunct, a complement, the root or an unmarked adverbial clause.
    None for any other verb."""
    helpers = [c.i for c in verb.children if c.dep_ in PRE_VERB_DEPS and c.i < verb.i]
    finite = verb.tag_ in FINITE_TAGS or any(verb.doc[i].tag_ in (*FINITE_TAGS, "MD") for i in helpers)
    start = min(helpers, default=verb.i)
    unmarked = verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
    if start == 0 or not (verb.dep_ in ("conj", "ccomp", "ROOT") or unmarked) or not finite:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = verb.doc[start - 1]
    if name.dep_ != "conj" or name.pos_ not in ("NOUN", "PROPN") or name.head.i >= name.i:
        return None
    between = verb.doc[name.head.i + 1 : name.left_edge.i]
    return name if any(t.dep_ == "cc" and t.lower_ in ("and", "but") for t in between) else None


def is_participial_adjunct(verb: Token) -> bool:
    """True for a participle adjunct, which shares its clause's subject and time ("accused Peru,
    ADDING that ...", "fired tear gas, KILLING two people")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG"


def is_condition(clause: Token) -> bool:
    """True for a clause marked as a condition ("IF the vote goes ahead", "UNLESS they renounce it")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def is_to_infinitive(verb: Token) -> bool:
    """True for a verb with the infinitive marker "to" as its auxiliary ("agreed TO hold talks")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_bare_finite(clause: Token) -> bool:
    """True for a clause with a subject whose verb, or passive "be", is bare and has no other
    auxiliary: the subjunctive's form ("that Russia WITHDRAW", "that he BE dismissed"; "that Cuba HAS"
    and "that it WILL" are not)."""
    if any(c.dep_ == "aux" for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    passive = [c for c in clause.children if c.dep_ == "auxpass"]
    return passive[0].tag_ == "VB" if passive else clause.tag_ == "VB"


@lru_cache(maxsize=256)
def _string_ids(values: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    """The ids of ``values`` in every ``Vocab.strings`` (the same in each: hashes, or spaCy's symbols)."""
    return frozenset(get_string_id(value) for value in values)


def tokens_where(
    span: Span,
    *,
    pos: frozenset[str] | tuple[str, ...] = (),
    deps: frozenset[str] | tuple[str, ...] = (),
    lower: frozenset[str] | tuple[str, ...] = (),
) -> list[Token]:
    """The tokens of ``span`` whose part of speech (``Token.pos_``) is in ``pos``, whose label
    (``Token.dep_``) is in ``deps`` or whose lower-case text (``Token.lower_``) is in ``lower``, in
    order: a Token is made only of the words that pass."""
    doc = span.doc
    found: set[int] = set()
    for name, wanted in (("POS", pos), ("DEP", deps), ("LOWER", lower)):
        if wanted:
            ids = _string_ids(wanted)
            values = column(doc, name)[span.start : span.end]
            found.update([i for i, value in enumerate(values, span.start) if value in ids])
    return [doc[i] for i in sorted(found)]
