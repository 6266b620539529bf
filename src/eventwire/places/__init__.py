"""Where an event happened: offline place-name resolution and clause-level location finding."""

from __future__ import annotations

from eventwire.places.data import PlacesDataError
from eventwire.places.gazetteer import MIN_POPULATION, Gazetteer
from eventwire.places.locate import dateline_location, locate, sentence_countries

__all__ = [
    "MIN_POPULATION",
    "Gazetteer",
    "PlacesDataError",
    "dateline_location",
    "locate",
    "sentence_countries",
]
