"""A one-verb user lexicon and a hand-parsed sentence that uses it, for stage tests without the model.

A module of its own with a name no other test folder uses, imported by name like fake_coder.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

PARLEY_LEXICON = """\
version: "user-1"
light_verbs: [hold]
verbs:
  parley: [{type: CONSULT, cameo: "040"}]
nouns:
  parley: [{type: CONSULT, cameo: "040"}]
"""


def parley_doc(vocab: Vocab) -> Doc:
    """ "Ruritania parleyed with Freedonia." with a hand-made parse."""
    return Doc(
        vocab,
        words=["Ruritania", "parleyed", "with", "Freedonia", "."],
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["Ruritania", "parley", "with", "Freedonia", "."],
    )
