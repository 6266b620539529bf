"""Mentions of one article: each coded event's stance toward the proposition it states.

An asserted event is ``asserted``, ``confirmed`` (a party vouches for it: "confirmed") or
``reported-as-claim`` (it rests on media or anonymous sources, or the sentence passes it on: "allegedly",
"according to", "what it said was"). A ``negated`` event stays negated. A ``denied`` event gives up to two
mentions: the report it answers, when the sentence names one before the event ("denied media reports
that ..." -> a ``reported-as-claim`` mention voiced by the media), and the denial itself, voiced by the
party whose REJECT event in the same sentence does the denying ("Mexico denied"). Planned and hypothetical
events state no claim and give no mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventwire.claims.lexicon import ClaimsLexicon
from eventwire.claims.models import SIDE_OF, Mention, MentionRole, Side, Stance, Voice
from eventwire.data import load_yaml
from eventwire.models import Actor, Event
from eventwire.temporal.calendar import DayRange, date_range

Key = tuple[str, str | None, str | None]


Who = tuple[str | None, str | None]  # (sector, person name) of one side


@dataclass(frozen=True)
class Draft:
    """A mention before grouping: its proposition key, the days it covers and who exactly acts on whom.

    ``local`` drafts (no precise date - undated, or only a month, season or year - or no target) can
    only join a group that has a mention in their own article.
    """

    mention: Mention
    key: Key
    days: DayRange | None
    cooperative: bool
    sides: tuple[Who, Who] = ((None, None), (None, None))
    local: bool = False
    answers_unknown: bool = False
    act: str = ""  # a denial's denied CAMEO code


def actor_key(actors: Sequence[Actor]) -> str | None:
    """The party of a dyad side: the first actor's country, else its code (sector differences ignored)."""
    if not actors:
        return None
    return actors[0].country or actors[0].code


def _who(actors: Sequence[Actor]) -> Who:
    return (actors[0].sector, actors[0].name) if actors else (None, None)


def draft_of(mention: Mention, event: Event, lexicon: ClaimsLexicon, answers: bool = False) -> Draft:
    """The draft of ``mention`` stating ``event``'s proposition."""
    precise = event.date_precision in ("day", "week")
    return Draft(
        mention=mention,
        key=proposition_key(event, lexicon),
        days=date_range(event.date) if precise else None,
        cooperative=is_cooperative(event),
        sides=(_who(event.source), _who(event.target)),
        local=not precise or not event.target,
        answers_unknown=answers,
        act=event.cameo,
    )


def proposition_key(event: Event, lexicon: ClaimsLexicon) -> Key:
    return lexicon.family(event.cameo), actor_key(event.source), actor_key(event.target)


@cache
def _media_names() -> re.Pattern[str]:
    names = sorted(
        (re.escape(n) for n in load_yaml("attribution.yaml")["media_names"]), key=len, reverse=True
    )
    return re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE)


def _before_trigger(event: Event) -> str:
    return event.sentence[: max(0, event.trigger_span[0] - event.span[0])]


def _attributed(event: Event) -> Voice:
    attribution = event.attribution
    code = attribution.actor.code if attribution.actor else None
    return Voice(text=attribution.text or "", kind=attribution.kind, code=code)


def asserted_stance(event: Event, lexicon: ClaimsLexicon) -> tuple[Stance, Voice]:
    """Stance and voice of an asserted event (see the module docstring)."""
    voice = _attributed(event)
    before = _before_trigger(event)
    if lexicon.confirm.search(before):
        return "confirmed", voice
    if voice.kind in ("media", "anonymous"):
        return "reported-as-claim", voice
    if lexicon.hearsay.search(event.sentence):
        outlet = next((m.group(0) for m in _media_names().finditer(before) if m.group(0)[0].isupper()), None)
        if voice.kind == "none" and outlet:
            voice = Voice(text=outlet, kind="media")
        return "reported-as-claim", voice
    return "asserted", voice


def report_voice(event: Event, lexicon: ClaimsLexicon) -> Voice | None:
    """The report a denial answers ("media reports", "the allegations") when named before the event."""
    before = _before_trigger(event)
    nouns = list(lexicon.claim_noun.finditer(before))
    if not nouns:
        return None
    noun = nouns[-1]
    words = before[: noun.start()].split()
    lead = words[-1].lower() if words else ""
    phrase = f"{lead} {noun.group(0)}" if lead in lexicon.media_words else noun.group(0)
    media = lead in lexicon.media_words or noun.group(0).lower().startswith(("report", "stor"))
    return Voice(text=phrase, kind="media" if media else "anonymous")


def make_mention(
    event: Event, title: str | None, stance: Stance, voice: Voice, role: MentionRole, side: Side | None = None
) -> Mention:
    suffix = "" if role in ("event", "counter") else f":{role}"
    return Mention(
        mention_id=event.event_id + suffix,
        event_id=event.event_id,
        article_id=event.article_id,
        article_title=title,
        sentence_index=event.sentence_index,
        sentence=event.sentence,
        trigger=event.trigger,
        trigger_offset=event.trigger_span[0] - event.span[0],
        event_type=event.event_type,
        cameo=event.cameo,
        source_code=event.source[0].code if event.source else None,
        target_code=event.target[0].code if event.target else None,
        date=event.date,
        factuality=event.factuality,
        stance=stance,
        side=side or SIDE_OF[stance],
        role=role,
        voice=voice,
    )


def is_cooperative(event: Event) -> bool:
    return int(event.cameo[:2]) <= 8
