"""Claims gold: the file's format, the scorer on hand-made claims, and the measured figures (model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.claims.models import Claim, Mention, Voice
from eventwire.errors import InputError
from eventwire.evaluate.claims import GoldMention, is_claims_gold, load_claims_gold, score_claims

GOLD = Path(__file__).resolve().parents[2] / "gold" / "claims" / "claims.jsonl"
STANCES = {"asserted", "confirmed", "reported-as-claim", "denied", "negated"}


def test_gold_file_is_stand_off_and_complete() -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 40
    for record in records:
        assert set(record) == {"claim", "note", "mentions"} and record["mentions"]
        for m in record["mentions"]:
            assert set(m) - {"title", "file"} == {"s", "sha1", "trigger", "side", "stance"}
            assert m["stance"] in STANCES and m["side"] in {"for", "against"}
            assert len(m["sha1"]) == 40 and m["trigger"][0] < m["trigger"][1]
    assert is_claims_gold(GOLD)
    assert len(load_claims_gold(GOLD)) == sum(len(r["mentions"]) for r in records)


def test_wire_gold_is_not_claims_gold(tmp_path: Path) -> None:
    other = tmp_path / "wire.jsonl"
    other.write_text('{"article": "x", "events": []}\n', encoding="utf-8")
    assert not is_claims_gold(other)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"claim": "c1", "mentions": [{"s": 1}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_claims_gold(broken)


def _mention(article: str, s: int, side: str, stance: str, offset: int = 0) -> Mention:
    return Mention(
        mention_id=f"{article}{s}{side}{offset}", event_id="e", article_id=article, sentence_index=s,
        sentence="x" * 40, trigger="x", trigger_offset=offset, event_type="ACCUSE", cameo="112",
        source_code=None, target_code=None, date=None, factuality="asserted", stance=stance,  # type: ignore[arg-type]
        side=side, role="event", voice=Voice(),  # type: ignore[arg-type]
    )  # fmt: skip


def _claim(claim_id: str, mentions: list[Mention]) -> Claim:
    return Claim(
        claim_id=claim_id, family="accuse", proposition="p", source=None, target=None, date_start=None,
        date_end=None, status="uncontested", mentions=mentions, num_articles=1, asserting_articles=1,
        denying_articles=0, asserting_sources=1, denying_sources=0,
    )  # fmt: skip


def _gold(claim: str, article: str, s: int, side: str, stance: str, offset: int = 0) -> GoldMention:
    return GoldMention(claim, article, s, "0" * 40, offset, side, stance)


def test_pairwise_grouping_and_stance() -> None:
    gold = [
        _gold("g1", "a", 1, "for", "asserted"),
        _gold("g1", "a", 2, "against", "denied"),
        _gold("g1", "b", 1, "for", "asserted"),
        _gold("g2", "a", 3, "for", "asserted", offset=5),
        _gold("g3", "c", 9, "for", "asserted"),
    ]
    system = [
        _claim("s1", [_mention("a", 1, "for", "asserted"), _mention("a", 2, "against", "negated")]),
        _claim("s2", [_mention("b", 1, "for", "asserted"), _mention("a", 3, "for", "asserted", offset=5),
                      _mention("a", 3, "for", "denied", offset=0)]),
    ]  # fmt: skip
    result = score_claims(gold, system)
    assert result["found"] == 4
    assert result["pairs"] == {"gold": 3, "system": 2, "both": 1}
    assert result["grouping"] == {"precision": 0.5, "recall": 0.333, "f1": 0.4}
    assert result["stance_accuracy"] == 0.75  # a2 is negated, gold denied; a3 matched by its trigger offset
    assert {e["error"] for e in result["errors"]} == {"not found", "stance negated, gold denied"}


@pytest.mark.model
@pytest.mark.slow
def test_claims_gold_figures_do_not_regress(shared_dir: Path, coder: object) -> None:
    from eventwire.evaluate.claims import evaluate_claims

    result = evaluate_claims(GOLD, shared_dir / "corpus" / "reuters-2016-2017-sample.csv", coder)
    assert result["misaligned_sentences"] == 0
    # 0.471 until session 19, then 0.449: a verb coordinated with a denial is no longer denied, which
    # finds one mention and merges two claims of one sentence (docs/accuracy.md, "Claims"); 0.431 since
    # session 21: two requests coded right ("called for Mueller to resign") join other request claims
    # of their family and dyad; 0.415 since session 22: "denied that ..." is a rejection, which finds
    # two gold mentions more (78 -> 80) and adds two system pairs the gold does not have
    assert result["grouping"]["f1"] >= 0.41
    # 67 right stances of 74 found (0.905) until session 17, then of 75: a denial that names its claim
    # ("..., a charge Tehran denies") no longer hides the claim it answers; 70 of 78 since session 19
    assert result["stance_accuracy"] >= 0.89
    assert result["found"] >= 80
