"""Which time expressions date an event (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _dates(coder: Any, sentence: str, published: str = "2021-06-10") -> dict[str, str | None]:
    return {e.trigger: e.date for e in coder.code(sentence, date=published)}


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "Since taking office in March, the Peruvian president has criticized Chile repeatedly.",
            "criticized",
        ),
        ("Mexico criticized Canada's stance on the 1994 NAFTA.", "criticized"),
        ("Japan urged China to cut emissions by 2025.", "urged"),
        ("The Polish minister, who visited Kiev in January, criticized Russia.", "criticized"),
    ],
)
def test_background_times_keep_the_publication_date(coder: Any, sentence: str, trigger: str) -> None:
    assert _dates(coder, sentence)[trigger] == "2021-06-10"


def test_the_event_keeps_the_date_of_its_own_clause(coder: Any) -> None:
    assert (
        _dates(coder, "The Iranian minister condemned the 2014 war on Tuesday.")["condemned"] == "2021-06-08"
    )


def test_a_day_that_names_a_meeting_still_dates_it(coder: Any) -> None:
    assert _dates(coder, "At Tuesday's meeting, Mexico criticized Canada.")["criticized"] == "2021-06-08"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's senate on Tuesday passed a bill that would impose sanctions on Chile.",
        "Peru's senate voted on Tuesday for legislation to impose sanctions on Chile.",
        "Peru's senate on Tuesday approved a measure imposing sanctions on Chile.",
    ],
)
def test_an_enacted_bill_acts_on_the_day_of_the_vote(coder: Any, sentence: str) -> None:
    assert _dates(coder, sentence)["sanctions"] == "2021-06-08"


def test_a_yearless_date_in_an_infinitive_looks_ahead(coder: Any) -> None:
    """An agreement is dated by what it plans, next January; a threat made is of the story's day."""
    dates = _dates(coder, "Iran agreed to reopen the strait on Jan. 9.", published="2021-12-20")
    assert dates["agreed"] == "2022-01-09"
    dates = _dates(coder, "Iran threatened to close the strait on Jan. 9.", published="2021-12-20")
    assert dates["threatened"] == "2021-12-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peruvian police fired tear gas at a crowd on Tuesday, killing two, the ministry said on Thursday.",
        "Peruvian rebels attacked a border post on Tuesday and killed two, the army said on Thursday.",
    ],
)
def test_a_result_participle_or_a_bare_conjunct_takes_its_verbs_date(coder: Any, sentence: str) -> None:
    assert _dates(coder, sentence)["killing" if "killing" in sentence else "killed"] == "2021-06-08"


def test_a_conjunct_with_its_own_subject_keeps_its_own_date(coder: Any) -> None:
    sentence = (
        "Peruvian rebels attacked a border post on Tuesday, and the army killed two of them on Thursday."
    )
    assert _dates(coder, sentence)["killed"] == "2021-06-10"


def test_an_infinitive_of_an_attempt_shares_its_verbs_past(coder: Any) -> None:
    """ "tried to arrest him late on Wednesday" (published on Thursday 2021-06-10): the Wednesday
    before, not the next one, as for "agreed to meet on Wednesday"."""
    tried = _dates(coder, "Kenyan police tried to arrest the Ugandan activist late on Wednesday.")
    assert tried["arrest"] == "2021-06-09"
    agreed = _dates(coder, "Kenya agreed to meet Ugandan officials on Wednesday.")
    assert agreed["agreed"] == "2021-06-16"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the main clause takes the time of its "when" clause
        ("When the Peruvian minister visited Lima on Tuesday, he criticized Chile.", "criticized"),
        # a "when" clause takes the time of the clause or the date it hangs on
        ("The crisis began on Tuesday, when Peruvian rebels attacked a border post.", "attacked"),
    ],
)
def test_a_when_clause_and_its_main_clause_share_a_time(coder: Any, sentence: str, trigger: str) -> None:
    assert _dates(coder, sentence)[trigger] == "2021-06-08"


def test_a_when_clause_without_a_time_leaves_the_main_clause_its_own(coder: Any) -> None:
    sentence = "When the Peruvian minister visited Lima, he criticized Chile on Tuesday."
    assert _dates(coder, sentence)["criticized"] == "2021-06-08"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Peru's senate voted to impeach the president on Tuesday.", "impeach"),
        ("Peru's senate voted on Tuesday to impeach the president.", "impeach"),
        ("Chilean police tried on Tuesday to arrest the Peruvian consul.", "arrest"),
        # a means and a purpose clause happen with the act they serve
        ("Chilean police used tear gas to disperse Peruvian protesters late on Tuesday.", "disperse"),
        ("The Chilean army moved in on Tuesday to crush the Peruvian protests.", "crush"),
    ],
)
def test_an_infinitive_that_happens_with_its_verb_has_that_verbs_day(
    coder: Any, sentence: str, trigger: str
) -> None:
    """Published on a Thursday: last Tuesday, not the next one nor the publication date."""
    assert _dates(coder, sentence)[trigger] == "2021-06-08"


def test_a_purpose_of_a_planned_act_keeps_its_future(coder: Any) -> None:
    """ "will chair a meeting on June 28 to discuss": this June, not last year's."""
    dates = _dates(coder, "Peru will chair a meeting on June 28 to discuss sanctions on Chile.")
    assert dates["discuss"] == "2021-06-28"


def test_an_intention_dated_by_its_own_past_clause_is_not_moved_ahead(coder: Any) -> None:
    """ "sought to" makes the act planned, but the date belongs to the seeking: it is in the past."""
    assert _dates(coder, "Chile's May 2 order sought to ban Peruvian imports.")["ban"] == "2021-05-02"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Peru threatened to impose tariffs on Chilean goods from July 1.", "threatened"),
        ("The EU called on Peru to hold elections in December.", "called"),
    ],
)
def test_an_act_done_is_not_dated_after_the_story(coder: Any, sentence: str, trigger: str) -> None:
    """The day of what is threatened or asked for is not the threat's or the call's: published
    on June 10, the act was done by then."""
    assert _dates(coder, sentence)[trigger] == "2021-06-10"


def test_a_planned_act_keeps_its_later_day(coder: Any) -> None:
    assert _dates(coder, "Peru will impose tariffs on Chilean goods from July 1.")["tariffs"] == "2021-07-01"
