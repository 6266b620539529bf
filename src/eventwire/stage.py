"""What eventwire's pipeline stages share: the Doc extensions they pass on, and the "initialized" check.

The contract between the stages (each declared in ``<package>/component.py``; ``nlp/pipeline.py``
assembles them in this order):

- ``Doc._.article_date`` (``datetime.date | None``) and ``Doc._.dateline_place`` (``str | None``):
  written by the coder from the ingested article (``ingest``), read by every stage.
- ``Doc._.event_frames`` (``list[EventFrame] | None``): written by ``eventwire_events``; the actors,
  time and places stages fill in its frames and may drop some.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.errors import EventwireError

ARTICLE_DATE = "doc._.article_date"
DATELINE_PLACE = "doc._.dateline_place"
EVENT_FRAMES = "doc._.event_frames"

for _name in ("article_date", "dateline_place", "event_frames"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class ComponentNotInitializedError(EventwireError):
    """A component was called before ``initialize()``."""


class Stage:
    """Base of eventwire's components: refuses to run before ``initialize()`` has loaded its data."""

    name = "eventwire"
    ready = False

    def _check(self) -> None:
        if not self.ready:
            raise ComponentNotInitializedError(
                f"{self.name} must be initialized before use: call nlp.initialize()"
            )
