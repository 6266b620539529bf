"""The actor rules' word lists (``data/actors/words.yaml``), loaded and checked once on first use."""

from __future__ import annotations

from eventwire.data import load_word_lists

ACTOR_WORD_LISTS = frozenset(
    {
        "group_nouns",
        "charge_answers",
        "quantity_heads",
        "name_suffixes",
        "polity_nouns",
        "expletive_verbs",
        "legislative_documents",
        "executive_documents",
        "description_nouns",
        "armed_group_descriptions",
        "country_group_nouns",
        "region_group_nouns",
        "owned_state_nouns",
        "act_nouns",
        "conduct_nouns",
        "deed_nouns",
        "backing_words",
        "operating_verbs",
        "outsider_words",
        "party_families",
        "wire_names",
    }
)


def actor_words(name: str) -> frozenset[str]:
    """One list of ``data/actors/words.yaml`` (a name of :data:`ACTOR_WORD_LISTS`)."""
    return load_word_lists("actors", ACTOR_WORD_LISTS)[name]
