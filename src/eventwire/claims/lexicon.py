"""The claims data (``data/claims.yaml``): proposition families by CAMEO prefix and stance cues."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from eventwire.data import load_yaml, parse_words
from eventwire.errors import DataFileError
from eventwire.events.cues import load_factuality_cues


@dataclass(frozen=True)
class ClaimsLexicon:
    families: dict[str, str]
    hearsay: re.Pattern[str]
    confirm: re.Pattern[str]
    claim_noun: re.Pattern[str]
    media_words: frozenset[str]
    window_days: int
    counter_sentences: int
    denying_words: frozenset[str]
    ambiguous_words: frozenset[str]

    def family(self, cameo: str) -> str:
        """The family of a CAMEO code: its longest listed prefix, else its two-digit root."""
        for length in range(len(cameo), 1, -1):
            found = self.families.get(cameo[:length])
            if found:
                return found
        return f"cameo-{cameo[:2]}"


@cache
def load_claims_lexicon() -> ClaimsLexicon:
    """The bundled claims data (``data/claims.yaml``), read once."""
    raw = load_yaml("claims.yaml")

    def words(name: str) -> list[str]:
        parse_words(raw.get(name), f"claims.yaml: '{name}'")  # checked: distinct lower-case words
        return list(raw[name])

    prefixes: dict[str, str] = {}
    for family, codes in raw["families"].items():
        for code in codes:
            if code in prefixes:
                raise DataFileError(f"claims.yaml: CAMEO prefix {code} is in {prefixes[code]} and {family}")
            prefixes[str(code)] = family
    return ClaimsLexicon(
        families=prefixes,
        hearsay=_words(words("hearsay_cues")),
        confirm=_words(words("confirm_cues")),
        claim_noun=_words(words("claim_nouns")),
        media_words=frozenset(words("media_words")),
        window_days=int(raw["window_days"]),
        counter_sentences=int(raw["counter_sentences"]),
        denying_words=_inflections(load_factuality_cues().denial_verbs),
        ambiguous_words=_inflections(words("ambiguous_denials")),
    )


def _words(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def _inflections(verbs: Iterable[str]) -> frozenset[str]:
    """The forms of the denial verbs of data/factuality.yaml ("deny": denies, denied, denying, denial)."""
    forms: set[str] = set()
    for verb in verbs:
        if verb.endswith("y"):
            stem = verb[:-1]
            forms.update({verb, stem + "ies", stem + "ied", verb + "ing", stem + "ial"})
        elif verb.endswith("e"):
            forms.update({verb, verb + "s", verb + "d", verb[:-1] + "ing"})
        else:
            doubled = verb + verb[-1]  # rebut -> rebutted
            third = verb + ("es" if verb.endswith("s") else "s")
            forms.update({verb, third, verb + "ed", verb + "ing", doubled + "ed", doubled + "ing"})
    return frozenset(forms)
