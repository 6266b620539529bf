"""evaluate_tempeval on the shared TempEval-3 platinum documents and on small synthetic ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.evaluate.tempeval import TempEvalReport, evaluate_tempeval

_DOC = """<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">\
March 22, 2013</TIMEX3></DCT>
<TEXT>Officials <EVENT eid="e1">said</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> the fund \
<EVENT eid="e2">grew</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2012">2012</TIMEX3> for \
<TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3>. It will close \
<TIMEX3 tid="t4" type="DATE" value="2013-W13">next week</TIMEX3> and reopen in \
<TIMEX3 tid="t5" type="DATE" value="2013-06">June</TIMEX3>, they \
<TIMEX3 tid="t6" type="DATE" value="2013-W12">said</TIMEX3>.</TEXT>
</TimeML>
"""


def test_platinum_accuracy(shared_dir: Path) -> None:
    report = evaluate_tempeval(shared_dir / "gold" / "tempeval3-platinum")
    assert report.total == 96
    assert report.found >= 88
    assert report.accuracy >= 0.86
    precise = evaluate_tempeval(shared_dir / "gold" / "tempeval3-platinum", precise_tense=True)
    assert precise.accuracy >= 0.87


def test_synthetic_document(tmp_path: Path) -> None:
    (tmp_path / "doc.tml").write_text(_DOC, encoding="utf-8")
    report = evaluate_tempeval(tmp_path)
    assert isinstance(report, TempEvalReport)
    assert (report.total, report.found, report.correct) == (5, 4, 4)
    assert report.accuracy == 0.8
    assert [(e.text, e.gold, e.predicted) for e in report.errors] == [("said", "2013-W12", None)]
    as_dict = report.as_dict()
    assert as_dict["total"] == 5 and as_dict["errors"][0]["doc"] == "doc.tml"


def test_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EventwireError, match="no TimeML"):
        evaluate_tempeval(tmp_path)


def test_broken_document_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(EventwireError, match=r"bad\.tml"):
        evaluate_tempeval(tmp_path)
