"""Place names that are also ordinary words count as places only when the text treats them as places."""

from __future__ import annotations

import pytest

from gazetteer.gate import COMMON_WORDS, is_gated


def places(gaz, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.id) for m in gaz.find(text)]


NOT_PLACES = [
    # lowercase common words
    "Shelling hit the eastern (sharqi) bank of the river on Monday.",
    "The drone fell on a salt flat (sabkha) in the desert.",
    "An old tabiya (fort) stands by the road.",
    "ضربت المسيرة سيارة على الطريق بين الحقول",
    # a broadcaster, not a place
    "Al Jazeera reported heavy shelling overnight.",
    "Sources told Al Jazeera that jets flew overhead.",
    "وقالت قناة الجزيرة إن الطيران حلق فوق المنطقة",
    # a capitalised common word with nothing that makes it a place
    "Tabiya was the word the commander used for the fort.",
    "Locals in Sur said nothing happened.",
    "They Tell us the Omar family left.",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_common_word_is_not_a_place(gaz, text):
    assert places(gaz, text) == []


# Arabic "مرات" is "times": counted ("عدة مرات", "ثلاث مرات", "3 مرات", "مرات عدة") it is no village Marrat,
# even a few words from a real place, which would otherwise let a gated name through.
COUNTED = [
    ("قصفت طائرات مسيرة مواقع في مدينة الميادين عدة مرات خلال الأسبوع", "al-mayadin"),
    ("تعرضت مدينة البوكمال للقصف ثلاث مرات منذ الصباح", "al-bukamal"),
    ("استهدفت الغارات محيط الميادين مرات عدة", "al-mayadin"),
    ("قصفت المسيرات البوكمال 3 مرات", "al-bukamal"),
]


@pytest.mark.parametrize("text,place", COUNTED)
def test_arabic_count_of_times_is_not_the_village_marrat(gaz, text, place):
    assert [pid for _, pid in places(gaz, text)] == [place]


PLACES = [
    ("Shelling hit the village of Tabiya on Monday.", [("Tabiya", "al-tabiyah")]),
    ("A drone struck a car in al-Tabiyah.", [("al-Tabiyah", "al-tabiyah")]),
    ("Drones flew over Hatla, Murat, Tabiya and Khasham.",
     [("Hatla", "hatla"), ("Murat", "marrat"), ("Tabiya", "al-tabiyah"), ("Khasham", "khasham")]),
    ("قصف مدفعي على قرية الطابية", [("الطابية", "al-tabiyah")]),
    ("استهدفت مسيرة سيارة بالطابية", [("الطابية", "al-tabiyah")]),
    ("Shelling targeted al-Sur town.", [("al-Sur", "al-suwar")]),
    ("Jets pounded Murat at dawn.", [("Murat", "marrat")]),
    ("استهدفت الغارات قرية مرات شرقي النهر", [("مرات", "marrat")]),
    ("قصفت قوات النظام بلدات حطلة ومرات", [("حطلة", "hatla"), ("مرات", "marrat")]),
]


@pytest.mark.parametrize("text,expected", PLACES)
def test_common_word_is_a_place_in_context(gaz, text, expected):
    assert places(gaz, text) == expected


def test_region_word_keeps_only_the_region(gaz):
    # "the Jazira region" is the wide region east of the Euphrates, never a village called Jazira
    found = gaz.find("Jets struck targets across the Jazira region overnight.")
    assert [m.place.type for m in found] == ["region"]
    assert all(c.place.is_region for m in found for c in m.candidates)
    found = gaz.find("Coalition jets struck the Shamiya region.")
    assert [m.place.id for m in found] == ["deir-ez-zor-shamiya"]


def test_which_names_are_gated():
    assert {"tabiya", "jazira", "sabkha", "shamiya", "sharqi", "gharbi", "hawi", "sur", "tal", "jisr"} <= COMMON_WORDS
    for mention in ("Tabiya", "al-Tabiyah", "Sharqi", "Murat", "Sur", "الطابية", "بالطابية"):
        assert is_gated(mention), mention
    for mention in ("Hajin", "al-Mayadin", "Deir ez-Zor", "Tabiyah Jazira", "هجين"):
        assert not is_gated(mention), mention
