"""The spaCy pipeline: the English model plus eventwire's own components (see nlp/components.py)."""

from eventwire.nlp.pipeline import EVENTWIRE_COMPONENTS, build_pipeline

__all__ = ["EVENTWIRE_COMPONENTS", "build_pipeline"]
