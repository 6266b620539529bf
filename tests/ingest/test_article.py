"""Article validation and normalisation: datelines, line endings, HTML, bad input, dates, ids."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.data import load_word_lists
from eventwire.errors import DateError, InputError
from eventwire.ingest.article import (
    _CONTROL,
    _INGEST_WORDS,
    _ODD,
    _lost_apostrophes,
    content_hash,
    normalise_text,
    parse_date,
    parse_dateline,
    prepare_article,
    restore_apostrophes,
)
from eventwire.ingest.limits import _NOT_LATIN


def test_reuters_dateline_is_split_off() -> None:
    article = prepare_article("LIMA (Reuters) - Peru recalled its ambassador to Chile.")[0]
    assert article.dateline is not None
    assert article.dateline.place == "Lima"
    assert article.dateline.agency == "Reuters"
    assert article.text[article.body_start :] == "Peru recalled its ambassador to Chile."


def test_multiword_place_dateline() -> None:
    article = prepare_article("MEXICO CITY (Reuters) - Officials met on Monday.")[0]
    assert article.dateline is not None and article.dateline.place == "Mexico City"
    assert article.text[article.body_start :].startswith("Officials met")


def test_dateline_with_day_and_agency() -> None:
    article = prepare_article("WASHINGTON, Jan 5 (AP) - The Senate passed the bill.")[0]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("Washington", "AP")
    assert article.text[article.body_start :] == "The Senate passed the bill."


def test_dateline_with_em_dash_and_country() -> None:
    dateline = parse_dateline("NAIROBI, Kenya (AFP) — Kenyan police arrested three men.")
    assert dateline is not None
    assert dateline.place == "Nairobi, Kenya" and dateline.agency == "AFP"


def test_no_dateline() -> None:
    article = prepare_article("The Senate passed the bill on Tuesday.")[0]
    assert article.dateline is None
    assert article.body_start == 0
    assert parse_dateline("Peru (a country) - not a dateline") is None


def test_an_acronym_and_its_expansion_is_not_a_dateline() -> None:
    assert parse_dateline("NATO (North Atlantic Treaty Organization) - The alliance met.") is None
    assert parse_dateline("OAS (Organization of American States) - x") is None
    paris = parse_dateline("PARIS (Agence France-Presse) - Talks began.")
    assert paris is not None and paris.agency == "Agence France-Presse"


_LISTS = load_word_lists("ingest", _INGEST_WORDS)
_GAP_PIECES = [
    *_LISTS["spaced_contractions"],
    *(f"{word} t" for word in _LISTS["not_forms"]),
    *"sStTdDmM\u017f\u212a'\u2019\"\u201d),.;:!?-\t\n",
    " ",
    " ",
    "Chile s",
    "the s",
    "1990 s",
    "I M",
    "DON T",
    "\u00e9t\u00e9",
    "\u0130",
]


@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=12).map("".join))
def test_a_gap_to_mend_is_never_missed_by_the_quick_test(text: str) -> None:
    """restore_apostrophes searches its pattern only where the quick test finds the end of a gap."""
    pattern, gap_end = _lost_apostrophes()
    if pattern.search(text):
        assert gap_end.search(text), text


def test_every_spaced_contraction_has_its_space() -> None:  # the quick test looks for the space
    assert all(" " in c for c in _LISTS["spaced_contractions"])


def test_crlf_and_lone_cr_become_lf() -> None:
    article = prepare_article("First line.\r\nSecond line.\rThird line.")[0]
    assert article.text == "First line.\nSecond line.\nThird line."


def test_text_is_nfc_and_control_characters_are_dropped() -> None:
    assert normalise_text("Pen\u0303a Nieto\x07 spoke") == "Peña Nieto spoke"


@pytest.mark.parametrize(
    ("damaged", "mended"),
    [
        ("Chile s foreign minister met Peru s envoy.", "Chile's foreign minister met Peru's envoy."),
        ("He doesn t care, and they won t come.", "He doesn't care, and they won't come."),
        ("We re ready, I m sure they ll agree.", "We're ready, I'm sure they'll agree."),
        ("It s late and that s final.", "It's late and that's final."),
        ("Bolivia did not object.", "Bolivia did not object."),  # nothing lost
        ("In the 1990 s the s sound was soft.", "In the 1990 s the s sound was soft."),  # no owner
        ("A t-shirt for Iran, signed.", "A t-shirt for Iran, signed."),
    ],
)
def test_apostrophes_lost_to_a_space_are_put_back_in_place(damaged: str, mended: str) -> None:
    assert restore_apostrophes(damaged) == mended
    assert len(restore_apostrophes(damaged)) == len(damaged)  # every offset stays where it was
    assert prepare_article(damaged)[0].text == mended


def test_html_is_reduced_to_text() -> None:
    markup = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>Chile &amp; Peru met.</p><script>var x = 1;</script><div>They agreed.</div></body></html>"
    )
    article = prepare_article(markup)[0]
    assert article.text == "Chile & Peru met.\nThey agreed."
    assert "<" not in article.text and "color" not in article.text


def test_text_with_a_less_than_sign_is_not_treated_as_html() -> None:
    assert prepare_article("Inflation was < 2 percent in May.")[0].text == "Inflation was < 2 percent in May."


@pytest.mark.parametrize("text", ["", "   \n\t  ", "<html><body><p> </p></body></html>", b"", b"  \r\n"])
def test_empty_input_is_an_input_error(text: str | bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        prepare_article(text)[0]


@pytest.mark.parametrize("raw", [b"\x00\x01\x02binary\x00data", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_bytes_are_an_input_error(raw: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        prepare_article(raw)[0]


def test_binary_looking_string_is_an_input_error() -> None:
    with pytest.raises(InputError, match="binary"):
        prepare_article("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 abc")[0]


def test_invalid_utf8_bytes_are_an_input_error() -> None:
    with pytest.raises(InputError, match="not valid UTF-8"):
        prepare_article("Caf\u00e9 talks".encode("latin-1"))[0]


def test_utf8_bytes_with_bom_are_accepted() -> None:
    article = prepare_article("\ufeffPeru met Chile.".encode())[0]
    assert article.text == "Peru met Chile."


def test_non_text_input_is_an_input_error() -> None:
    with pytest.raises(InputError, match="must be a string"):
        prepare_article(12345)[0]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-02-01", dt.date(2017, 2, 1)),
        ("November 17, 2017 ", dt.date(2017, 11, 17)),
        ("Feb 1, 2017", dt.date(2017, 2, 1)),
        ("1 February 2017", dt.date(2017, 2, 1)),
        ("17th Nov. 2017", dt.date(2017, 11, 17)),
        ("2017/02/01", dt.date(2017, 2, 1)),
        ("20170201", dt.date(2017, 2, 1)),
        ("2017-02-01T13:05:00", dt.date(2017, 2, 1)),
        (dt.datetime(2017, 2, 1, 13, 5), dt.date(2017, 2, 1)),
        (dt.date(2017, 2, 1), dt.date(2017, 2, 1)),
        (None, None),
        ("  ", None),
    ],
)
def test_publication_dates(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "yesterday-ish",
        "2017-13-45",
        "31/31/2017",
        "Febtember 3, 2017",
        "yesterday",
        "Feb 1-3, 2017",
        "May 2017",
    ],
)
def test_bad_dates_are_date_errors(value: str) -> None:
    with pytest.raises(DateError, match="cannot read the date"):
        prepare_article("Peru met Chile.", date=value)[0]


def test_date_error_is_an_input_error() -> None:
    assert issubclass(DateError, InputError)


def test_content_hash_is_stable_and_ignores_line_ending_style() -> None:
    text = "LIMA (Reuters) - Peru met Chile.\nThey agreed."
    assert content_hash(text) == content_hash(text)
    assert content_hash(text) == content_hash(text.replace("\n", "\r\n"))
    assert content_hash(text) != content_hash(text + " More.")
    assert len(content_hash(text)) == 20
    assert prepare_article(text)[0].id == prepare_article(text.replace("\n", "\r\n"))[0].id


def test_explicit_id_and_title_are_kept() -> None:
    article = prepare_article("Peru met Chile.", title="  Talks  ", article_id="doc-7")[0]
    assert article.id == "doc-7" and article.title == "Talks"


def test_truncation_with_max_chars() -> None:
    text = "Peru met Chile. " * 20
    article = prepare_article(text, max_chars=50)[0]
    assert len(article.text) <= 50 and article.text.endswith("Chile.")
    assert article.truncated_from == len(text.strip())
    assert prepare_article(text)[0].truncated_from is None


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("LAGOS, Jan 5 - Police arrested three activists.", "Lagos", "Police arrested three activists."),
        (
            "Nairobi, Kenya, March 3, 2024 - Police arrested three men.",
            "Nairobi, Kenya",
            "Police arrested three men.",
        ),
        (
            "QUITO, Ecuador, Sept. 14, 2023 — The army deployed troops.",
            "Quito, Ecuador",
            "The army deployed troops.",
        ),
        ("KYIV: Ukraine said Russia attacked.", "Kyiv", "Ukraine said Russia attacked."),
        ("SAO PAULO, Brazil: Protesters marched.", "Sao Paulo, Brazil", "Protesters marched."),
        ("Caracas, 5 March 2025 - Troops deployed.", "Caracas", "Troops deployed."),
        ("DHAKA, Bangladesh — The army deployed.", "Dhaka, Bangladesh", "The army deployed."),
        ("HARARE - Police arrested two men.", "Harare", "Police arrested two men."),
    ],
)
def test_datelines_without_an_agency_are_split_off(text: str, place: str, body: str) -> None:
    article = prepare_article(text, date="2024-03-04")[0]
    assert article.dateline is not None and article.dateline.agency is None
    assert (article.dateline.place, article.text[article.body_start :]) == (place, body)


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Beijing, Jan 5 (Reuters) - China protested.", "Beijing", "Reuters"),
        ("Caracas, 5 March 2025 (AFP) - Troops deployed.", "Caracas", "AFP"),
        ("BOGOTA, Colombia (AFP) - Troops deployed.", "Bogota, Colombia", "AFP"),
    ],
)
def test_datelines_in_other_formats_are_split_off(text: str, place: str, agency: str) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None and (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    "text",
    [
        "The President said on Jan 5 - nothing changed.",
        "Trump: I will meet Kim.",
        "U.S. President Donald Trump, Jan 5 - a note.",
        "Mexico criticized Canada on Tuesday.",
        "Peru - a country - voted.",
        "The Senate -- after a long debate -- voted.",
    ],
)
def test_sentences_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_the_character_classes_are_the_unicode_categories() -> None:
    """_CONTROL, _ODD and limits._NOT_LATIN stand for per-character tests; every code point agrees."""
    for code in range(0x110000):
        ch = chr(code)
        category = unicodedata.category(ch)
        assert bool(_CONTROL.match(ch)) == (category == "Cc" and ch not in "\n\t"), hex(code)
        assert bool(_ODD.match(ch)) == (category in ("Cc", "Co", "Cs") and ch not in "\n\r\t"), hex(code)
        latin = ch.isascii() or "\u00c0" <= ch <= "\u024f"
        assert bool(_NOT_LATIN.match(ch)) == (not latin), hex(code)
