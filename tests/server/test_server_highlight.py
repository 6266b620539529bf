"""Locating triggers and actors inside event sentences for the page's highlights."""

from __future__ import annotations

from eventwire.models import Actor, Event
from eventwire.server.highlight import annotate, event_marks, sentence_start

TEXT = "Rain fell. Police in Lima arrested the mayor, police said. The mayor denied it."


def _event(trigger: str, source: str, target: str, trigger_span: tuple[int, int], **extra: object) -> Event:
    values: dict[str, object] = {
        "event_id": f"e-{trigger}-{trigger_span[0]}",
        "article_id": "a1",
        "event_type": "COERCE",
        "cameo": "173",
        "quad_class": 4,
        "goldstein": -5.0,
        "source": [Actor(text=source)],
        "target": [Actor(text=target)],
        "trigger": trigger,
        "sentence": "Police in Lima arrested the mayor, police said.",
        "sentence_index": 1,
        "span": (11, 58),
        "trigger_span": trigger_span,
        "confidence": 0.8,
    }
    values.update(extra)
    return Event.model_validate(values)


def _texts(event: Event, start: int | None) -> dict[str, str]:
    return {m.kind: event.sentence[m.start : m.end] for m in event_marks(event, start)}


def test_sentence_start_finds_the_sentence_holding_the_span() -> None:
    event = _event("arrested", "Police", "the mayor", (26, 34))
    assert sentence_start(TEXT, event) == 11
    assert sentence_start("unrelated text", event) is None


def test_marks_pick_the_actor_nearest_the_trigger() -> None:
    event = _event("arrested", "police", "mayor", (26, 34))
    marks = event_marks(event, 11)
    assert _texts(event, 11) == {"trigger": "arrested", "source": "Police", "target": "mayor"}
    source = next(m for m in marks if m.kind == "source")
    assert source.start == 0, "the 'Police' next to the trigger, not the later 'police said'"


def test_trigger_span_outside_the_sentence_falls_back_to_the_trigger_text() -> None:
    event = _event("arrest", "Police", "mayor", (0, 4))
    assert _texts(event, 11)["trigger"] == "arrested", "lemma 'arrest' finds the inflected word"
    assert _texts(event, None)["trigger"] == "arrested"


def test_whole_words_only_and_unknown_actor_is_skipped() -> None:
    event = _event("ma", "Interpol", "mayor", (90, 92))
    texts = _texts(event, 11)
    assert "source" not in texts and "trigger" not in texts, "'ma' inside 'mayor' is not a trigger"
    assert texts["target"] == "mayor"


def test_annotate_groups_events_by_sentence_in_order() -> None:
    first = _event("arrested", "Police", "mayor", (26, 34))
    denial = _event(
        "denied",
        "The mayor",
        "Police",
        (69, 75),
        event_id="e2",
        sentence="The mayor denied it.",
        sentence_index=2,
        event_type="REJECT",
        cameo="120",
        quad_class=3,
        goldstein=-4.0,
    )
    views = annotate(TEXT, [denial, first, first.model_copy(update={"event_id": "e3"})])
    assert [v.index for v in views] == [1, 2]
    assert views[0].event_ids == [first.event_id, "e3"] and views[0].start == 11
    assert views[1].start == TEXT.index("The mayor denied")
    assert {(m.kind, m.event_id) for m in views[1].marks} == {("trigger", "e2"), ("source", "e2")}
