"""All mentions of one article, with denials linked to what they deny and counter-accounts to their claim.

A REJECT event whose trigger precedes a denied event in the same sentence is the denial of that event
("Mexico denied media reports that Trump had threatened ..."): it becomes the ``denial`` mention of the
denied event's proposition, voiced by the REJECT's source. A REJECT with a denying verb ("Trump denied
collusion"; "reject" only when the sentence names a claim: "Russia rejected the allegations") is marked
``answers_unknown`` and linked to a claim in grouping.
After a denial, an asserted event of the same dyad with the opposite polarity in one of the next sentences
("CNN published what it said was the transcript, showing Trump ... offering U.S. help") is the
``counter`` account: a mention on the denying side of the denied proposition. It must itself be passed on as
someone's account (``reported-as-claim``) and be verbal when the denied act is verbal (a threat against an
offer) or material when it is material (an attack against aid).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.claims.lexicon import ClaimsLexicon
from eventwire.claims.models import Voice
from eventwire.claims.stance import (
    Draft,
    actor_key,
    asserted_stance,
    draft_of,
    make_mention,
    report_voice,
)
from eventwire.models import Event

_CLAIMLESS = frozenset({"planned", "hypothetical"})


def article_drafts(events: Sequence[Event], title: str | None, lexicon: ClaimsLexicon) -> list[Draft]:
    """Mentions of one article's events (see the module docstring)."""
    ordered = sorted(
        (_own_denial(e, lexicon) for e in events), key=lambda e: (e.sentence_index, e.trigger_span[0])
    )
    denials = _denials(ordered)
    drafts: list[Draft] = []
    for event in ordered:
        if event.factuality in _CLAIMLESS or event.event_id in denials.values():
            continue
        if event.factuality == "denied":
            drafts.extend(_denied(event, denials.get(event.event_id), ordered, title, lexicon))
        else:
            drafts.append(_plain(event, title, lexicon))
    return _with_counters(drafts, ordered, title, lexicon)


def _own_denial(event: Event, lexicon: ClaimsLexicon) -> Event:
    """A REJECT whose trigger is a denying verb ("denied", "rejects") is the denial itself: a ``denied``
    factuality on it was read from its own verb, so it is taken as asserted."""
    if event.event_type == "REJECT" and event.factuality == "denied" and _denying(event, lexicon):
        return event.model_copy(update={"factuality": "asserted"})
    return event


def _denying(event: Event, lexicon: ClaimsLexicon) -> bool:
    return event.trigger.lower() in lexicon.denying_words


def _denials(ordered: Sequence[Event]) -> dict[str, str]:
    """denied event id -> id of the REJECT event of the same sentence that denies it."""
    found: dict[str, str] = {}
    for denied in ordered:
        if denied.factuality != "denied":
            continue
        for reject in ordered:
            if (
                reject.event_type == "REJECT"
                and reject.factuality == "asserted"
                and reject.sentence_index == denied.sentence_index
                and reject.trigger_span[0] < denied.trigger_span[0]
                and reject.event_id not in found.values()
            ):
                found[denied.event_id] = reject.event_id
                break
    return found


def _plain(event: Event, title: str | None, lexicon: ClaimsLexicon) -> Draft:
    if event.factuality == "negated":
        mention = make_mention(event, title, "negated", asserted_stance(event, lexicon)[1], "event")
    else:
        stance, voice = asserted_stance(event, lexicon)
        mention = make_mention(event, title, stance, voice, "event")
    answers = (
        event.event_type == "REJECT"
        and event.factuality == "asserted"
        and _denying(event, lexicon)
        and (
            event.trigger.lower() not in lexicon.ambiguous_words
            or bool(lexicon.claim_noun.search(event.sentence))
        )
    )
    return draft_of(mention, event, lexicon, answers)


def _denied(
    event: Event, reject_id: str | None, ordered: Sequence[Event], title: str | None, lexicon: ClaimsLexicon
) -> list[Draft]:
    drafts: list[Draft] = []
    report = report_voice(event, lexicon)
    if report is not None:
        mention = make_mention(event, title, "reported-as-claim", report, "report")
        drafts.append(draft_of(mention, event, lexicon))
    reject = next((e for e in ordered if e.event_id == reject_id), None)
    if reject is not None:
        party = Voice(
            text=reject.source[0].text if reject.source else "", kind="party", code=actor_key(reject.source)
        )
        mention = make_mention(reject, title, "denied", party, "denial")
    else:
        attributed = asserted_stance(event, lexicon)[1]
        mention = make_mention(event, title, "denied", attributed, "denial")
    drafts.append(draft_of(mention, event, lexicon))
    return drafts


def _with_counters(
    drafts: list[Draft], ordered: Sequence[Event], title: str | None, lexicon: ClaimsLexicon
) -> list[Draft]:
    """Re-key the opposite accounts that follow a denial to the denied proposition (role ``counter``)."""
    by_event = {e.event_id: e for e in ordered}
    result = list(drafts)
    for denial in (d for d in drafts if d.mention.role == "denial"):
        for index, draft in enumerate(result):
            event = by_event[draft.mention.event_id]
            gap = event.sentence_index - denial.mention.sentence_index
            if (
                draft.mention.role == "event"
                and draft.mention.side == "for"
                and 0 < gap <= lexicon.counter_sentences
                and draft.key[1:] == denial.key[1:]
                and draft.cooperative != denial.cooperative
                and draft.mention.stance == "reported-as-claim"
                and _verbal(draft.mention.cameo) == _verbal(denial.act)
            ):
                mention = draft.mention.model_copy(update={"role": "counter", "side": "against"})
                result[index] = replace(denial, mention=mention)
    return result


def _verbal(cameo: str) -> bool:
    """Verbal acts (CAMEO roots 01-05 and 09-14: statements, threats, offers) vs material ones."""
    root = int(cameo[:2])
    return root <= 5 or 9 <= root <= 14
