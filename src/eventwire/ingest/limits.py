"""Size limits and cheap sanity checks on article text, with one-line notes saying what was done.

Two limits keep the spaCy parser's time and memory bounded whatever the input:

- ``max_chars``: an article longer than this is cut to its first ``max_chars`` characters (at a word
  boundary when one is near);
- ``max_sentence_chars``: a stretch of text with no sentence end (``.``, ``!``, ``?``, their CJK and
  Devanagari forms, or a line break) longer than this is where the article is cut, keeping the first
  ``max_sentence_chars`` characters of that stretch (at a word boundary when one is near).

Either way ``Article.text`` stays a prefix of the normalised input and ``Article.truncated_from`` holds
the normalised length, so every span still indexes into the text that was coded.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u0964]|\n")
_WORD = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile("[^\x00-\x7f\u00c0-\u024f]")  # not ASCII, Latin-1 letters or Latin Extended-A and -B
_ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "a", "about", "after", "against", "all", "also", "an", "and", "are", "as", "at", "be", "been",
        "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "i", "in", "is", "it", "its",
        "not", "of", "on", "or", "our", "over", "said", "says", "she", "than", "that", "the", "their",
        "them", "there", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with", "would",
    }
)  # fmt: skip
MIN_WORDS_TO_JUDGE = 12
MIN_LETTERS_TO_JUDGE = 20
MIN_ENGLISH_SHARE = 0.15
MIN_LATIN_SHARE = 0.5


def long_stretch(text: str, limit: int) -> int | None:
    """Start of the first stretch of ``text`` with no sentence end that is longer than ``limit``, or None."""
    start = 0
    for end in (*(m.start() for m in _SENTENCE_END.finditer(text)), len(text)):
        while start < end and text[start].isspace():
            start += 1
        if end - start > limit:
            return start
        start = end + 1
    return None


def cut_point(text: str, end: int) -> int:
    """``end``, moved back to the last space within 200 characters so no word is split."""
    space = text.rfind(" ", max(0, end - 200), end)
    return space if space > 0 else end


def apply_limits(text: str, max_chars: int | None, max_sentence_chars: int | None) -> tuple[str, str | None]:
    """``text`` cut to the limits, and a note saying which limit cut it (None when nothing was cut)."""
    note = None
    if max_chars is not None and len(text) > max_chars:
        text = text[: cut_point(text, max_chars)].rstrip()
        note = f"longer than the limit of {max_chars} characters (--max-chars)"
    if max_sentence_chars is not None:
        start = long_stretch(text, max_sentence_chars)
        if start is not None:
            text = text[: cut_point(text, start + max_sentence_chars)].rstrip()
            note = (
                f"a sentence at character {start} runs over the limit of {max_sentence_chars} characters "
                "(--max-sentence-chars); the article was cut inside it"
            )
    return text, note


def truncation_note(original: int, kept: int, reason: str) -> str:
    """The one-line report of a cut article."""
    return f"article truncated to {kept} of {original} characters: {reason}"


def english_share(text: str) -> tuple[int, int, float, float]:
    """Words and letters of the first 20,000 characters; shares of English function words, Latin letters."""
    words = _WORD.findall(text[:20_000])
    if not words:
        return 0, 0, 0.0, 0.0
    joined = "".join(words)
    letters = len(joined)
    latin = letters - len(_NOT_LATIN.findall(joined))  # the few others found, not every Latin letter
    english = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, words)))
    return len(words), letters, english / len(words), latin / letters


def language_note(text: str) -> str | None:
    """A warning when the text does not look like English (None when it does or is too short to judge).

    The heuristic: mostly non-Latin letters (over 20 letters seen), or, over 12 words, fewer than 15% of
    them among common English function words ("the", "of", "said", ...). English news prose scores 30-50%,
    Spanish, French, German, Italian or Portuguese prose under 10%.
    """
    words, letters, english, latin = english_share(text)
    foreign_script = letters >= MIN_LETTERS_TO_JUDGE and latin < MIN_LATIN_SHARE
    if foreign_script or (words >= MIN_WORDS_TO_JUDGE and english < MIN_ENGLISH_SHARE):
        return (
            f"the text does not look like English ({english:.0%} English function words): "
            "eventwire codes English news, expect few or no events"
        )
    return None
