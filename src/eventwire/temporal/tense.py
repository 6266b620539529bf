"""A cheap, cue-based guess of whether a sentence talks about the past or the future."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventwire.temporal.lexicon import load_lexicon
from eventwire.temporal.types import Tense

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_AUXILIARIES = frozenset(
    {"be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "get", "got"}
)
# words that may stand between an auxiliary and its participle ("will be FORMALLY named", "has NOT
# signed"): they do not end the auxiliary's reach
_BETWEEN = frozenset(
    {"not", "also", "already", "just", "still", "never", "ever", "yet", "then", "now", "since"}
)
_BOUNDARY = re.compile(r"[,;:()\u2014]|\s-\s|\b(?:that|but|while|because|although|whereas)\b")


@cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    lex = load_lexicon()
    cues = lex.future_cues if kind == "future" else lex.past_cues
    alternatives = [
        ("" if cue.startswith("'") else r"(?<![a-z'])") + re.escape(cue).replace(r"\ ", r"\s+")
        for cue in sorted(cues, key=len, reverse=True)
    ]
    return re.compile("(?:" + "|".join(alternatives) + r")(?![a-z])")


def guess_tense(sentence: str) -> Tense:
    """``"future"`` if the sentence has a future cue ("will", "plans to", "next", ...), else
    ``"past"`` if it has a past cue ("said", "was", "ago", a verb in -ed ...), else ``None``.

    Future cues win because news sentences about plans are usually framed by a past
    reporting verb ("officials said the talks will resume").
    """
    found = {tense for _, _, tense in _cue_spans(sentence.lower().replace("\u2019", "'"))}
    if "future" in found:
        return "future"
    return "past" if "past" in found else None


@lru_cache(maxsize=1024)  # a sentence's cues, asked again for each of its time expressions
def _cue_spans(lowered: str) -> tuple[tuple[int, int, Tense], ...]:
    spans: list[tuple[int, int, Tense]] = [
        (m.start(), m.end(), "future") for m in _cue_pattern("future").finditer(lowered)
    ]
    spans += [(m.start(), m.end(), "past") for m in _cue_pattern("past").finditer(lowered)]
    skip = load_lexicon().not_past_ed
    previous = ""
    for match in _WORD.finditer(lowered):
        word = match.group(0)
        participle = previous in _AUXILIARIES
        if len(word) > 4 and word.endswith("ed") and word not in skip and not participle:
            spans.append((match.start(), match.end(), "past"))
        if word not in _BETWEEN and not (word.endswith("ly") and len(word) > 4):
            previous = word
    return tuple(spans)


def guess_tense_at(sentence: str, start: int, end: int) -> Tense:
    """The tense of the cue nearest to ``sentence[start:end]`` (a time expression).

    Nearness counts clause boundaries first (commas, "that", "but" ...) and words second, so
    "said Tuesday he will ..." is past for "Tuesday" and "will begin on April 7, the agency
    said" is future for "April 7". Cues inside the expression itself are ignored. Ties go to
    the future; a sentence without cues gives ``None``.
    """
    lowered = sentence.lower().replace("\u2019", "'")
    best: tuple[int, int, int] | None = None
    chosen: Tense = None
    for cue_start, cue_end, tense in _cue_spans(lowered):
        if cue_start < end and start < cue_end:
            continue
        left, right = (cue_end, start) if cue_end <= start else (end, cue_start)
        between = lowered[left:right]
        key = (len(_BOUNDARY.findall(between)), len(between.split()), 0 if tense == "future" else 1)
        if best is None or key < best:
            best, chosen = key, tense
    return chosen
