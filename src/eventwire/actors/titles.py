"""The sector and the role a phrase's head or title gives its actor: "Israeli troops" (MIL), "a
Hezbollah commander" (REB), "Libyan leader" (GOV), "deputy foreign minister" (read by
actors/resolver.py)."""

from __future__ import annotations

from eventwire.actors.lexicon import Entry, Lexicon, norm, phrase_key
from eventwire.actors.parts import Parts
from eventwire.actors.phrase import Segment


def head_word(entry: Entry | None) -> str:
    """The last word of an entry's name ("officials" of "senior officials"), "" for none."""
    key = phrase_key(entry.name) if entry else ()
    return key[-1] if key else ""


def sector_of(entry: Entry | None, parts: Parts, lex: Lexicon) -> str | None:
    """The head's own sector, unless it is generic ("officials") and a modifier is more specific; a
    military rank or unit of an armed group is the group's ("a Hezbollah commander": REB)."""
    own = entry.sector if entry else None
    if (own is None or head_word(entry) in lex.generic) and parts.sectors:
        return parts.sectors[0]
    if own == "MIL" and "REB" in parts.sectors:
        return "REB"
    return own


def titled_sector(parts: Parts, lex: Lexicon) -> str | None:
    """Sector of a titled person or office: the title's, a modifier's, or GOV for a national
    leader with a sectorless title ("Libyan leader", "Palestinian head")."""
    if not parts.titles:
        return parts.sectors[0] if parts.sectors else None
    sector = sector_of(parts.titles[0].first, parts, lex)
    if sector is None and parts.countries and parts.igo is None:
        return "GOV"
    return sector


def role_of(titles: list[Segment], lex: Lexicon) -> str | None:
    """Title text with the words that qualify it ("deputy minister", "Planning and Investment Minister")."""
    if not titles:
        return None
    seg = titles[0]
    doc = seg.tokens[0].doc
    start = seg.tokens[0].i
    while start > 0 and norm(doc[start - 1].text) in lex.prefixes and doc[start - 1].ent_type_ != "GPE":
        start -= 1
    while start < seg.tokens[0].i and doc[start].lower_ == "and":
        start += 1
    return doc[start : seg.tokens[-1].i + 1].text
