"""Property tests: any text either raises InputError or yields schema-valid events inside the text.

The default runs ~150 examples per property. For a long hunt set EVENTWIRE_FUZZ_EXAMPLES, e.g.
``EVENTWIRE_FUZZ_EXAMPLES=10000 .venv/bin/pytest tests/test_fuzz.py``, or run the seeded fuzzer
``benchmarks/fuzz.py --count 10000`` (docs/robustness.md). The last test is the one run of a 5 MB
article through the real Coder: cut to the limits, it codes in seconds.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import InputError
from eventwire.ingest import prepare_article
from eventwire.models import EVENT_TYPES, FACTUALITY
from eventwire.schema import validate_event

pytestmark = pytest.mark.model

EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

WORDS = (
    "Mexico",
    "Russia",
    "Chile",
    "U.S.",
    "Trump",
    "Pena",
    "Nieto",
    "rebels",
    "police",
    "the",
    "army",
    "ministry",
    "sources",
    "said",
    "attacked",
    "met",
    "denied",
    "did",
    "not",
    "will",
    "may",
    "if",
    "talks",
    "sanctions",
    "on",
    "with",
    "by",
    "against",
    "and",
    "to",
    "threatened",
    "send",
    "troops",
    "imposed",
    "held",
    "visited",
    "accused",
    "protest",
    "Tuesday",
    "next",
    "week",
    "in",
    "May",
    "Lima",
    ",",
    ".",
    "?",
    ";",
    ":",
    '"',
    "'",
    "(",
    ")",
    "-",
    "MEXICO",
    "CITY",
    "(Reuters)",
    "-",
    "Israeli",
    "strikes",
    "Gaza",
    "according",
    "CNN",
    "expected",
    "plans",
    "agreement",
    "signed",
)

sentence_like = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
articles = st.lists(sentence_like, min_size=1, max_size=6).map(lambda parts: ". ".join(parts))


def _check(coder: Any, text: str | bytes) -> None:
    try:
        article = coder.article(text, date="2020-03-04")
    except InputError:
        return
    events = coder.code_article(article)
    for event in events:
        validate_event(event.model_dump(mode="json"))
        assert event.event_type in EVENT_TYPES and event.factuality in FACTUALITY
        assert 0 <= event.span[0] < event.span[1] <= len(article.text)
        assert event.span[0] <= event.trigger_span[0] < event.trigger_span[1] <= event.span[1]
        assert article.text[event.trigger_span[0] : event.trigger_span[1]] == event.trigger
        assert event.article_id == article.id


@FUZZ
@given(text=st.text(max_size=400))
def test_any_text(coder: Any, text: str) -> None:
    _check(coder, text)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes(coder: Any, raw: bytes) -> None:
    _check(coder, raw)


@FUZZ
@given(text=articles)
def test_sentence_like_text(coder: Any, text: str) -> None:
    _check(coder, text)


@FUZZ
@given(
    prefix=sentence_like,
    noise=st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    suffix=sentence_like,
)
def test_wire_text_with_noise(coder: Any, prefix: str, noise: str, suffix: str) -> None:
    _check(coder, f"MEXICO CITY (Reuters) - {prefix}{noise}\r\n{suffix}")


@FUZZ
@given(text=articles, max_chars=st.integers(1, 400), max_sentence=st.integers(1, 120))
def test_any_limits(coder: Any, text: str, max_chars: int, max_sentence: int) -> None:
    try:
        article, _ = prepare_article(text, "2020-03-04", max_chars=max_chars, max_sentence_chars=max_sentence)
    except InputError:
        return
    assert len(article.text) <= max_chars and text.strip().startswith(article.text)
    _check(coder, article.text)


def test_five_megabyte_article_with_a_run_on_sentence_through_the_real_coder(coder: Any) -> None:
    prose = "Peru's foreign minister met his Chilean counterpart in Lima on Tuesday, officials said. "
    run_on = " ".join(["and officials from both sides talked about the port"] * 20_000)
    text = prose * 20 + run_on + ". " + prose * (4_000_000 // len(prose))
    assert len(text) > 5_000_000
    article, notes = prepare_article(text, "2024-03-14", max_chars=50_000, max_sentence_chars=2_000)
    assert len(article.text) <= len(prose) * 20 + 2_000 and "--max-sentence-chars" in notes[0]
    events = coder.code_article(article)
    assert {e.event_type for e in events} == {"CONSULT"} and len(events) == 20
    _check(coder, article.text)
