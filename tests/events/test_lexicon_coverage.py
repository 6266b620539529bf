"""Coverage by design: every CAMEO code that has a PLOVER type is reachable from some trigger."""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.events import lexicon as lx


def _mapped_codes(shared_dir: Path) -> set[str]:
    """CAMEO codes listed in the reference code list that the conversion table maps to a PLOVER type."""
    labels = (shared_dir / "reference" / "cameo-codes.txt").read_text("utf-8")
    listed = set(re.findall(r"^LABEL[iI]?: (\d{3,4})=", labels, flags=re.M))
    table = (shared_dir / "reference" / "cameo-to-plover.txt").read_text("utf-8")
    mapped = set(re.findall(r"^(\d{3,4}):\s*[A-Z]+\s*,", table, flags=re.M))
    return listed & mapped


def _trigger_codes(lex: lx.Lexicon) -> set[str]:
    entries = [*lex.verbs.values(), *lex.nouns.values()]
    return {sense.cameo for senses in entries for sense in senses}


def test_reference_lists_are_read(shared_dir: Path) -> None:
    assert len(_mapped_codes(shared_dir)) > 200


def test_every_mapped_cameo_code_has_a_trigger(shared_dir: Path) -> None:
    missing = sorted(_mapped_codes(shared_dir) - _trigger_codes(lx.load_lexicon()))
    assert not missing, f"CAMEO codes with a PLOVER type but no lexicon trigger: {', '.join(missing)}"
