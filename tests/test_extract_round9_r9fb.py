"""Round 9 (reports en-110…119 and round 8's leftovers): the error classes they exposed, each read as a rule on
sentences written for the test, in both languages where the construction exists in both, with the ordinary
sentence the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import segment

from .reading import Reader

PUB = date(2024, 2, 5)  # a Monday
_reader = Reader(PUB)


def _headed(text: str) -> str:
    if "\n\n" in text:
        return text
    return ("ضربات في شرق سوريا\n\n" if any("\u0600" <= c <= "\u06ff" for c in text) else "Strikes in eastern Syria\n\n") + text


def places(text, gaz):
    return sorted(e.place_id for e in _reader.events(_headed(text), gaz) if e.place_id != "syria")


def dated(text, gaz):
    return sorted((e.place_id, e.event_date) for e in _reader.events(_headed(text), gaz))


# --- 1. a link list under "Related:", and one "Read more:" link set in the middle of an article -------------------

def _kinds(text):
    return [(b.kind, b.text[:12]) for b in segment.blocks(text)]


def test_related_alone_opens_the_list_of_links(gaz):
    text = ("Jets struck Hajin on Sunday, killing two.\n\nRelated:\n- Drone attack kills six SDF fighters at al-Omar field\n"
            "- Militias move depots out of Mayadeen")
    assert places(text, gaz) == ["hajin"]
    text_ar = "قصفت طائرات حربية بلدة هجين يوم الأحد.\n\nذات صلة:\nمسيّرة تستهدف حقل العمر النفطي وتقتل ستة مقاتلين"
    assert places(text_ar, gaz) == ["hajin"]


def test_a_read_more_link_in_the_middle_does_not_end_the_article(gaz):
    text = ("Strikes near the border\n\nAn air strike hit three vehicles in al-Hari on Sunday, the monitor said.\n\n"
            "Read more: Syria's east, where Iran and the US stand face to face\n\n"
            "On Saturday, air strikes on a base on the outskirts of Albu Kamal killed seven fighters, according to the "
            "monitor.")
    assert places(text, gaz) == ["al-bukamal", "al-hari"]
    text_ar = ("ضربات قرب الحدود\n\nاستهدفت غارة جوية ثلاث آليات في قرية الهري يوم الأحد.\n\n"
               "اقرأ أيضاً: شرق سوريا ساحة مواجهة بين إيران والولايات المتحدة\n\n"
               "وكانت غارات جوية قد استهدفت يوم السبت قاعدة على أطراف مدينة البوكمال وقتلت سبعة مقاتلين بحسب المرصد.")
    assert places(text_ar, gaz) == ["al-bukamal", "al-hari"]


def test_read_more_over_a_list_of_titles_is_still_the_tail():
    text = ("Jets struck Hajin on Sunday, killing two.\n\nRead more:\nUS strikes Iran-linked targets in Syria\n"
            "Tribal fighters and the SDF trade blame over clashes in Deir ez-Zor")
    kinds = [k for k, _ in _kinds(text)]
    assert kinds[1:] == ["boilerplate"] * 3
    # one link with prose under it that is too short to be the article again: a list of titles
    text2 = "Jets struck Hajin on Sunday, killing two.\n\nRead more: Drone kills two in Kobani\n\nDrone strikes in Kobani."
    assert [k for k, _ in _kinds(text2)][1:] == ["boilerplate", "boilerplate"]


# --- 2. a footnote's mark after the full stop ends the sentence ---------------------------------------------------

def test_a_footnote_mark_ends_its_sentence(gaz):
    text = ("An IED struck an SDF patrol on the road between al-Busayrah and al-Shuhayl on Saturday, killing two.[4] "
            "ISIS cells also extort shop owners in the Hajin area.")
    assert places(text, gaz) == ["al-busayrah", "al-shuhayl"]
    text_ar = ("انفجرت عبوة ناسفة بدورية لقسد على الطريق بين البصيرة والشحيل يوم السبت.[4] "
               "وتواصل خلايا التنظيم فرض الإتاوات على أصحاب المحال في هجين.")
    assert places(text_ar, gaz) == ["al-busayrah", "al-shuhayl"]
    # an ordinary full stop still ends one, and a bracket that closes a sentence is kept with it
    assert places("Jets struck Hajin on Sunday (local sources). Clashes broke out in al-Susah.", gaz) == ["hajin"]


# --- 3. a dateline with the agency in capitals --------------------------------------------------------------------

def test_a_dateline_naming_the_agency_in_capitals(gaz):
    text = ("Deir Ezzor, SANA- Warplanes attacked the border area in the far eastern countryside of Deir Ezzor after "
            "midnight. Sources said the warplanes fired missiles at houses in the countryside of al-Bokmal.")
    assert places(text, gaz) == ["al-bukamal"]
    # a town that opens a sentence and is struck stays
    assert places("Hajin, a town on the river, was shelled on Sunday.", gaz) == ["hajin"]


# --- 4. a town with a word of its own as the point a direction is measured from ----------------------------------

@pytest.mark.parametrize("text", [
    "Unidentified jets struck a farm in the village of al-Hari, a few kilometres south-east of the border town of "
    "Albu Kamal, on Sunday.",
    "استهدفت غارة جوية يوم الأحد سيارة في قرية الهري جنوب شرقي مدينة البوكمال الحدودية.",
])
def test_the_border_town_a_direction_is_measured_from(text, gaz):
    assert places(text, gaz) == ["al-hari"]


def test_a_border_town_in_a_list_is_struck(gaz):
    assert places("Jets struck al-Hari and the border town of Albu Kamal on Sunday.", gaz) == ["al-bukamal", "al-hari"]


# --- 5. a list of towns the strikes touched, whose quarters the report names ---------------------------------------

@pytest.mark.parametrize("text", [
    "Warplanes struck militia positions before dawn on Sunday. Sources said the raids were spread over the cities of "
    "al-Bukamal, al-Mayadin and their surroundings. In al-Bukamal, a strike hit a depot in the al-Hajana quarter, "
    "while in al-Mayadin a missile hit a house in the al-Tamu quarter.",
    "شنت طائرات حربية غارات على مواقع الميليشيات فجر الأحد. وقالت مصادر إن الغارات توزعت على مدينتي البوكمال "
    "والميادين. وفي البوكمال استهدفت غارة مستودعاً في حي الهجانة، فيما أصاب صاروخ منزلاً في حي التمو بالميادين.",
])
def test_towns_listed_as_where_the_strikes_fell_are_the_quarters_settings(text, gaz):
    assert places(text, gaz) == ["al-bukamal-hajana", "al-tamu"]


def test_a_town_struck_beside_another_strike_on_its_quarter_stays(gaz):
    text = "Warplanes struck al-Bukamal and al-Mayadin on Sunday. Another strike hit a depot in the al-Hajana quarter."
    assert places(text, gaz) == ["al-bukamal", "al-bukamal-hajana", "al-mayadin"]
    assert places("Warplanes struck al-Bukamal on Sunday, killing five. A strike also hit Hajin.", gaz) == \
        ["al-bukamal", "hajin"]


# --- 6. a shared name read beside the places listed with it and the direction the text gives -----------------------

@pytest.mark.parametrize("text", [
    "A drone hit a house in the Villat quarter of Deir ez-Zor city on Sunday. Jets also bombed militia sites in the "
    "villages of al-Suwayiyyah and al-Salihiyah on Sunday.",
    "استهدفت مسيّرة منزلاً في حي الفيلات بمدينة دير الزور يوم الأحد. كما قصفت طائرات حربية مواقع للميليشيات في قريتي "
    "السويعية والصالحية يوم الأحد.",
])
def test_a_shared_name_listed_with_a_village_is_its_neighbour(text, gaz):
    # (the other al-Salihiyah lies 4 km from Deir ez-Zor city, the place the report named first)
    assert "al-salihiyah-bukamal" in places(text, gaz)
    assert "al-salihiyah-khasham" not in places(text, gaz)


def test_a_shared_name_keeps_its_first_reading_however_spelt(gaz):
    text = ("Jets bombed militia sites in the villages of al-Suwayiyyah and al-Salihiyah on Sunday, near Deir ez-Zor's "
            "border with Iraq. A channel said jets had struck Salihiyah and houses in Deir ez-Zor city.")
    assert "al-salihiyah-khasham" not in places(text, gaz)


@pytest.mark.parametrize("text", [
    "A bomb exploded on Sunday in al-Hawaij village, west of Deir ez-Zor. Gunmen attacked a checkpoint in al-Shuhayl "
    "and Dhiban.",
    "انفجرت عبوة ناسفة يوم الأحد في قرية الحوايج غربي دير الزور. وهاجم مسلحون حاجزاً في الشحيل وذيبان.",
])
def test_a_shared_name_lies_the_way_the_text_says(text, gaz):
    # (the other al-Hawayij lies by Dhiban and al-Shuhayl, south-east of the city)
    assert places(text, gaz) == ["hawaij-dhiyab"]


def test_al_hawayij_by_dhiban_without_a_direction(gaz):
    assert places("Mortar shells fell on al-Hawayij and Dhiban on Sunday.", gaz) == ["dhiban", "hawayij-dhiban"]


# --- 7. a place of the same name in another governorate -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli missiles hit military barracks at al-Safira, in the Aleppo countryside, on Sunday.",
    "Israeli missiles hit military barracks at al-Safira (Aleppo) on Sunday.",
    "قصفت صواريخ إسرائيلية ثكنات عسكرية في السفيرة بريف حلب يوم الأحد.",
])
def test_a_namesake_in_another_governorate_is_not_the_deir_ez_zor_place(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text, expected", [
    ("Jets struck al-Safira and Hajin on Sunday.", ["al-sfeira", "hajin"]),
    ("Drones struck Hajin, in the Deir ez-Zor countryside, on Sunday.", ["hajin"]),
    ("قصفت طائرات مسيرة بلدة هجين في ريف دير الزور الشرقي يوم الأحد.", ["hajin"]),
])
def test_a_place_in_its_own_governorate_stays(text, expected, gaz):
    assert places(text, gaz) == expected


# --- 8. a "when" clause that tells a ground attack ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The village has been shelled since Friday, when tribal fighters crossed the river and attacked SDF positions in "
    "Dhiban and Abu Hamam.",
    "تتعرض القرية لقصف مدفعي منذ يوم الجمعة، عندما هاجم مقاتلو العشائر مواقع قسد في ذيبان وأبو حمام.",
])
def test_places_of_a_ground_attack_in_a_when_clause_are_not_struck(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text, expected", [
    ("The village has been shelled since Friday, when shells hit houses in Dhiban and Abu Hamam.", ["abu-hamam", "dhiban"]),
    ("تتعرض المنطقة لقصف منذ الجمعة، عندما سقطت قذائف على منازل في ذيبان.", ["dhiban"]),
    ("Two children were killed on Friday when a drone struck their house in Dhiban.", ["dhiban"]),
])
def test_a_strike_in_a_when_clause_stays(text, expected, gaz):
    assert places(text, gaz) == expected


# --- 9. the entries of a feed or an incident list are dated by their own date lines --------------------------------

@pytest.mark.parametrize("text", [
    "Incident list\n\nFebruary 1, 2024\n\nA drone struck a car at the entrance of Hajin, killing two men.\n\n"
    "February 3, 2024\n\nArtillery shells hit the market of al-Susah, wounding a child.",
    "سجل الحوادث\n\n1 شباط 2024\n\nاستهدفت طائرة مسيرة سيارة عند مدخل بلدة هجين ما أدى لمقتل رجلين.\n\n"
    "3 شباط 2024، 14:20\n\nسقطت قذائف مدفعية على سوق بلدة السوسة وأصيب طفل.",
])
def test_each_entry_takes_its_date_line(text, gaz):
    assert dated(text, gaz) == [("al-susah", "2024-02-03"), ("hajin", "2024-02-01")]


def test_one_date_line_is_the_articles_own(gaz):
    text = "Strikes on Hajin\n\nFebruary 3, 2024\n\nA drone struck a car at the entrance of Hajin, killing two men."
    assert dated(text, gaz) == [("hajin", "2024-02-05")]
    # a labelled line ("First published: …") opens no entry
    text2 = ("Incident list\n\nFebruary 1, 2024\n\nA drone struck a car in Hajin.\n\nFirst published: February 3, 2024\n\n"
             "Strike status: likely strike")
    assert dated(text2, gaz) == [("hajin", "2024-02-05")]


# --- 10. a region told as the only locator, inside a wider region told of the same strike ------------------------

@pytest.mark.parametrize("text, inner", [
    ("Israeli warplanes struck positions in Syria's eastern Deir ez-Zor countryside late on Sunday. The strikes "
     "targeted positions in the Boukamal region along the border with Iraq.", "al-bukamal"),
    ("شنت طائرات إسرائيلية غارات على مواقع في ريف دير الزور الشرقي مساء الأحد. واستهدفت الغارات مواقع في منطقة "
     "البوكمال على الحدود مع العراق.", "district-al-bukamal"),
])
def test_a_wider_region_folds_into_the_region_inside_it(text, inner, gaz):
    assert places(text, gaz) == [inner]


def test_two_regions_side_by_side_stay(gaz):
    assert places("Jets struck positions in the al-Bukamal desert and the al-Mayadin desert on Sunday.", gaz) == \
        ["al-bukamal-desert", "al-mayadin-desert"]
