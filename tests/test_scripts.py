"""Patterns split by alphabet must find what the whole pattern finds: the split is a speed-up, never a new rule."""

import re

import pytest

from mapper import cues, extract, spatial
from mapper.scripts import ByScript, has_arabic, has_latin

SENTENCES = [
    "Three people were taken to the hospital in al-Mayadin after the strike.",
    "A drone launched from positions near the bridge struck a car in Hajin.",
    "نقل الجرحى إلى مشفى في مدينة الميادين بعد الغارة",
    "قصفت قوات النظام بلدة ذيبان انطلاقاً من مواقعها في",
    "according to Deir Ezzor 24, the drone came from",
    "Residents of al-Quriyah told North Press that",
    "وقال مراسل Deir Ezzor 24 في",  # both alphabets: the whole pattern
    "Mortar shells fell on houses; the area has long been a target, residents said.",
    "البلدة تعرضت للقصف مراراً خلال السنوات الماضية",
    "The coalition denied responsibility; the report could not be independently verified.",
    "نفى التحالف الدولي تنفيذ الغارة، ولم يتسن التحقق من الخبر",
    "rockets hit positions of the US forces at the Conoco field, according to the SDF",
    "استهدفت الطائرة مواقع الميليشيات الإيرانية بحسب المرصد",
    "Israeli jets, presumably, struck; the US-led coalition said it struck ISIS; an unidentified drone hit",
    "طائرات يرجح أنها إسرائيلية استهدفت مواقع، وتبنى التحالف الدولي الغارة، وطائرة مجهولة الهوية",
    "SDF forces raided homes in al-Shuhayl and arrested three; clashes broke out; a drone flew over Hajin.",
    "داهمت قوات قسد منازل في الشحيل واعتقلت ثلاثة، واندلعت اشتباكات، وحلقت طائرة استطلاع فوق هجين",
    "",
]


def _same(a, b):
    return (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


@pytest.mark.parametrize("text", SENTENCES)
def test_split_patterns_find_what_the_whole_pattern_finds(text):
    for rx in (extract._NOT_TARGET_BEFORE, extract._BACKGROUND, cues._NOT_AGENT_BEFORE, cues.DENIED, cues.DENIED_ROLE,
               cues.UNCONFIRMED, cues._ANY_ACTOR, cues.PRESUMED, cues.UNIDENTIFIED, cues.CLAIMED, cues._ANY_SENSE,
               *[rx for _, rx in cues._NOT_STRIKE_SENSES]):
        for tail in range(len(text) + 1):  # every suffix: the not-a-target cues are anchored at the end
            part = text[:tail]
            assert _same(rx.search(part), rx.whole.search(part)), (part, rx.whole.pattern[:40])
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.whole.finditer(text)]


def test_a_sentence_is_searched_with_the_part_its_letters_allow():
    rx = ByScript([("k", r"\bfrom", r"(?<![\u0621-\u064a])من"), (None, r"\bnear", "قرب")], r"\s+$")
    assert rx.pattern_for("fired from ") is rx.latin
    assert rx.pattern_for("انطلقت من ") is rx.arabic
    assert rx.pattern_for("نقلا عن Reuters من ") is rx.whole
    assert rx.search("fired from ").lastgroup == "k"
    assert rx.search("انطلقت من ").lastgroup == "k"
    assert rx.search("قرب ") is not None and rx.search("near ") is not None
    assert rx.search("fired at ") is None and rx.search("على ") is None


def test_a_side_in_the_wrong_alphabet_is_refused():
    with pytest.raises(ValueError):
        ByScript([("k", r"\bfrom|من", "")])  # Arabic written on the English side would be skipped on Arabic text
    with pytest.raises(ValueError):
        ByScript([("k", "", r"\d+")])  # an "Arabic" side with no Arabic letter could match an English sentence


def test_alphabets():
    assert has_arabic("قصف") and not has_latin("قصف")
    assert has_latin("Hajin") and not has_arabic("Hajin")
    assert not has_arabic("2024-03-01") and not has_latin("2024-03-01")


@pytest.mark.parametrize("text,words", [
    ("Jets struck the desert south of al-Mayadin", "the desert south of"),
    ("قصف مدفعي على أطراف مدينة البوكمال", "أطراف مدينة"),
    ("A drone hit a car near the town of Hajin", "near the town of"),
])
def test_qualifiers_of_either_alphabet_are_still_found(text, words):
    name = text.split()[-1]
    start = text.rindex(name)
    q = spatial.find_qualifier(text, start, start + len(name))
    assert q is not None and q.words == words  # (a bearing takes up to two words before it)


def test_an_english_word_on_the_arabic_side_is_refused():
    # a cue on the Arabic side would be searched in Arabic text only, and never in English
    with pytest.raises(ValueError):
        ByScript([("k", r"\bfrom", r"(?<![\u0621-\u064a])من|hospital\s+in")])
    ByScript([("k", r"\bfrom", r"(?<![\u0621-\u064a])(?P<x>من)\s+\S+")])  # letters of syntax only: accepted
    # written as one string, each branch goes to the side of its alphabet, wherever it stands
    rx = ByScript.named([("k", r"\bfrom|(?<![\u0621-\u064a])من|hospital\s+in")], r"\s+$")
    assert rx.search("taken to the hospital in ").lastgroup == "k"
    assert rx.search("نقل إلى مشفى من ").lastgroup == "k"


def test_a_compiled_pattern_is_split_at_its_top_level_arabic_alternatives():
    from mapper import dates
    weekday = dates._WEEKDAY_RX
    assert isinstance(weekday, ByScript)
    m = weekday.search("late on Tuesday night")
    assert m.group("wd") == "Tuesday" and m.group("wda") is None  # the other side's group is there, unmatched
    m = weekday.search("فجر يوم الثلاثاء")
    assert m.group("wda") == "الثلاثاء" and m.group("wd") is None
    # a group holding both alphabets cannot be split: the pattern stays as it was
    mixed = re.compile(r"(?P<w>\bweek ago\b|قبل أسبوع)")
    assert ByScript.of(mixed) is mixed
    assert ByScript.of(re.compile(r"\btoday\b")).pattern == r"\btoday\b"  # no Arabic: unchanged


@pytest.mark.parametrize("text", SENTENCES + ["Two days ago, and again yesterday morning, jets struck al-Bukamal",
                                              "قصفت الطائرات أمس وقبل يومين بلدة هجين، وفجر اليوم الثلاثاء"])
def test_date_patterns_split_by_alphabet_find_what_the_whole_pattern_finds(text):
    from mapper import dates
    for rx in [rx for rx, _ in dates._RELATIVE] + [dates._WEEKDAY_RX]:
        if isinstance(rx, ByScript):
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in rx.whole.finditer(text)]
