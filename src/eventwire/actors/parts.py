"""What the dictionaries make of one actor phrase: its head, the countries, sectors, organisation,
people and titles its segments name (read by actors/resolver.py)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.codes import ORG_SECTORS
from eventwire.actors.lexicon import COUNTRY_KINDS, Entry, Lexicon, norm
from eventwire.actors.phrase import Segment, is_proper


@dataclass
class Parts:
    """What the segments of one phrase say about its actor."""

    segs: list[Segment]
    head: Segment | None
    countries: list[Segment]
    loc_countries: list[Segment]
    sectors: list[str]
    igo: Entry | None
    ethnic: Entry | None
    titles: list[Segment]
    name: Segment | None


def analyse(segs: list[Segment], head: Token, lex: Lexicon) -> Parts:
    """Sort the dictionary segments of the phrase headed by ``head`` into what they say of its actor."""
    head_seg = next((s for s in segs if s.covers(head)), None)
    others = [s for s in segs if s is not head_seg and s.first is not None]
    main = [s for s in others if s.zone in ("main", "of")]
    countries = [s for s in main if s.first and (s.first.kind in COUNTRY_KINDS or _org_country(s.first))]
    countries += [
        s for s in others if s.zone == "to" and s.first and s.first.kind == "person" and _org_country(s.first)
    ]
    loc = [s for s in others if s.zone == "loc" and s.first and s.first.kind in COUNTRY_KINDS]
    sectors = [
        s.first.sector
        for s in main
        if s.first and s.first.kind in ("noun", "title", "org") and s.first.sector
    ]
    sectors = [x for x in sectors if x not in ORG_SECTORS]
    igo = next(
        (s.first for s in main if s.first and s.first.kind == "org" and s.first.sector in ORG_SECTORS), None
    )
    ethnic = next((s.first for s in main if s.first and s.first.kind == "ethnic"), None)
    titles = [s for s in segs if s.zone == "main" and s.first is not None and s.first.kind == "title"]
    return Parts(
        segs,
        head_seg,
        countries,
        loc,
        sectors,
        igo,
        ethnic,
        titles,
        _name_segment(segs, head_seg, titles, lex),
    )


def stateless_org(parts: Parts) -> Entry | None:
    """A named organisation of no country that describes the phrase's head ("al-Qaeda" in
    "Osama bin Laden's al-Qaeda terror network"); organisations with a country pass it on instead."""
    main = (s.first for s in parts.segs if s is not parts.head and s.zone == "main" and s.first)
    stateless = (e for e in main if e.kind == "org" and e.country is None)
    return next((e for e in stateless if e.sector not in ORG_SECTORS), None)


def _org_country(entry: Entry) -> bool:
    """An organisation or known person whose country a modifier passes on ("Bush administration")."""
    if entry.kind == "person":
        return len({t.country for t in entry.terms}) == 1 and entry.terms[0].country is not None
    return entry.kind == "org" and entry.country is not None


def _name_segment(
    segs: list[Segment], head_seg: Segment | None, titles: list[Segment], lex: Lexicon
) -> Segment | None:
    """The person the phrase names, if its head is a name or a title introducing one."""
    if head_seg is None:
        return None
    if head_seg.first is not None and head_seg.first.kind == "person":
        return head_seg
    if head_seg.first is None and is_proper(head_seg.tokens[-1]):
        if head_seg.tokens[-1].ent_type_ == "PERSON" or titles:
            return head_seg
        return None
    if head_seg.first is not None and head_seg.first.kind == "title":
        for seg in segs:
            is_name = seg.first is None or seg.first.kind == "person"
            after = seg.start > head_seg.start
            if after and seg.zone in ("main", "to") and is_name and _looks_personal(seg, lex):
                return seg
    return None


def _looks_personal(seg: Segment, lex: Lexicon) -> bool:
    """An unknown proper-noun run that can be a person's name (not "Foreign Affairs")."""
    if seg.first is not None:
        return True
    tokens = seg.tokens
    return (
        all(is_proper(t) for t in tokens)
        and tokens[-1].ent_type_ in ("PERSON", "ORG", "")
        and any(norm(t.text) not in lex.prefixes for t in tokens)
    )


def countries_of(parts: Parts) -> list[str]:
    """Countries the phrase attributes to its actor; coordinated ones give one actor each."""
    found = [c for c in (_country_of_entry(s.first) for s in parts.countries if s.first) if c]
    if not found:
        return [c for c in (s.first.country for s in parts.loc_countries if s.first) if c][:1]
    if len(parts.countries) > 1 and _coordinated(parts.countries):
        return list(dict.fromkeys(found))
    return found[:1]


def _country_of_entry(entry: Entry) -> str | None:
    if entry.kind == "person":
        return entry.terms[0].country
    return entry.country


def _coordinated(segs: list[Segment]) -> bool:
    tokens = {t.i for s in segs for t in s.tokens}
    return any(t.dep_ == "conj" and t.head.i in tokens for s in segs for t in s.tokens)
