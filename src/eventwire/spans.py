"""Named entities read from tokens, at a cost linear in the span looked at.

spaCy's ``Span.ents`` and ``Doc.ents`` build every entity of the whole document on each call, so
asking for one sentence's entities once per sentence costs time quadratic in the document's length
(a 99 KB article of 4,300 short sentences took 77 s). These helpers read the IOB tags instead.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def entities_in(span: Span) -> list[Span]:
    """The named entities that lie wholly inside ``span``, in order (as ``span.ents``)."""
    doc = span.doc
    found: list[Span] = []
    i = span.start
    while i < span.end:
        token = doc[i]
        end = i + 1
        if token.ent_iob_ == "B":
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= span.end:
                found.append(Span(doc, i, end, label=token.ent_type_))
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
