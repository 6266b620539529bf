"""Validate and normalise one article: encoding, line endings, HTML, dateline, date, id.

``Article.text`` is the normalised text; every character span in an event indexes into it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser

from eventwire.data import load_word_lists
from eventwire.errors import DateError, InputError
from eventwire.ingest.limits import apply_limits, language_note, truncation_note
from eventwire.models import Article, Dateline
from eventwire.temporal.lexicon import load_lexicon
from eventwire.temporal.resolve import resolve_date

_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,40})\)"
_COUNTRY = r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
_CAPS_PLACE = r"[A-Z][A-Z.'’/\- ]{1,60}?[A-Z.]"
_NAMED_PLACE = r"[A-Z][A-Za-z.'’\-]+(?:\s[A-Z][A-Za-z.'’\-]+){0,2}"
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# "KYIV:", "SAO PAULO, Brazil:": a place in capitals and a colon
_COLON_DATELINE = re.compile(rf"^\s*(?P<place>{_CAPS_PLACE}{_COUNTRY})\s*:\s+")
_HTML_HINT = re.compile(r"<\s*(?:!doctype|html|body|p|div|br|span|article)\b", re.IGNORECASE)
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "article", "section"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML document (scripts and styles dropped, blocks on their own lines)."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in "".join(extractor.parts).splitlines())
    return "\n".join(line for line in lines if line)


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc but tab and newline
# Cc, Co (private use) and Cs (surrogates), but tab, newline and carriage return: what looks binary
_ODD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def bom_encoding(head: bytes) -> str | None:
    """``"utf-16"`` or ``"utf-32"`` when ``head`` starts with that encoding's byte-order mark."""
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def decode_bytes(raw: bytes, where: str = "input") -> str:
    """Decode UTF-8 (with or without BOM), or UTF-16/32 with a BOM; else a clear :class:`InputError`."""
    encoding = bom_encoding(raw[:4])
    if encoding is not None:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{where} starts with a {encoding.upper()} mark but is not valid {encoding.upper()} "
                f"(bad byte at position {exc.start})"
            ) from None
    if b"\x00" in raw[:4096]:
        raise InputError(f"{where} looks like binary data, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where} is not valid UTF-8 (bad byte at position {exc.start}); "
            "convert it first, e.g. iconv -f windows-1252 -t utf-8"
        ) from None


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate (from a JSON escape such as ``"\\ud800"``) replaced by U+FFFD:
    they are no characters and cannot be written as UTF-8."""
    return _SURROGATES.sub("\ufffd", text)


def normalise_text(text: str) -> str:
    """NFC, Unix line endings, no control characters or lone surrogates, HTML reduced to text, lost
    apostrophes put back (:func:`restore_apostrophes`)."""
    text = replace_surrogates(text).replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_HINT.search(text[:2000]):
        text = html_to_text(text)
    text = unicodedata.normalize("NFC", text)
    return restore_apostrophes(_CONTROL.sub("", text).strip())


_INGEST_WORDS = frozenset({"not_forms", "spaced_contractions", "not_possessors"})


_AFTER_GAP = r"\b(?=[ \t,.;:!?\u2019\"\u201d)-]|$)"  # what follows a mended word


@cache
def _lost_apostrophes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of a gap to mend, and a quick test for the end of one (a space, then "s", "t" or the
    last word of a contraction, then what the pattern wants after it): where the test finds nothing,
    as in most articles, the pattern cannot match and is not searched (a tenth of its time)."""
    lists = load_word_lists("ingest", _INGEST_WORDS)
    contractions = sorted(lists["spaced_contractions"], key=len, reverse=True)
    words = "|".join(re.escape(c).replace(r"\ ", "( )") for c in contractions)
    nots = "|".join(sorted(lists["not_forms"]))
    pattern = re.compile(rf"(?i)\b(?:([^\W\d_]+)( )s|(?:{nots})( )t|{words}){_AFTER_GAP}")
    ends = sorted({"s", "t", *(c.rsplit(" ", 1)[-1] for c in contractions)}, key=len, reverse=True)
    ends_pattern = "|".join(re.escape(end) for end in ends)
    return pattern, re.compile(rf"(?i) (?:{ends_pattern}){_AFTER_GAP}")


def restore_apostrophes(text: str) -> str:
    """Put back the apostrophes that some wire copy loses to a space ("Trump s plan" -> "Trump's plan",
    "doesn t" -> "doesn't", "we re" -> "we're"; data/ingest/words.yaml), one character for one, so
    every offset into the text stays where it was. A lone "s" after a number ("the 1990 s") is left."""

    function_words = load_word_lists("ingest", _INGEST_WORDS)["not_possessors"]

    def mend(match: re.Match[str]) -> str:
        owner = match.group(1)
        if owner is not None and owner.lower() in function_words:
            return match.group()
        gap = next(i for i in range(2, (match.lastindex or 0) + 1) if match.group(i) is not None)
        cut = match.start(gap) - match.start()
        return match.group()[:cut] + "'" + match.group()[cut + 1 :]

    pattern, gap_end = _lost_apostrophes()
    return pattern.sub(mend, text) if gap_end.search(text) else text


def content_hash(text: str) -> str:
    """Stable id of an article's content: the first 20 hex digits of SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:20]


@cache
def _datelines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The dateline with a news agency ("MEXICO CITY (Reuters) -", "Beijing, Jan 5 (Reuters) -") and
    the one without ("LAGOS, Jan 5 -", "Nairobi, Kenya, March 3, 2024 -", "Caracas, 5 March 2025 -",
    "DHAKA, Bangladesh -": a place in capitals needs no date); their month names come from the
    temporal lexicon."""
    names = sorted({name.title() for name in load_lexicon().months}, key=len, reverse=True)
    month = "(?:" + "|".join(names) + r")\.?"
    day = rf"(?:{month}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{month}(?:,?\s*\d{{4}})?)"
    place = rf"(?:[A-Z][A-Z.'’/\- ]{{1,60}}?|{_NAMED_PLACE}){_COUNTRY}"
    with_agency = re.compile(rf"^\s*(?:(?P<place>{place})(?:,\s*{day})?\s*)?{_AGENCY}\s*[-–—]+\s*")
    plain = re.compile(
        rf"^\s*(?:(?P<place>(?:{_CAPS_PLACE}|{_NAMED_PLACE}){_COUNTRY}),\s*{day}"
        rf"|(?P<caps>{_CAPS_PLACE}{_COUNTRY}))\s*[-–—]+\s+"
    )
    return with_agency, plain


def parse_date(value: date | datetime | str | None) -> date | None:
    """A publication date from a date, an ISO 8601 string (``2017-11-17``, ``20171117``, ``2017/11/17``,
    ``2017-11-17T10:00``) or a written one the temporal grammar reads as one whole day of a named
    year ("November 17, 2017", "17 Nov. 2017")."""
    if value is None or isinstance(value, datetime):
        return value.date() if isinstance(value, datetime) else None
    if isinstance(value, date):
        return value
    cleaned = re.sub(r"\s+", " ", str(value)).strip()
    if not cleaned:
        return None
    try:
        return datetime.fromisoformat(cleaned.replace("/", "-") if cleaned[:4].isdigit() else cleaned).date()
    except ValueError:
        pass
    year = _YEAR.search(cleaned)
    written = resolve_date(cleaned, date(int(year.group()), 1, 1)) if year else None
    if written is None or written.precision != "day" or written.approximate:
        raise DateError(f"cannot read the date {value!r}: use YYYY-MM-DD")
    return date.fromisoformat(written.value)


def _expands(place: str | None, agency: str) -> bool:
    """True when the parenthesis spells out the words before it ("NATO (North Atlantic Treaty
    Organization) -"): an acronym and its expansion, not a place and a news agency."""
    words = [w for w in re.split(r"[\s-]+", agency) if w[:1].isupper()]
    letters = "".join(ch for ch in (place or "") if ch.isalpha())
    return len(words) > 3 or (len(letters) > 1 and letters.upper() == "".join(w[0] for w in words).upper())


def parse_dateline(text: str) -> Dateline | None:
    """The wire dateline at the start of ``text`` ("MEXICO CITY (Reuters) -", "LAGOS, Jan 5 -",
    "Nairobi, Kenya, March 3, 2024 -", "KYIV:"), or None."""
    match = _datelines()[0].match(text[:200])
    if not match:
        return _plain_dateline(text[:200])
    place, agency = match.group("place"), match.group("agency").strip()
    if _expands(place, agency) or (place and place != place.upper() and not agency[0].isupper()):
        return None  # an acronym spelt out, or "Peru (a country) -"
    return Dateline(
        place=place.strip().strip(",").title() if place else None,
        agency=agency,
        text=match.group(0),
    )


def _plain_dateline(head: str) -> Dateline | None:
    """A dateline without a news agency: a place and a date before a dash, or a place in capitals
    and a colon."""
    match = _datelines()[1].match(head) or _COLON_DATELINE.match(head)
    if match is None:
        return None
    place = (match.group("place") or match.group("caps")).strip().strip(",")
    if not any(ch.islower() for ch in place.split(",")[0]):
        place = place.title()
    return Dateline(place=place, agency=None, text=match.group(0))


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    odd = len(_ODD.findall(sample))
    return "\x00" in sample or "\ufffd" * 3 in sample or odd > max(8, len(sample) // 20)


def prepare_article(
    text: str | bytes,
    date: date | datetime | str | None = None,
    title: str | None = None,
    article_id: str | None = None,
    max_chars: int | None = None,
    max_sentence_chars: int | None = None,
) -> tuple[Article, list[str]]:
    """Validate one article and split off its dateline, with one-line notes for the user (truncation,
    text that is not English). Raises :class:`InputError` or :class:`DateError`.

    ``max_chars`` and ``max_sentence_chars`` cut the text as :mod:`eventwire.ingest.limits` describes;
    ``Article.truncated_from`` then holds the length before the cut.
    """
    if isinstance(text, bytes):
        text = decode_bytes(text)
    if not isinstance(text, str):
        raise InputError(f"article text must be a string, got {type(text).__name__}")
    if _looks_binary(text):
        raise InputError("the input looks like binary data, not article text")
    clean = normalise_text(text)
    if not clean:
        raise InputError("the article is empty (no text after removing whitespace and markup)")
    kept, reason = apply_limits(clean, max_chars, max_sentence_chars)
    notes = [truncation_note(len(clean), len(kept), reason)] if reason else []
    dateline = parse_dateline(kept)
    article = Article(
        id=replace_surrogates(article_id or "") or content_hash(kept),
        text=kept,
        date=parse_date(date),
        title=replace_surrogates(title or "").strip() or None,
        dateline=dateline,
        body_start=len(dateline.text) if dateline else 0,
        truncated_from=len(clean) if reason else None,
    )
    language = language_note(kept)
    return article, [*notes, language] if language else notes
