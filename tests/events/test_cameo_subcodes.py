"""The finer CAMEO codes added for coverage are reached by ordinary sentences (written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

CASES = [
    ("Jordan agreed to share intelligence with Egypt.", "0314"),
    ("Japan pledged food and medicine to Yemen.", "0333"),
    ("The Kenyan president promised to hold a referendum on the constitution.", "0344"),
    ("Italy's premier met his Greek counterpart on the sidelines of the summit.", "044"),
    ("The Turkish prosecutor's office is investigating the air strike.", "093"),
    ("Poland demanded the extradition of the former minister from Ukraine.", "1013"),
    ("Germany pressed Iran to lift restrictions on journalists.", "1051"),
    ("Hungary refused to share intelligence with Austria.", "1214"),
    ("Syrian rebels rejected Russian mediation.", "126"),
    ("Moldova's president threatened to impose a curfew in the capital.", "1323"),
    ("Israel threatened war against Hezbollah.", "1384"),
    ("Thousands of Serbian students demonstrated for the resignation of the prime minister.", "1411"),
    ("Nurses in Chile went on a hunger strike over the new law.", "1422"),
    ("The Chadian government put the police on alert.", "151"),
    ("Sweden suspended loans to Zambia.", "1621"),
    ("Rebels used villagers as human shields.", "184"),
]


@pytest.mark.parametrize(("sentence", "cameo"), CASES)
def test_sentence_reaches_the_specific_code(coder: Any, sentence: str, cameo: str) -> None:
    codes = [event.cameo for event in coder.code(sentence, date="2020-03-04")]
    assert cameo in codes, codes
