"""Paragraph breaks are sentence boundaries: the ``eventwire_paragraphs`` component, run before the parser.

The parser may join two paragraphs when the first ends in an abbreviation ("... Acme Corp.\\n\\nThe
ministry said ..."); a blank line always starts a new sentence. The parser keeps boundaries that
are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "eventwire_paragraphs"


def paragraph_starts(doc: Doc) -> list[int]:
    """The index of the first word after each whitespace run holding a blank line."""
    return [token.i + 1 for token in doc[:-1] if token.is_space and token.text.count("\n") >= 2]


@Language.component(PARAGRAPHS)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word after a whitespace run holding a blank line."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
