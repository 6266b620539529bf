"""Group mentions into claims and decide each claim's status.

Mentions state the same proposition when they have the same family and dyad (``Draft.key``) and their
dates come within ``window_days`` of the first dated mention of the group. An undated mention joins a group
that has a mention in its own article, else groups with the undated mentions of that article. A REJECT that
answers a claim named in its sentence ("X rejected the allegations") joins the claim whose source is the
REJECT's target and whose target is the REJECT's source (the accuser and the accused), preferring one in
its own article (always within its article when both are of one country); only accusations (family
``accuse``) are answered this way. Without such a claim the
REJECT is a claim of its own whose one mention is the denial (status ``denied``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from eventwire.claims.article import article_drafts
from eventwire.claims.dates import overlaps
from eventwire.claims.lexicon import ClaimsLexicon, load_claims_lexicon
from eventwire.claims.models import Claim, ClaimStatus, Mention
from eventwire.claims.stance import Draft, Key
from eventwire.events.cameo import cameo_info
from eventwire.models import Event


def find_claims(
    events: Iterable[Event],
    titles: Mapping[str, str | None] | None = None,
    lexicon: ClaimsLexicon | None = None,
) -> list[Claim]:
    """The claims stated by ``events`` (any number of articles), in date order."""
    lex = lexicon or load_claims_lexicon()
    by_article: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    drafts = [
        draft
        for article_id in sorted(by_article)
        for draft in article_drafts(by_article[article_id], (titles or {}).get(article_id), lex)
    ]
    answers = [d for d in drafts if d.answers_unknown]
    groups = _group([d for d in drafts if not d.answers_unknown], lex.window_days)
    for answer in answers:
        _attach_answer(answer, groups, lex.window_days)
    claims = [build_claim(group) for group in groups]
    return sorted(claims, key=lambda c: (c.date_start or "9999", c.claim_id))


def _group(drafts: list[Draft], window_days: int) -> list[list[Draft]]:
    buckets: dict[Key, list[Draft]] = defaultdict(list)
    for draft in drafts:
        buckets[draft.key].append(draft)
    groups: list[list[Draft]] = []
    for bucket in buckets.values():
        groups.extend(_group_bucket(bucket, window_days))
    return groups


def _group_bucket(bucket: list[Draft], window_days: int) -> list[list[Draft]]:
    ordered = sorted(bucket, key=lambda d: (d.local, d.days or (), d.mention.mention_id))
    groups: list[list[Draft]] = []
    for draft in ordered:
        home = next((g for g in groups if _joins(g, draft, window_days)), None)
        if home is None:
            groups.append([draft])
        else:
            home.append(draft)
    return groups


def _compatible(a: Draft, b: Draft) -> bool:
    """Same sector and person on each side, or unknown on one of them ("ignoring sector differences
    where one side is unknown")."""
    return all(
        x is None or y is None or x == y
        for side_a, side_b in zip(a.sides, b.sides, strict=True)
        for x, y in zip(side_a, side_b, strict=True)
    )


def _joins(group: list[Draft], draft: Draft, window_days: int) -> bool:
    anchor = group[0]
    if not _compatible(anchor, draft):
        return False
    if draft.local or anchor.local:
        return any(d.mention.article_id == draft.mention.article_id for d in group)
    return overlaps(anchor.days, draft.days, window_days)  # type: ignore[arg-type]


def _attach_answer(answer: Draft, groups: list[list[Draft]], window_days: int) -> None:
    _, accused, accuser = answer.key
    article = answer.mention.article_id
    candidates = [
        g
        for g in groups
        if g[0].key[0] == "accuse"
        and g[0].key[1] == accuser
        and g[0].key[2] == accused
        and accused is not None
        and (accuser is not None or any(d.mention.article_id == article for d in g))
        and _close(g, answer, window_days)
    ]
    candidates.sort(key=lambda g: not any(d.mention.article_id == article for d in g))
    mention = answer.mention.model_copy(
        update={
            "mention_id": answer.mention.event_id + ":denial",
            "stance": "denied",
            "side": "against",
            "role": "denial",
        }
    )
    if not candidates:
        groups.append([replace(answer, mention=mention, answers_unknown=False)])
        return
    candidates[0].append(replace(answer, mention=mention, key=candidates[0][0].key, answers_unknown=False))


def _close(group: list[Draft], answer: Draft, window_days: int) -> bool:
    domestic = answer.key[1] == answer.key[2]
    if domestic or answer.days is None or any(d.local for d in group):
        return any(d.mention.article_id == answer.mention.article_id for d in group)
    return any(d.days is not None and overlaps(d.days, answer.days, window_days) for d in group)


def claim_status(mentions: list[Mention]) -> ClaimStatus:
    """contested: asserted and denied (or countered) by different parties; denied / negated: nobody
    asserts it; corroborated: asserted by two or more independent sources; else uncontested. A negation
    beside an assertion does not contest it (it usually concerns another occasion)."""
    pro = {m.voice.key(m.article_id) for m in mentions if m.side == "for"}
    con = {m.voice.key(m.article_id) for m in mentions if m.side == "against" and m.stance != "negated"}
    if pro and con and (con - pro or pro - con):
        return "contested"
    con |= {m.voice.key(m.article_id) for m in mentions if m.stance == "negated"}
    if con and not pro:
        negations = all(m.stance == "negated" for m in mentions)
        return "negated" if negations else "denied"
    if len(pro) >= 2:
        return "corroborated"
    return "uncontested"


def build_claim(group: list[Draft]) -> Claim:
    mentions = sorted(
        (d.mention for d in group), key=lambda m: (m.article_id, m.sentence_index, m.mention_id)
    )
    family, source, target = group[0].key
    main = next((m for m in mentions if m.side == "for" and m.role != "counter"), None) or next(
        (m for m in mentions if m.role != "counter"), mentions[0]
    )
    days = [d.days for d in group if d.days is not None]
    pro = [m for m in mentions if m.side == "for"]
    con = [m for m in mentions if m.side == "against"]
    ident = "|".join([family, source or "", target or "", min(m.mention_id for m in mentions)])
    return Claim(
        claim_id=hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12],
        family=family,
        proposition=f"{source or '?'} {cameo_info(main.cameo).label} -> {target or '-'}",
        source=source,
        target=target,
        date_start=min(d[0] for d in days).isoformat() if days else None,
        date_end=max(d[1] for d in days).isoformat() if days else None,
        status=claim_status(mentions),
        mentions=mentions,
        num_articles=len({m.article_id for m in mentions}),
        asserting_articles=len({m.article_id for m in pro}),
        denying_articles=len({m.article_id for m in con}),
        asserting_sources=len({m.voice.key(m.article_id) for m in pro}),
        denying_sources=len({m.voice.key(m.article_id) for m in con}),
    )
