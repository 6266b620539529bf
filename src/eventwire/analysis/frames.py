"""DataFrame helpers shared by the analyses."""

from __future__ import annotations

from typing import Any

import pandas as pd

QUAD_COLUMNS: tuple[str, ...] = ("quad1", "quad2", "quad3", "quad4")
QUAD_LABELS: dict[str, str] = {
    "quad1": "verbal cooperation",
    "quad2": "material cooperation",
    "quad3": "verbal conflict",
    "quad4": "material conflict",
}


def to_polars(frame: pd.DataFrame) -> Any:
    """Convert a pandas result to a ``polars.DataFrame`` (polars is imported only when asked for)."""
    import polars as pl

    return pl.from_pandas(frame)
