"""find_time_expressions: spans, offsets, maximality and numbers that are not dates."""

from __future__ import annotations

import itertools
import re
import sys

import pytest

from eventwire.temporal import TimeExpression, find_time_expressions
from eventwire.temporal.finder import _ASCII_FOLDS, _NEEDS, _candidates, _patterns, _skipped


def _texts(text: str) -> list[str]:
    return [e.text for e in find_time_expressions(text)]


def test_offsets_index_the_searched_text() -> None:
    text = "The minister said on Tuesday that talks would start in early March 2017."
    found = find_time_expressions(text)
    assert found == [TimeExpression(21, 28, "Tuesday"), TimeExpression(55, 71, "early March 2017")]
    assert all(text[e.start : e.end] == e.text for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials met yesterday and will meet again tomorrow.", ["yesterday", "tomorrow"]),
        ("Talks collapsed last week and resume next week.", ["last week", "next week"]),
        ("Sales fell this month, after rising last month.", ["this month", "last month"]),
        ("It happened last year and may recur next year.", ["last year", "next year"]),
        ("He arrived on Feb. 3 and left on Sept 28, 2016.", ["Feb. 3", "Sept 28, 2016"]),
        ("Signed on 3 February 2016 in Rome.", ["3 February 2016"]),
        ("The report (2016-09-28) was leaked in March 2015.", ["2016-09-28", "March 2015"]),
        ("The war ended in 1995.", ["1995"]),
        ("It will rain this summer, unlike last winter.", ["this summer", "last winter"]),
        ("Prices rose in mid-2016 and again late last year.", ["mid-2016", "late last year"]),
        ("Talks start from around the beginning of May.", ["around the beginning of May"]),
        ("The flu peaked by the end of the year.", ["the end of the year"]),
        ("The drought lasted from March to May 2015.", ["from March to May 2015"]),
        ("The pandemic of 2009-2010 killed many.", ["2009-2010"]),
        ("He took office four years ago.", ["four years ago"]),
        ("Prices are high now, as in the past.", ["now", "the past"]),
        ("Theresa May met him on Monday night.", ["Monday night"]),
        ("He spoke to the president last night and again this morning.", ["last night", "this morning"]),
        ("Two days later, prosecutors charged him.", ["Two days later"]),
        ("Rebels had attacked the convoy 10 days earlier.", ["10 days earlier"]),
        ("The next day, protesters clashed with police.", ["The next day"]),
    ],
)
def test_finds_maximal_expressions(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They sent 1,000 troops and pledged $5 billion.",
        "Under Article 5 of the treaty, allies must respond.",
        "Some 2000 people marched through the capital.",
        "Turnout was 2016 percent of the target.",
        "Flight 2015 landed safely.",
        "The city ordered mills to halve output a month earlier than usual, and a week earlier than planned.",
        "You may march on the city.",
        "Theresa May spoke to reporters.",
        "The March on Washington drew crowds.",
        "He attended a summer camp for three days over two years.",
        "Over the past two years the economy grew.",
        "Guests stayed at Mar-a-Lago.",
        "Troops are expected to fall back; the rise and fall of empires.",
        "The strike reached its peak on day 1600 of the dispute.",
        "Protesters marched for the 2099th time.",
        "It was the 1999th session of the council.",
    ],
)
def test_does_not_fire_on_non_dates(text: str) -> None:
    assert _texts(text) == []


def test_ambiguous_month_needs_date_context() -> None:
    assert _texts("The book is due to be published in May.") == ["May"]
    assert _texts("May 5 was chosen.") == ["May 5"]


def test_results_do_not_overlap_and_are_ordered() -> None:
    text = "Between June and July 2016, and then on Friday, Jan. 6, officials met twice in 2017."
    found = find_time_expressions(text)
    assert [e.text for e in found] == ["Between June and July 2016", "Friday", "Jan. 6", "2017"]
    for left, right in itertools.pairwise(found):
        assert left.end <= right.start


def test_modifiers_do_not_attach_to_vague_references() -> None:
    assert _texts("They talked about the future.") == ["the future"]
    assert _texts("Polls ran between Jan.7-23.") == ["Jan.7-23"]


def test_empty_text() -> None:
    assert find_time_expressions("") == []


def test_every_match_of_a_prefiltered_pattern_holds_what_it_needs() -> None:
    """A text is searched with a candidate pattern only if it holds what ``_NEEDS`` says the pattern
    needs; every match found in texts of all kinds must hold it, so that skipping loses none."""
    texts = [
        "Signed on 3 February 2016, on Feb. 3-5, 2017 and on Sept 28; the 2016-09-28 report of 2009-10.",
        "He took office four years ago, two Weeks AGO and 12 months ago; 1995 and the 1990s.",
        "It happened on the 3rd of March 2015, May 2016, in mid-2016 and in Jan. 2020.",
    ]
    patterns = dict(_patterns().candidates)
    for needed, names in _NEEDS:
        for name in names:
            matches = [m.group() for text in texts for m in patterns[name].finditer(text)]
            assert matches and all(needed.search(m) for m in matches), name


_WORDED = [
    "On Tuesday morning and on Friday; last night, this evening, tonight and yesterday afternoon.",
    "In the coming weeks, next month, the past year, the following Monday, last spring, in winter 2016.",
    "At the beginning of the year, by the end of the month; currently, at the time, right now, soon.",
    "SEPT. 3, Sept. 28, March 3-5, 2017, in mid-March, on 3 May 2016, in Jan. 2020, the FUTURE, these days.",
    "Nothing here says when: the officials met and talked about the president's plans.",
    "Two days later, 10 weeks earlier, the next day, the Previous Day.",
]


def test_every_match_of_an_anchored_pattern_holds_an_anchor_word() -> None:
    """A text is searched with a pattern that has anchor words only if it holds one of them (in lower
    case); every match found in texts of all kinds must hold one, so that skipping loses none."""
    patterns = dict(_patterns().candidates)
    for words, names in _patterns().anchors:
        for name in names:
            matches = [m.group().lower() for text in _WORDED for m in patterns[name].finditer(text)]
            assert matches and all(any(w in m for w in words) for m in matches), name


def test_skipped_patterns_have_no_match() -> None:
    texts = [*_WORDED, "Sunday", "the \u0130stanbul talks of t\u0131me past", "n\u212aw, \u017foon", ""]
    patterns = dict(_patterns().candidates)
    for text in texts:
        for name in _skipped(text):
            assert patterns[name].search(text) is None, (name, text)
    assert not _skipped("t\u0131me") & {"reference", "month"}  # a dotless i: every pattern is searched
    assert _candidates("at the t\u0131me") == [(0, 11)]  # "at the time" to the case-insensitive pattern


def test_only_the_listed_characters_match_ascii_letters_without_lowering_to_them() -> None:
    """Every character a case-insensitive pattern matches to an ASCII letter lowers to that letter
    (so the anchor words are found in the lowered text), or makes ``_skipped`` skip nothing."""
    letter = re.compile("(?i:[a-z])")
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char) and not _ASCII_FOLDS.match(char):
            assert char.lower().isascii() and len(char.lower()) == 1, hex(code)
