"""Rules of reading from the fifth extraction round, on sentences written for these tests (Arabic and English).

Each class was exposed by an error left on the tuning split; the sentences here are our own, in both languages
where the class applies, with one the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from .reading import Reader

PUB = date(2021, 3, 10)  # a Wednesday
_reader = Reader(PUB)
report, events, places = _reader.report, _reader.events, _reader.places


def reason(text, gaz, mention, pub=PUB):
    return [d.reason for d in _reader.decisions(text, gaz, mention, pub)]


# --- an English word one letter off a trigger is no typo of it -------------------------

@pytest.mark.parametrize("text", [
    "Al-Bukamal, also spelled Abu Kamal, lies on the Euphrates a few kilometres from the border.",
    "Farmers in Hajin spilled grain on the road during the harvest.",
    "البوكمال، وتكتب أيضاً أبو كمال، مدينة صغيرة على الفرات قرب الحدود.",
])
def test_inflected_english_word_is_no_trigger(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text", [
    "Unknown warplanes carried out riads on Hajin today.",
    "The regime shelld al-Shuhayl today.",
])
def test_real_typos_still_trigger(text, gaz):
    assert len(places(text, gaz)) == 1


# --- an origin told with the positions it came from ------------------------------------

@pytest.mark.parametrize("text", [
    "Shells fell on al-Tayyana today; residents said the shelling came from positions on the western bank near "
    "the al-Mayadin bridge.",
    "سقطت قذائف على بلدة الطيانة اليوم، وقال الأهالي إن القذائف انطلقت من مواقع على الضفة الغربية قرب جسر الميادين.",
])
def test_origin_positions_near_a_place(text, gaz):
    assert places(text, gaz) == ["al-tayyana"]


def test_positions_near_a_place_struck_are_a_target(gaz):
    text = "Warplanes struck positions on the western bank near the al-Mayadin bridge today."
    assert places(text, gaz) == ["al-mayadin-bridge"]
