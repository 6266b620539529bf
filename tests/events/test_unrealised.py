"""Acts a sentence names without their taking place (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.cues import load_factuality_cues
from eventwire.events.unrealised import banned, feared_nodes, infinitive_of, refused_stance

pytestmark = pytest.mark.model


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_a_noun_s_infinitive_is_what_the_noun_proposes(nlp: Any) -> None:
    cues = load_factuality_cues()
    proposed = nlp("Chile tabled legislation to impose sanctions on Peru.")
    decided = nlp("Chile's decision to impose sanctions angered Peru.")
    assert infinitive_of(_word(proposed, "impose"), cues.proposal_nouns)
    assert not infinitive_of(_word(decided, "impose"), cues.proposal_nouns)


def test_a_ban_keeps_its_gerund_from_happening_wherever_the_on_hangs(nlp: Any) -> None:
    nouns = load_factuality_cues().prohibition_nouns
    on_the_verb = nlp("The court imposed a moratorium on deporting migrants to Peru.")
    insisted = nlp("Chile insisted on deporting the migrants.")
    assert banned(_word(on_the_verb, "deporting"), nouns)
    assert not banned(_word(insisted, "deporting"), nouns)


def test_a_risk_covers_its_gerund_but_not_a_relative_clause_beyond_it(nlp: Any) -> None:
    cues = load_factuality_cues()
    doc = nlp("Chile risks angering Peru, which rejects any limit.")
    angering, rejects = _word(doc, "angering"), _word(doc, "rejects")
    assert angering.i in feared_nodes([angering], cues)
    assert not feared_nodes([rejects, rejects.head], cues)


@pytest.mark.parametrize(
    ("text", "act", "refused"),
    [
        ("Chile has no intention of resuming talks with Peru.", "resuming", True),
        ("Chile showed little interest in resuming talks with Peru.", "resuming", True),
        ("Chile is not willing to resume talks with Peru.", "resume", True),
        ("Chile is unwilling to resume talks with Peru.", "resume", True),
        ("Chile is willing to resume talks with Peru.", "resume", False),
        ("Chile has every intention of resuming talks with Peru.", "resuming", False),
        ("Chile saw no reason to resume talks with Peru.", "resume", False),
    ],
)
def test_an_act_its_actor_has_no_wish_to_do(nlp: Any, text: str, act: str, refused: bool) -> None:
    assert refused_stance(_word(nlp(text), act), load_factuality_cues()) is refused
