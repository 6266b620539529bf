"""The spaCy pipeline: the English model plus eventwire's stages, assembled in nlp/pipeline.py."""

from eventwire.nlp.pipeline import EVENTWIRE_COMPONENTS, add_stages, build_pipeline

__all__ = ["EVENTWIRE_COMPONENTS", "add_stages", "build_pipeline"]
