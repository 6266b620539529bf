"""A tokenizer without rules, for loading spaCy pipelines whose saved tokenizer is not needed or
replaces the rules anyway.

``spacy.load`` makes the tokenizer the pipeline's config names, with its language's rules, before
``from_disk`` reads the saved tokenizer over it: for English 1,347 special cases and the affix
expressions, 0.06 s of every start, then thrown away. Loaded with :data:`BLANK_TOKENIZER` as config
override, a pipeline starts from a tokenizer without rules instead, which its saved tokenizer then
fills (the English model: the same tokenizer, byte for byte, tests/nlp/test_pipeline.py) or which stays
empty when it is excluded (the sentence-type classifier, which reads Docs made from feature words).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

BLANK_TOKENIZER: dict[str, Any] = {"nlp": {"tokenizer": {"@tokenizers": "eventwire.blank_tokenizer.v1"}}}


@spacy.registry.tokenizers("eventwire.blank_tokenizer.v1")
def _blank_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules: it is made at once."""
    return lambda nlp: Tokenizer(nlp.vocab)
