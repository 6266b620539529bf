"""The event rules' word lists (``data/events/words.yaml``), loaded and checked once on first use."""

from __future__ import annotations

from eventwire.data import load_word_lists

EVENT_WORD_LISTS = frozenset(
    {
        "spans_of_time",
        "labour_strike_adjectives",
        "predicate_infinitives",
        "moments",
        "sums_of_money",
        "reciprocal_verbs",
        "contending_verbs",
        "struggles",
        "easing_verbs",
        "gatherings",
        "urging_verbs",
        "backing_acts",
        "sending_orders",
        "verbal_attack_nouns",
        "verbal_manners",
        "instruments",
        "stances",
        "stative_passives",
        "messages",
        "verbal_acts",
        "enacting_verbs",
        "document_nouns",
        "claim_nouns",
        "charge_nouns",
        "question_verbs",
        "natural_causes",
        "accidents",
        "weapon_agents",
        "accident_verbs",
        "ramming_targets",
        "claiming_verbs",
        "credit_nouns",
        "campaign_events",
        "campaign_words",
        "agreement_nouns",
        "ending_verbs",
        "self_references",
        "occurrence_verbs",
        "occurrence_passives",
        "office_nouns",
        "exercise_nouns",
        "relief_words",
        "renamed_acts",
        "intent_nouns",
    }
)


def event_words(name: str) -> frozenset[str]:
    """One list of ``data/events/words.yaml`` (a name of :data:`EVENT_WORD_LISTS`)."""
    return load_word_lists("events", EVENT_WORD_LISTS)[name]
