"""Options and helpers shared by the commands that code articles (``code``, ``batch``, ``serve``)."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.settings import Settings

MaxChars = Annotated[
    int | None,
    typer.Option(
        "--max-chars",
        help="cut articles longer than this many characters (default 100000; at most 1000000)",
        show_default=False,
    ),
]
MaxSentenceChars = Annotated[
    int | None,
    typer.Option(
        "--max-sentence-chars",
        help="cut the article inside a stretch with no sentence end longer than this (default 5000)",
        show_default=False,
    ),
]
MinConfidence = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="drop records whose confidence is below this (0-1; 0.5 trades recall for precision, "
        "docs/accuracy.md)",
    ),
]


def limit_settings(
    max_chars: int | None, max_sentence_chars: int | None, min_confidence: float = 0.0
) -> Settings:
    """Settings with the given limits (defaults for None) and confidence floor; a bad value is a
    one-line SettingsError."""
    values: dict[str, object] = {"min_confidence": min_confidence}
    if max_chars is not None:
        values["max_article_chars"] = max_chars
    if max_sentence_chars is not None:
        values["max_sentence_chars"] = max_sentence_chars
    return Settings.make(**values)
