"""Score claim grouping and stances on a claims gold (``eventwire eval gold/claims/claims.jsonl``).

The gold (gold/claims/README.md) lists claims, each with its mentions as stand-off references: an
article (corpus ``title``, or a ``file`` beside the corpus), the sentence index ``s`` among the article's
coded sentences, the sentence's ``sha1``, the trigger's character span in the sentence, the mention's
``side`` and ``stance``. The articles are coded whole, ``find_claims`` runs over all of them together, and
each gold mention is matched to a system mention of the same article, sentence and side (the one whose
trigger starts where the gold trigger does when there are several).

* grouping: pairwise precision, recall and F1 over the pairs of matched gold mentions (a pair is
  positive when both mentions are in one claim); gold mentions the system does not find count as
  singletons for recall;
* stance: the share of matched gold mentions whose stance the system gives;
* mentions found: matched gold mentions / gold mentions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.claims.group import find_claims
from eventwire.claims.models import Claim, Mention
from eventwire.errors import InputError
from eventwire.evaluate.wiregold import load_corpus
from eventwire.ingest.readers import file_date


@dataclass(frozen=True)
class GoldMention:
    claim: str
    article: str  # the corpus title, or "file:<name>"
    s: int
    sha1: str
    trigger_start: int
    side: str
    stance: str


def is_claims_gold(path: Path) -> bool:
    """Whether ``path`` is a claims gold file (JSON Lines whose records have ``mentions``)."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        return "mentions" in json.loads(first)
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return False


def load_claims_gold(path: Path) -> list[GoldMention]:
    mentions: list[GoldMention] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            for m in record["mentions"]:
                article = m["title"] if "title" in m else f"file:{m['file']}"
                mentions.append(
                    GoldMention(record["claim"], article, int(m["s"]), m["sha1"], int(m["trigger"][0]),
                                m["side"], m["stance"])
                )  # fmt: skip
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise InputError(f"{path} line {number}: not a claims gold record ({exc})") from None
    return mentions


def _texts(articles: set[str], corpus: Path) -> dict[str, tuple[str, str]]:
    texts: dict[str, tuple[str, str]] = {}
    titles = load_corpus(corpus) if any(not a.startswith("file:") for a in articles) else {}
    for article in articles:
        if article.startswith("file:"):
            path = corpus.parent / article[5:]
            if not path.is_file():
                raise InputError(f"article file not found: {path}")
            texts[article] = (path.read_text(encoding="utf-8"), file_date(path) or "")
        elif article in titles:
            texts[article] = titles[article]
        else:
            raise InputError(f"no article titled {article!r} in {corpus}")
    return texts


def _match(gold: GoldMention, claims: Sequence[Claim], used: set[str]) -> tuple[Claim, Mention] | None:
    found = [
        (c, m)
        for c in claims
        for m in c.mentions
        if m.article_id == gold.article and m.sentence_index == gold.s and m.side == gold.side
        and m.mention_id not in used
    ]  # fmt: skip
    exact = [(c, m) for c, m in found if m.trigger_offset == gold.trigger_start]
    candidates = exact or found
    return candidates[0] if candidates else None


def score_claims(gold: Sequence[GoldMention], claims: Sequence[Claim]) -> dict[str, Any]:
    """Pairwise grouping P/R/F1, stance accuracy and mentions found (see the module docstring)."""
    used: set[str] = set()
    system: dict[int, str] = {}
    stance_ok = misaligned = 0
    errors: list[dict[str, Any]] = []
    for index, mention in enumerate(gold):
        hit = _match(mention, claims, used)
        if hit is None:
            errors.append(
                {"claim": mention.claim, "article": mention.article, "s": mention.s, "error": "not found"}
            )
            continue
        claim, found = hit
        used.add(found.mention_id)
        system[index] = claim.claim_id
        misaligned += hashlib.sha1(found.sentence.encode("utf-8")).hexdigest() != mention.sha1
        if found.stance == mention.stance:
            stance_ok += 1
        else:
            errors.append({"claim": mention.claim, "article": mention.article, "s": mention.s,
                           "error": f"stance {found.stance}, gold {mention.stance}"})  # fmt: skip
    gold_pairs = {(i, j) for i, j in combinations(range(len(gold)), 2) if gold[i].claim == gold[j].claim}
    sys_pairs = {(i, j) for i, j in combinations(sorted(system), 2) if system[i] == system[j]}
    both = len(gold_pairs & sys_pairs)
    precision = both / len(sys_pairs) if sys_pairs else 1.0
    recall = both / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "claims": len({m.claim for m in gold}),
        "mentions": len(gold),
        "found": len(system),
        "misaligned_sentences": misaligned,
        "pairs": {"gold": len(gold_pairs), "system": len(sys_pairs), "both": both},
        "grouping": {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)},
        "stance_accuracy": round(stance_ok / len(system), 3) if system else 0.0,
        "errors": errors,
    }


def evaluate_claims(path: Path, corpus: Path, coder: Any) -> dict[str, Any]:
    """Code the gold's articles with ``coder`` (an :class:`eventwire.Coder`) and score their claims."""
    gold = load_claims_gold(path)
    texts = _texts({m.article for m in gold}, corpus)
    inputs = [coder.article(text, date or None, None if key.startswith("file:") else key, key)
              for key, (text, date) in sorted(texts.items())]  # fmt: skip
    events = [event for _, evs in coder.code_articles(inputs) for event in evs]
    return score_claims(gold, find_claims(events))
