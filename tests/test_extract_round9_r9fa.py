"""Round 9 (share A: en-100…109, with round 8's leftovers en-92 and en-98): the error classes they exposed, each read
as a rule on sentences written for the test, in both languages where the construction exists in both, beside the
ordinary sentence the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import segment
from mapper.cues import find_triggers

from .reading import Reader

PUB = date(2024, 3, 13)  # a Wednesday
_reader = Reader(PUB)
_with_headline = Reader.headlined
places = _reader.headed_places


def dated(text, gaz):
    return sorted((e.place_id, e.event_date) for e in _reader.events(_with_headline(text), gaz))


kinds = _reader.headed_kinds


# --- 1. page furniture: a share bar above the article, a picture's line ending in its credit -------------------

def test_a_share_bar_above_the_article_does_not_end_it(gaz):
    text = ("Drone strike in eastern Syria\n\nBreaking News\n\nShare this page:\n\n"
            "A drone struck a militia base in the town of Hajin on Tuesday evening, killing three fighters.\n\n"
            "Residents said the base had been used for months.\n")
    assert places(text, gaz) == ["hajin"]


def test_a_share_line_after_the_article_still_ends_it(gaz):
    text = ("Drone strike in eastern Syria\n\n"
            "A drone struck a militia base in the town of Hajin on Tuesday evening, killing three fighters.\n\n"
            "Share this:\n\nJets struck al-Susah last week\n\nMore shelling on al-Shafa\n")
    assert places(text, gaz) == ["hajin"]


@pytest.mark.parametrize("line", [
    "Militiamen at a checkpoint outside al-Mayadin [Getty]",
    "Smoke over al-Bukamal after an earlier raid (AFP via Getty Images)",
    "Fighters in al-Mayadin after the raid, on 2 March. (photo credit: SANA/Reuters)",
    "مقاتلون عند حاجز قرب الميادين (الصورة: أرشيف)",
])
def test_a_line_that_ends_in_a_credit_is_a_caption(line, gaz):
    text = "Report\n\n" + line + "\n\nNothing else happened.\n"
    assert [b.kind for b in segment.blocks(text)][1] == "caption"


def test_a_sentence_that_cites_an_agency_stays_text(gaz):
    text = "Report\n\nJets struck al-Bukamal on Tuesday, the monitor said (AFP).\n\nNothing else happened.\n"
    assert [b.kind for b in segment.blocks(text)][1] == "body"


# --- 2. "the town of X" is the town; "in Syria's eastern … province" says where it lies ------------------------

@pytest.mark.parametrize("text", [
    "An unidentified strike hit a militia base in the town of Abu Kamal, in Syria's eastern Deir ez-Zor province, "
    "on Tuesday evening.",
    "استهدفت ضربة مجهولة مقراً للميليشيات في مدينة البوكمال بريف دير الزور الشرقي مساء الثلاثاء.",
])
def test_the_town_of_a_town_named_like_its_district_is_the_town(text, gaz):
    assert places(text, gaz) == ["al-bukamal"]


def test_a_district_told_as_the_region_stays_the_region(gaz):
    assert places("Jets struck militia posts across the countryside of al-Mayadin on Tuesday.", gaz) == \
        ["al-mayadin-district"]


# --- 3. blasts told before give a strike no kind -----------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Loud blasts shook the border area at night. An unidentified strike hit a militia base in Hajin, killing five.",
     "strike"),
    ("A drone struck a car near al-Susah at dawn. Hours later a truck was hit in Hajin.", "drone strike"),
])
def test_an_agentless_strike_takes_a_strike_kind_not_a_blast(text, kind, gaz):
    assert kinds(text, gaz)["hajin"] == kind


# --- 4. projectiles, and a blast told by its verb ----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Militiamen fired four projectiles at the US base at the Conoco gas field on Tuesday evening.", "conoco-gas-field"),
    ("أطلقت الميليشيات أربع مقذوفات على القاعدة الأمريكية في حقل كونيكو للغاز مساء الثلاثاء.", "conoco-gas-field"),
    ("The first device blew up near the school of the village of al-Tayana on Tuesday.", "al-tayyana"),
    ("A charge planted under a car went off in al-Tayana on Tuesday.", "al-tayyana"),
    ("انفجرت عبوة ناسفة قرب مدرسة في بلدة الطيانة يوم الثلاثاء.", "al-tayyana"),
])
def test_projectiles_and_a_device_that_blew_up_are_strikes(text, place, gaz):
    assert places(text, gaz) == [place]


@pytest.mark.parametrize("text", [
    "The generator's alarm went off twice in al-Tayana on Tuesday, residents said.",
    "The dispute between the two clans blew over in al-Tayana on Tuesday.",
])
def test_other_things_that_go_off_are_not(text, gaz):
    assert places(text, gaz) == []


# --- 5. a blast placed by a clinic or a hospital, not where the wounded went ------------------------------------

@pytest.mark.parametrize("text, place", [
    ("An explosive device went off near the clinic of the village of al-Tayana on Tuesday.", "al-tayyana"),
    ("انفجرت عبوة ناسفة قرب مستوصف في بلدة الطيانة يوم الثلاثاء.", "al-tayyana"),
])
def test_a_blast_by_a_clinic_is_placed_there(text, place, gaz):
    assert places(text, gaz) == [place]


@pytest.mark.parametrize("text", [
    "A drone struck a car near Hajin on Tuesday; the wounded driver is now in the clinic of al-Tayana.",
    "قصفت طائرة مسيرة سيارة قرب هجين يوم الثلاثاء، وأسعف السائق إلى مستوصف في بلدة الطيانة.",
])
def test_the_clinic_the_wounded_were_taken_to_is_not(text, gaz):
    assert places(text, gaz) == ["hajin"]


# --- 6. fighters of a force who crossed and attacked: an assault on foot -----------------------------------------

@pytest.mark.parametrize("text", [
    "On Monday, fighters of the tribal forces crossed the river and attacked SDF posts in Dhiban and al-Tayana.",
    "وفي يوم الاثنين، عبر مقاتلو العشائر النهر وهاجموا نقاطاً لقسد في ذيبان والطيانة.",
])
def test_fighters_who_crossed_and_attacked_are_no_strike(text, gaz):
    assert places(text, gaz) == []


def test_fighters_attacked_by_a_drone_are_struck(gaz):
    assert places("On Monday, a drone attacked fighters of the tribal forces in Dhiban.", gaz) == ["dhiban"]


# --- 7. a vehicle struck on its way between two places: both ends -------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Monday a drone hit a pickup carrying militiamen as it drove from the village of Mahkan towards al-Quriyah.",
    "استهدفت طائرة مسيرة يوم الاثنين سيارة للميليشيات أثناء سيرها من بلدة محكان باتجاه القورية.",
])
def test_a_vehicle_hit_on_its_way_names_both_ends(text, gaz):
    assert places(text, gaz) == ["al-quriyah", "mahkan"]


@pytest.mark.parametrize("text, struck", [
    ("On Monday a convoy driving from al-Quriyah was hit in Mahkan.", ["mahkan"]),
    ("On Monday militiamen fled from Mahkan towards al-Quriyah after a drone hit their post in al-Asharah.",
     ["al-asharah"]),
])
def test_an_origin_or_a_flight_alone_stays_out(text, struck, gaz):
    assert places(text, gaz) == struck


# --- 8. "hours earlier", "later that day": the last strike day told ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Late on Monday, militiamen fired rockets at the base at the Conoco gas field. Hours earlier, a drone "
    "had hit a car in Hajin.",
    "مساء الاثنين، أطلقت الميليشيات صواريخ على القاعدة في حقل كونيكو للغاز. وقبل ساعات من ذلك، استهدفت "
    "طائرة مسيرة سيارة في هجين.",
])
def test_hours_earlier_is_the_same_day(text, gaz):
    assert dated(text, gaz) == [("conoco-gas-field", "2024-03-11"), ("hajin", "2024-03-11")]


def test_a_strike_with_no_such_words_keeps_the_report_day(gaz):
    text = "Late on Monday, militiamen fired rockets at the Conoco gas field. Today a drone hit a car in Hajin."
    assert dated(text, gaz) == [("conoco-gas-field", "2024-03-11"), ("hajin", "2024-03-13")]


# --- 9. "X, near Y": Y says where X is -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Monday, artillery struck houses in al-Zir, near al-Busayrah, killing two children.",
    "وفي يوم الاثنين، قصفت المدفعية منازل في بلدة الزر، قرب البصيرة، ما أدى إلى مقتل طفلين.",
])
def test_a_place_near_which_another_lies_is_a_locator(text, gaz):
    assert places(text, gaz) == ["al-zir"]


def test_two_places_struck_stay(gaz):
    assert places("On Monday, artillery struck houses in al-Zir and al-Busayrah.", gaz) == ["al-busayrah", "al-zir"]


# --- 10. a source from a village that tells of a strike "in the village" ------------------------------------------

@pytest.mark.parametrize("text", [
    "A local source from the village of al-Tayana, near Dhiban, said three shells hit homes in the village on Tuesday.",
    "وقال مصدر محلي من بلدة الطيانة، قرب ذيبان، إن ثلاث قذائف أصابت منازل في البلدة يوم الثلاثاء.",
])
def test_the_village_a_source_speaks_from_is_struck_when_the_strike_is_there(text, gaz):
    assert places(text, gaz) == ["al-tayyana"]


@pytest.mark.parametrize("text", [
    "A local source from the village of al-Tayana said three shells hit homes in Dhiban on Tuesday.",
    "Residents of al-Tayana said they heard explosions, but nobody knew whether anything in the village was hit.",
])
def test_a_source_from_a_village_is_still_no_strike_there(text, gaz):
    assert "al-tayyana" not in places(text, gaz)


# --- 11. the desert around a town is the town's desert ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Other strikes hit militia positions in the desert around Mayadin and on the outskirts of al-Bukamal.",
    "Other strikes hit militia posts in desert areas near al-Mayadin and on the outskirts of al-Bukamal.",
    "وطالت غارات أخرى مواقع للميليشيات في بادية الميادين وعلى أطراف البوكمال.",
])
def test_the_desert_around_a_town_is_its_desert(text, gaz):
    assert places(text, gaz) == ["al-bukamal", "al-mayadin-desert"]


def test_the_town_itself_stays_the_town(gaz):
    assert places("Other strikes hit militia positions around Mayadin and on the outskirts of al-Bukamal.", gaz) == \
        ["al-bukamal", "al-mayadin"]


# --- 12. "another" person is not another strike --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Landmine blast east of Deir ez-Zor\n\nA boy was killed and another was injured on Tuesday when a landmine went "
    "off in the desert east of Deir ez-Zor. The boys were grazing sheep on the desert edge of al-Duwayr when one of "
    "them stepped on the mine.",
    "انفجار لغم شرق دير الزور\n\nقتل طفل وأصيب آخر يوم الثلاثاء بانفجار لغم أرضي في البادية شرق دير الزور. وكان "
    "الطفلان يرعيان الأغنام على أطراف بادية الدوير عندما داس أحدهما على اللغم.",
])
def test_another_victim_leaves_the_region_to_the_place_inside(text, gaz):
    assert [e.place_id for e in _reader.events(text, gaz)] == ["al-dweir"]


def test_another_mine_is_another_strike(gaz):
    text = ("A boy was killed on Tuesday when a landmine went off on the desert edge of al-Duwayr. On the same day "
            "another mine killed a shepherd in the desert of Deir ez-Zor province.")
    assert "al-dweir" in places(text, gaz) and len(places(text, gaz)) == 2


# --- 13. a site in the desert around it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Tuesday an unidentified drone struck a militia position in the Ain Ali area in Mahkan desert.",
    "استهدفت طائرة مسيرة مجهولة يوم الثلاثاء موقعاً للميليشيات في منطقة عين علي في بادية محكان.",
])
def test_the_desert_a_site_lies_in_is_its_container(text, gaz):
    assert places(text, gaz) == ["ain-ali"]


def test_two_deserts_struck_stay(gaz):
    assert places("On Tuesday drones struck militia posts in Mahkan desert and in the al-Bukamal desert.", gaz) == \
        ["al-bukamal-desert", "mahkan-desert"]


# --- 14. where a witness lives -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Airstrikes hit militia posts in Hajin on Tuesday. Mustafa, who lives in the al-Tamu neighbourhood of al-Mayadin, "
    "said the night of the raids felt like the end of the world.",
    "قصفت طائرات حربية مواقع للميليشيات في هجين يوم الثلاثاء. وقال مصطفى الذي يقيم في حي التمو بالميادين إن ليلة "
    "الغارات كانت مرعبة.",
])
def test_where_a_witness_lives_is_not_struck(text, gaz):
    assert places(text, gaz) == ["hajin"]


def test_a_quarter_struck_stays(gaz):
    assert places("Airstrikes hit a house in the al-Tamu neighbourhood of al-Mayadin on Tuesday.", gaz) != []


# --- 15. a strike verb the sentence denies ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In Deir ez-Zor city, which has not been targeted, landlords have raised rents since the start of the month.",
    "The town of Hajin was never shelled during the fighting, residents said.",
    "ولم تتعرض مدينة دير الزور لأي قصف منذ بداية الشهر، بحسب السكان.",
])
def test_a_denied_strike_verb_is_no_strike(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text, words", [
    ("Drones struck Hajin on Tuesday, though the town had not been warned.", ["drones", "struck"]),
    ("لم يعرف مصدر القصف الذي استهدف هجين يوم الثلاثاء.", ["القصف", "استهدف"]),
])
def test_a_negation_on_another_verb_leaves_the_strike(text, words, gaz):
    assert [t.word for t in find_triggers(text)] == words


# --- 16. a strike named by its month and year, as a past event ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Drones struck a depot in Hajin on Tuesday. They recall the June 2018 strike near al-Hari, which killed dozens.",
    "قصفت طائرات مسيرة مستودعاً في هجين يوم الثلاثاء. وتذكّر الضربة بغارات حزيران 2018 على بلدة الهري.",
])
def test_a_strike_named_by_an_old_month_and_year_is_background(text, gaz):
    assert places(text, gaz) == ["hajin"]


def test_a_strike_of_this_month_named_so_stays(gaz):
    assert places("The March 2024 strikes hit al-Hari again on Tuesday.", gaz) == ["al-hari"]


# --- 17. each part of a joined sentence dates its own places ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "One commander was killed by an airstrike near Hajin on March 5, and another died in a second strike near Hajin "
    "the following day.",
    "قتل قيادي بغارة قرب هجين في 5 آذار، وقتل آخر بغارة ثانية قرب هجين في اليوم التالي.",
])
def test_the_following_day_in_a_joined_part_is_its_own_day(text, gaz):
    assert dated(text, gaz) == [("hajin", "2024-03-05"), ("hajin", "2024-03-06")]


def test_two_places_of_one_day_keep_it(gaz):
    assert dated("Jets struck Hajin and al-Susah on March 5, the monitor said.", gaz) == \
        [("al-susah", "2024-03-05"), ("hajin", "2024-03-05")]


def test_two_parts_with_their_own_days(gaz):
    assert dated("Jets struck Hajin on Monday, and drones hit al-Susah on Tuesday.", gaz) == \
        [("al-susah", "2024-03-12"), ("hajin", "2024-03-11")]


# --- 18. the items of a list take the day of the sentence that opens it -------------------------------------------

@pytest.mark.parametrize("text", [
    "Strikes in Syria\n\nIn Syria yesterday, Coalition forces conducted 12 strikes against ISIS targets:\n"
    "-- Near Hajin, a strike destroyed a staging area.\n-- Near al-Susah, two strikes destroyed a vehicle.\n",
    "ضربات في سوريا\n\nونفذت قوات التحالف أمس 12 ضربة ضد أهداف للتنظيم:\n"
    "- قرب هجين، دمرت ضربة نقطة تجمع.\n- قرب السوسة، دمرت ضربتان آلية.\n",
])
def test_list_items_take_the_day_of_the_sentence_that_opens_them(text, gaz):
    assert dated(text, gaz) == [("al-susah", "2024-03-12"), ("hajin", "2024-03-12")]


def test_a_paragraph_after_the_list_does_not(gaz):
    text = ("Strikes in Syria\n\nIn Syria yesterday, Coalition forces conducted 12 strikes against ISIS targets:\n"
            "-- Near Hajin, a strike destroyed a staging area.\n\nA drone struck a car in al-Susah today.\n")
    assert dated(text, gaz) == [("al-susah", "2024-03-13"), ("hajin", "2024-03-12")]


# --- 19. near a town named like its district or province: the town -------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Strikes\n\nNear Abu Kamal, a strike destroyed an ISIS staging area.\n\nNear Dayr Az Zawr, five strikes engaged "
     "three ISIS units.\n", ["al-bukamal", "deir-ez-zor"]),
    ("ضربات\n\nقرب البوكمال، دمرت ضربة نقطة تجمع للتنظيم.\n\nقرب دير الزور، استهدفت خمس ضربات ثلاث وحدات للتنظيم.\n",
     ["al-bukamal", "deir-ez-zor"]),
])
def test_near_the_town_is_the_town(text, place, gaz):
    assert sorted(e.place_id for e in _reader.events(text, gaz)) == place


def test_the_province_beside_a_town_struck_stays_a_region(gaz):
    text = "Strikes\n\nJets struck Hajin in Deir ez-Zor on Tuesday.\n"
    assert [e.place_id for e in _reader.events(text, gaz)] == ["hajin"]


# --- 20. "today" in a quoted statement is the day of the statement -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The SDF on Monday accused government forces of shelling its areas.\n\n\"Regime forces fired mortar shells "
    "today at homes in the village of al-Tayana,\" the SDF said in a statement.",
    "اتهمت قسد يوم الاثنين قوات الحكومة بقصف مناطقها.\n\n«أطلقت قوات النظام اليوم قذائف هاون على منازل في بلدة "
    "الطيانة»، قالت قسد في بيان.",
])
def test_today_in_a_quoted_statement_is_the_statement_day(text, gaz):
    assert dated(text, gaz) == [("al-tayyana", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "The SDF on Monday accused government forces of shelling its areas. Regime forces fired mortar shells today at "
    "homes in the village of al-Tayana, a local source said.",
    "\"Regime forces fired mortar shells today at homes in the village of al-Tayana,\" the SDF said in a statement.",
])
def test_today_outside_a_dated_quotation_is_the_report_day(text, gaz):
    assert dated(text, gaz) == [("al-tayyana", "2024-03-13")]
