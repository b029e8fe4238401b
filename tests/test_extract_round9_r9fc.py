"""Round 9 (share C, en-120…129 and the Arabic leftovers): each error class read as a rule on sentences written for
the test, in both languages where the construction exists in both, with the ordinary sentence the rule must leave
alone."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import segment
from mapper.cues import find_triggers, is_back_reference, non_strike_sense
from mapper.extract import extract_report

from .reading import Reader

PUB = date(2023, 4, 12)  # a Wednesday
_reader = Reader(PUB)
HEADLINE_EN, HEADLINE_AR = "Strikes in eastern Syria\n\n", "ضربات في شرق سوريا\n\n"


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def _with_headline(text: str) -> str:
    return (HEADLINE_AR if _arabic(text) else HEADLINE_EN) + text


def places(text, gaz, headline=True):
    return sorted(e.place_id for e in _reader.events(_with_headline(text) if headline else text, gaz)
                  if e.place_id != "syria")


def dated(text, gaz):
    return {e.place_id: e.event_date for e in _reader.events(_with_headline(text), gaz)}


def unlocated(text, gaz):
    return [u.words for u in extract_report(_reader.report(_with_headline(text)), gaz).unlocated]


# --- 1. a list heading on a line of its own ends the article ---------------------------------------------

@pytest.mark.parametrize("heading", ["Other news", "More stories:", "أخبار أخرى", "المزيد من الأخبار"])
def test_a_list_heading_ends_the_article(heading, gaz):
    text = ("Jets struck positions in Hajin on Tuesday night, killing four fighters.\n\n"
            f"{heading}\n- Child wounded by a landmine blast in al-Busayrah\n- Clinic opens in al-Shuhayl")
    assert places(text, gaz) == ["hajin"]


def test_a_sentence_that_starts_like_a_heading_stays(gaz):
    kinds = [b.kind for b in segment.blocks("Title\n\nOther news agencies said a drone struck Hajin on Tuesday.")]
    assert kinds == ["title", "body"]
    text = "Jets struck Hajin on Tuesday.\n\nOther news agencies said a drone also struck al-Busayrah on Tuesday."
    assert places(text, gaz) == ["al-busayrah", "hajin"]


# --- 2. a headline's "second raid" counts the body's strikes ----------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Second raid in hours.. jets hit militia sites in Albukamal countryside\n\n"
     "Jets struck militia positions in the village of al-Sayyal on Tuesday, hours after a raid on al-Abbas on "
     "Monday.", ["al-abbas", "al-sayyal"]),
    ("غارة ثانية خلال ساعات على مواقع الميليشيات في ريف البوكمال\n\n"
     "استهدفت طائرات حربية مواقع للميليشيات في بلدة السيال فجر الثلاثاء، بعد ساعات من غارة على قرية العباس يوم "
     "الاثنين.", ["al-abbas", "al-sayyal"]),
])
def test_a_headline_second_raid_is_not_a_strike_of_its_own(text, place, gaz):
    assert places(text, gaz, headline=False) == place


def test_a_second_strike_in_the_body_on_the_countryside_stays(gaz):
    text = ("Jets struck al-Sayyal on Tuesday.\n\n"
            "A second drone struck a truck in the Albukamal countryside on Tuesday.")
    assert "district-al-bukamal" in places(text, gaz)


# --- 3. troops that raid, and a cell raided, are on the ground -------------------------------------------

@pytest.mark.parametrize("text", [
    "The Syrian Democratic Forces, backed by the Coalition, raided a house in Dhiban on Tuesday and killed two men.",
    "SDF troops raided an ISIS sleeper cell in Dhiban before dawn on Tuesday.",
    "أغارت قوة من قسد بدعم من التحالف على خلية نائمة لداعش في بلدة ذيبان فجر الثلاثاء.",
    "وعقب الغارات، نشرت الميليشيات حواجز في الميادين واعتقلت شابين في حي التمو.",
])
def test_a_ground_raid_is_not_a_strike(text, gaz):
    assert places("Jets struck Hajin on Monday.\n\n" + text, gaz) == ["hajin"]


@pytest.mark.parametrize("text, place", [
    ("Russian air forces raided ISIS positions in Dhiban on Tuesday.", "dhiban"),
    ("Israeli fighters raided positions near Dhiban on Tuesday.", "dhiban"),
    ("Coalition jets raided an ISIS cell's hideout in Dhiban on Tuesday.", "dhiban"),
    ("أغارت طائرات التحالف على خلية لداعش في بلدة ذيبان فجر الثلاثاء.", "dhiban"),
    ("أغارت طائرات حربية على مقرات للميليشيات في بلدة ذيبان فجر الثلاثاء.", "dhiban"),
])
def test_an_air_raid_stays(text, place, gaz):
    assert places(text, gaz) == [place]


def test_arrests_and_assassinations_and_made_devices_are_no_strikes():
    assert non_strike_sense("واعتقلت الميليشيات شابين في حي التمو بعد الغارات").startswith("not a strike sense: ground raid")
    assert non_strike_sense("operations against cells after a wave of assassinations targeting council members")
    assert not [t for t in find_triggers("found a workshop ISIS used to manufacture explosive devices")
                if t.kind == "explosion"]
    assert [t for t in find_triggers("an explosive device went off under a car") if t.kind == "explosion"]


@pytest.mark.parametrize("sentence, word", [
    ("وعقب الغارات، استنفرت الميليشيات عناصرها", "الغارات"),
    ("بعد القصف نزح عشرات الأهالي", "القصف"),
])
def test_after_the_strikes_told_is_a_back_reference(sentence, word):
    t = next(t for t in find_triggers(sentence) if t.word == word)
    assert is_back_reference(sentence, t)


def test_after_strikes_of_its_own_is_not():
    sentence = "قصفت طائرات مجهولة البوكمال بعد غارات استهدفت الميادين"
    assert not any(is_back_reference(sentence, t) for t in find_triggers(sentence))


# --- 4. the sources of the fire are launch points, not witnesses -------------------------------------------

@pytest.mark.parametrize("text", [
    "Rockets hit the base at the al-Omar field on Monday evening. Coalition artillery answered at once, shelling the "
    "sources of the rocket fire in the al-Shibli area.",
    "تعرضت قاعدة حقل العمر لقصف صاروخي مساء الاثنين. وردّت مدفعية التحالف فوراً على مصادر إطلاق الصواريخ في منطقة "
    "الشبلي.",
])
def test_the_sources_of_fire_struck_back_are_targets(text, gaz):
    assert "al-shibli" in places(text, gaz)


@pytest.mark.parametrize("text", [
    "Sources in al-Shibli said a drone struck the al-Omar field on Monday.",
    "وقالت مصادر في منطقة الشبلي إن طائرة مسيرة قصفت حقل العمر يوم الاثنين.",
])
def test_sources_in_a_town_are_witnesses(text, gaz):
    assert places(text, gaz) == ["al-omar-oil-field"]


# --- 5. "إلى جانب", beside, is no direction of movement --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("واستهدفت الغارات مواقع في صوامع الميادين، إلى جانب مستودعات عياش.", ["al-mayadin-silos", "ayyash-warehouses"]),
    ("The raids hit sites at the al-Mayadin silos, alongside the Ayyash warehouses.",
     ["al-mayadin-silos", "ayyash-warehouses"]),
])
def test_beside_is_a_place_struck(text, expected, gaz):
    assert places(text, gaz) == expected


def test_a_way_to_a_place_is_still_movement(gaz):
    assert places("قصفت طائرة مسيرة سيارة في بلدة حطلة كانت متجهة إلى الميادين.", gaz) == ["hatla"]


# --- 6. a desert listed among the targets is ground struck -----------------------------------------------

@pytest.mark.parametrize("text", [
    "وطالت الغارات قرية الحسيان، إضافة إلى بادية الدوير وبادية البوكمال جنوبي المدينة.",
    "The raids hit al-Hassyan, as well as the al-Dweir desert and the al-Bukamal desert south of the city.",
])
def test_a_desert_listed_as_a_target_is_kept(text, gaz):
    assert places(text, gaz) == ["al-bukamal-desert", "al-dweir", "al-hassyan"]


@pytest.mark.parametrize("text", [
    "Blasts shook the al-Bukamal desert on Tuesday night. The sources said the blasts hit depots at al-Hassyan.",
    "هزت انفجارات بادية البوكمال ليل الثلاثاء. وقالت المصادر إن الانفجارات طالت مستودعات في قرية الحسيان.",
])
def test_a_desert_that_frames_a_strike_is_still_its_region(text, gaz):
    assert places(text, gaz) == ["al-hassyan"]


# --- 7. a city listed beside a district is named as an area ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli jets struck a building in the al-Ummal quarter and the Military Security branch on Wednesday. SANA "
    "said the aggression targeted the city of Deir ez-Zor and the Albukamal countryside.",
    "أصاب القصف الإسرائيلي اليوم الأربعاء مبنى في حي العمال ومبنى فرع الأمن العسكري. ونقلت سانا أن العدو نفذ عدواناً "
    "جوياً على مدينة دير الزور وريف البوكمال.",
])
def test_a_city_listed_beside_a_district_is_the_setting_of_its_quarters(text, gaz):
    assert places(text, gaz) == ["al-ummal", "military-security-deir"]


def test_a_city_struck_of_its_own_stays(gaz):
    text = ("Israeli jets struck a building in the al-Ummal quarter and the Military Security branch on Wednesday. "
            "On Monday, a drone struck a car in the city of Deir ez-Zor and the Albukamal countryside.")
    assert places(text, gaz) == ["al-ummal", "deir-ez-zor", "military-security-deir"]


# --- 8. what the target had done before is not the strike's day ------------------------------------------

@pytest.mark.parametrize("text", [
    "An unidentified aircraft struck a convoy of trucks near al-Bukamal late on Monday. Several strikes hit part of "
    "the convoy, which had entered Syria on Saturday through the al-Qaim crossing.",
    "قصفت طائرة مجهولة قافلة شاحنات قرب البوكمال مساء الاثنين. وأصابت عدة ضربات جزءاً من القافلة التي كانت قد دخلت "
    "الأراضي السورية يوم السبت عبر منفذ القائم.",
])
def test_a_day_the_target_had_done_something_is_not_the_strike_day(text, gaz):
    assert dated(text, gaz)["al-bukamal-al-qaim-crossing"] == "2023-04-10"


def test_a_day_of_a_strike_in_a_relative_clause_stays(gaz):
    text = "The convoy, which jets hit near the al-Qaim crossing on Saturday, was carrying fuel."
    assert dated(text, gaz)["al-bukamal-al-qaim-crossing"] == "2023-04-08"


# --- 9. an area the gazetteer lacks, located by a town or a desert ---------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Unidentified warplanes struck the al-Mazare' area in the desert of al-Mayadin on Monday.", "al-Mazare'"),
    ("Three blasts hit militia sites in the al-Humayda area near al-Bukamal on Monday night.", "al-Humayda"),
    ("وتحدث المرصد عن ثلاثة انفجارات في مواقع للفصائل في منطقة الحميضة قرب البوكمال ليل الاثنين.", "الحميضة"),
])
def test_an_unlisted_area_is_unlocated_and_its_locator_no_strike(text, words, gaz):
    assert places(text, gaz) == []
    assert words in unlocated(text, gaz)


@pytest.mark.parametrize("text, place", [
    ("Warplanes struck the Hajin area in the desert of al-Mayadin on Monday.", "hajin"),
    ("Drones struck militia sites in the desert of al-Mayadin on Monday.", "al-mayadin-desert"),
    ("قصفت طائرات مجهولة مواقع في منطقة الصناعة قرب البوكمال ليل الاثنين.", "al-bukamal-industrial-area"),
])
def test_a_known_area_or_a_desert_alone_stays(text, place, gaz):
    assert places(text, gaz) == [place]


# --- 10. the town that holds a place named as context is context too -------------------------------------

@pytest.mark.parametrize("text", [
    "A raid on Hajin on Monday wounded twelve fighters, who were taken to al-Shefaa hospital, a facility run by the "
    "militias in the city of al-Mayadin.",
    "وأصابت غارة على هجين يوم الاثنين 12 عنصراً، نُقلوا إلى مشفى الشفاء، الذي تديره الميليشيات في مدينة الميادين.",
])
def test_the_town_of_the_hospital_casualties_were_taken_to_is_not_struck(text, gaz):
    assert places(text, gaz) == ["hajin"]


@pytest.mark.parametrize("text", [
    "The wounded were taken to al-Shefaa hospital, and a second drone struck a car in the city of al-Mayadin.",
    "نُقل الجرحى إلى مشفى الشفاء، وقصفت طائرة مسيرة سيارة في مدينة الميادين.",
])
def test_a_town_struck_after_the_hospital_stays(text, gaz):
    assert places(text, gaz) == ["al-mayadin"]


# --- 11. the place that holds the guns that fired is where the fire came from ----------------------------

@pytest.mark.parametrize("text", [
    "Coalition artillery at the Conoco gas field base fired several shells this afternoon at Murat and Hatla.",
    "مدفعية التحالف في قاعدة حقل كونيكو قصفت بعدة قذائف بلدتي مراط وحطلة عصر اليوم.",
])
def test_where_the_guns_stand_is_not_struck(text, gaz):
    assert places(text, gaz) == ["hatla", "marrat"]


@pytest.mark.parametrize("text", [
    "Jets struck artillery at the Conoco gas field base on Wednesday.",
    "قصفت طائرات مسيرة مدفعية التحالف في قاعدة حقل كونيكو اليوم.",
])
def test_guns_struck_where_they_stand_stay(text, gaz):
    assert places(text, gaz) == ["conoco-gas-field"]


# --- 12. "near the city of" after the places struck is a locator ---------------------------------------

@pytest.mark.parametrize("text", [
    "The airstrikes hit homes in the towns of Baghouz Foqani and Souseh, on the eastern bank of the Euphrates River "
    "near the city of al-Bukamal.",
    "استهدفت الغارات منازل في بلدتي الباغوز فوقاني والسوسة على الضفة الشرقية لنهر الفرات قرب مدينة البوكمال.",
])
def test_near_the_city_after_the_places_struck_is_a_locator(text, gaz):
    assert places(text, gaz) == ["al-baghuz-fawqani", "al-susah"]


@pytest.mark.parametrize("text", [
    "A drone struck a car near the city of al-Bukamal on Wednesday.",
    "قصفت طائرة مسيرة سيارة قرب مدينة البوكمال اليوم.",
])
def test_near_the_city_alone_is_the_strike_place(text, gaz):
    assert places(text, gaz) == ["al-bukamal"]


# --- 13. a feed's entries are dated by the date line above them -----------------------------------------

FEED_EN = ("Syria live map: Deir ez-Zor\n\n"
           "8 April 2023, 13:55\nHajin: Coalition warplanes bombed ISIS positions in Hajin.\n\n"
           "9 April 2023, 20:40\nNDF fighter killed in clashes near al-Mayadin.\n\n"
           "10 April 2023, 07:15\nAn ISIS drone dropped two bombs on the al-Joura district, killing a child. "
           "Explosions were heard overnight.")
FEED_AR = ("خريطة حية: دير الزور\n\n"
           "السبت 8 نيسان 2023 - 13:55\nطائرات التحالف تقصف مواقع لداعش في بلدة هجين.\n\n"
           "الأحد 9 نيسان 2023 - 20:40\nمقتل عنصر من الدفاع الوطني في اشتباكات قرب الميادين.\n\n"
           "الاثنين 10 نيسان 2023 - 07:15\nطائرة مسيرة لداعش تستهدف حي الجورة بقنبلتين وتقتل طفلاً.")


@pytest.mark.parametrize("text", [FEED_EN, FEED_AR])
def test_a_feed_entry_is_dated_by_its_date_line(text, gaz):
    got = {e.place_id: e.event_date for e in _reader.events(text, gaz)}
    assert got == {"hajin": "2023-04-08", "al-joura": "2023-04-10"}


def test_an_entry_with_a_day_of_its_own_keeps_it(gaz):
    text = ("Feed\n\n8 April 2023, 13:55\nWarplanes bombed Hajin yesterday.\n\n"
            "10 April 2023, 07:15\nA drone struck al-Joura.")
    got = {e.place_id: e.event_date for e in _reader.events(text, gaz)}
    assert got == {"hajin": "2023-04-07", "al-joura": "2023-04-10"}


def test_a_page_stamp_is_no_entry_date(gaz):
    text = ("Drone strike in Hajin\n\n12 April 2023, 10:47\n\n"
            "A drone struck a car in Hajin on Monday, the monitor said.\n\nThe strike killed two.\n\n"
            "Jets also hit al-Joura.")
    got = {e.place_id: e.event_date for e in _reader.events(text, gaz)}
    assert got == {"hajin": "2023-04-10", "al-joura": "2023-04-10"}


# --- 14. a building named by its function is the paragraph's city's ---------------------------------------

@pytest.mark.parametrize("text", [
    "al-Mayadin: Coalition warplanes bombed the river crossings at al-Mayadin. One man was killed in a strike near "
    "the former Military Security building.",
    "الميادين: طائرات التحالف تقصف المعابر النهرية في الميادين. ومقتل شاب بغارة قرب مبنى فرع الأمن العسكري القديم.",
])
def test_a_building_in_a_paragraph_about_another_city_is_not_the_gazetteers(text, gaz):
    assert places(text, gaz) == ["al-mayadin"]
    assert unlocated(text, gaz)


@pytest.mark.parametrize("text", [
    "Deir ez-Zor: Coalition warplanes bombed the Hawiqa quarter. One man was killed in a strike near the Military "
    "Security building.",
    "al-Mayadin: warplanes bombed the river crossings. Another raid hit the Military Security building in Deir ez-Zor.",
])
def test_a_building_in_its_own_city_stays(text, gaz):
    assert "military-security-deir" in places(text, gaz)


# --- 15. "the military airport" is the airport of the city named -----------------------------------------

@pytest.mark.parametrize("text", [
    "Deir ez-Zor: Airstrikes on ISIS positions on the outskirts of the military airport.",
    "دير الزور: غارات على مواقع داعش في محيط المطار العسكري.",
])
def test_the_military_airport_of_the_city_named(text, gaz):
    assert places(text, gaz) == ["deir-ez-zor-airport"]


@pytest.mark.parametrize("text", [
    "Jets that took off from the military airport struck Hajin on Wednesday.",
    "Airstrikes hit ISIS positions near the military airport on Wednesday.",  # no city says which airport
])
def test_an_airport_of_no_city_or_flown_from_is_not_struck(text, gaz):
    assert "deir-ez-zor-airport" not in places(text, gaz)
