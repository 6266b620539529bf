"""How the sentence-type classifier's opinion combines with the rule coder's events (pure functions).

Given the classifier's probabilities for a sentence's PLOVER types:

- **veto**: a rule event whose sense prior is weak (below ``weak_prior``) is dropped when the classifier
  gives its type a probability below ``veto_below``;
- **re-type**: a rule event whose type the classifier finds improbable (below ``retype_below``) takes
  the type the classifier is sure of (at least ``retype_above``), when there is exactly one such;
- **propose**: a sentence where the rules found no event gets one of the type the classifier is sure
  of (at least ``propose_above``; the most probable when several are); criticism (ACCUSE) is
  proposed from ``accuse_above``, lower: its proposals are right about half the time out of sample,
  and it is the type the rules miss most (docs/accuracy.md, Session 41).

Each can be switched on or off; docs/accuracy.md ("Learned component") has the measurements behind
the defaults (only proposing is on: vetoes and re-types did not help on the check halves).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class BlendRules:
    veto: bool = False
    retype: bool = False
    propose: bool = True
    veto_below: float = 0.05
    weak_prior: float = 0.7
    retype_below: float = 0.1
    retype_above: float = 0.8
    propose_above: float = 0.5
    accuse_above: float = 0.45


Verdict = tuple[Literal["keep", "drop"], None] | tuple[Literal["retype"], str]

KEEP: Verdict = ("keep", None)


def judge(rule_type: str, prior: float, scores: Mapping[str, float], rules: BlendRules) -> Verdict:
    """What to do with one rule event of ``rule_type`` and sense prior ``prior`` in a sentence the
    classifier scored ``scores`` (an empty mapping: no opinion, keep)."""
    if not scores or rule_type not in scores:
        return KEEP
    p = scores[rule_type]
    if rules.retype and p < rules.retype_below:
        sure = [t for t, q in scores.items() if q >= rules.retype_above and t != rule_type]
        if len(sure) == 1:
            return ("retype", sure[0])
    if rules.veto and prior < rules.weak_prior and p < rules.veto_below:
        return ("drop", None)
    return KEEP


def proposal(scores: Mapping[str, float], rules: BlendRules) -> str | None:
    """The type to propose for a sentence where the rules found no event, if the classifier is sure."""
    if not rules.propose or not scores:
        return None
    best = max(sorted(scores), key=lambda t: scores[t])
    bar = rules.accuse_above if best == "ACCUSE" else rules.propose_above
    return best if scores[best] >= bar else None
