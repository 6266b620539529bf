"""The report's "Contested claims" section: each claim's asserting and denying sentences side by side."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.analysis._html import _esc, _evidence
from eventwire.claims.models import Claim, Mention

CLAIMS_CSS = """
.claim { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin: 0.8rem 0; }
.claim h3 { font-size: 1rem; margin: 0.2rem 0 0.5rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side h4 { margin: 0 0 0.3rem; font-size: 0.9rem; }
.side.for h4 { color: #1a5e20; } .side.against h4 { color: #8a1c1c; }
.mention { margin: 0 0 0.6rem; font-size: 0.9rem; }
"""


def _voice(mention: Mention) -> str:
    if mention.voice.text:
        return f"{mention.voice.text} ({mention.voice.kind})"
    return "the article" if mention.voice.kind == "none" else mention.voice.kind


def _mention(mention: Mention) -> str:
    where = f"{mention.article_title or mention.article_id}, sentence {mention.sentence_index}"
    return (
        f'<p class="mention"><b>{_esc(mention.stance)}</b> · {_esc(_voice(mention))} · '
        f"{_esc(mention.role)}<br>"
        f'{_evidence(mention.trigger, mention.sentence)}<br><span class="meta">{_esc(where)}</span></p>'
    )


def _side(claim: Claim, side: str, heading: str) -> str:
    mentions = "".join(_mention(m) for m in claim.mentions if m.side == side) or "<p>-</p>"
    return f'<div class="side {side}"><h4>{heading}</h4>{mentions}</div>'


def claims_section(claims: Sequence[Claim], limit: int = 50) -> str:
    """HTML of the contested claims (at most ``limit``), most widely reported first."""
    head = "<h2>Contested claims</h2>"
    if not claims:
        return head + "<p>No claim is both asserted and denied in this store.</p>"
    intro = (
        f"<p>{len(claims)} claims are asserted by some and denied or countered by others "
        "(docs/claims.md). Each shows the sentences on both sides.</p>"
    )
    shown = sorted(claims, key=lambda c: (-c.num_articles, -len(c.mentions), c.claim_id))[:limit]
    blocks = []
    for claim in shown:
        title = (
            f"{claim.proposition} · {claim.date_start or 'undated'} · {claim.num_articles} article(s) · "
            f"{claim.asserting_sources} for / {claim.denying_sources} against"
        )
        blocks.append(
            f'<div class="claim" id="claim-{_esc(claim.claim_id)}"><h3>{_esc(title)}</h3><div class="sides">'
            f"{_side(claim, 'for', 'Asserted or reported')}{_side(claim, 'against', 'Denied or countered')}"
            "</div></div>"
        )
    return head + intro + "".join(blocks)
