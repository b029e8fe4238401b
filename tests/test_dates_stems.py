"""The literal stems that let find_dates skip a relative-day pattern must be in every match of that pattern."""

from pathlib import Path

import pytest

from mapper import dates

SENTENCES = [
    "The day before yesterday and again late on the previous day, jets struck Hajin; overnight shelling followed.",
    "Earlier today, at 10:30 p.m. and before dawn on the same day, hours ago, early this morning, tonight.",
    "Three days ago, a week ago and two weeks ago; in recent days, over the past days, last week.",
    "قصفت الطائرات مساء أمس وأول من أمس والبارحة وليلة أمس والليلة الماضية بلدة هجين",
    "فجر اليوم وقبل قليل ومنذ ساعات وقبل ساعتين وقبل يومين وقبل ثلاثة أيام وقبل أسبوع وقبل أسبوعين",
    "خلال الأيام الماضية والأسبوع الماضي",
]
REPORTS = sorted((Path(__file__).parent / "reports" / "en").glob("*.txt"))[:40] + \
    sorted((Path(__file__).parent / "reports" / "ar").glob("*.txt"))[:40]


@pytest.mark.parametrize("text", SENTENCES + [p.read_text(encoding="utf-8") for p in REPORTS])
def test_every_match_holds_one_of_its_stems(text):
    for rx, what in dates._RELATIVE:
        stems = dates._RELATIVE_STEMS.get(what)
        if not stems:
            continue
        for m in rx.finditer(text):
            words = m.group(0).lower()
            assert any(k in words for k in stems) or (what == 0 and words.startswith("at ")), (what, m.group(0))


def test_the_stems_are_a_test_not_a_rule():
    # the same findings with the stems as without them
    pub = dates.date(2024, 3, 13)
    with_stems = [dates.find_dates(t, pub) for t in SENTENCES]
    saved, dates._RELATIVE_STEMS = dates._RELATIVE_STEMS, {}
    try:
        without = [dates.find_dates(t, pub) for t in SENTENCES]
    finally:
        dates._RELATIVE_STEMS = saved
    assert with_stems == without and all(with_stems[:5])
