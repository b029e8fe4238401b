"""Round 7: the error classes that twenty representative reports (en-76…87, ar-66…73) exposed, each read as a rule on
sentences written for the test, in both languages, with an ordinary strike sentence the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import segment
from mapper.cues import event_type, find_triggers

from .reading import Reader

PUB = date(2024, 2, 5)  # a Monday
_reader = Reader(PUB)
_with_headline = Reader.headlined
places = _reader.headed_places


kinds = _reader.headed_kinds


# --- 1. one shell, and drones that "attacked", are strikes ------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("A woman was wounded when a shell fell on her home in al-Tayana.", "al-tayyana"),
    ("أصيبت سيدة بجراح جراء سقوط قذيفة على منزلها في بلدة الطيانة.", "al-tayyana"),
    ("سقطت قذيفتان على منزل في بلدة الطيانة مساء الأحد.", "al-tayyana"),
    ("Suicide drones attacked the US base at the al-Omar oil field on Sunday evening.", "al-omar-oil-field"),
    ("وذكرت مصادر محلية أن مسيّرات انتحارية هاجمت، مساء الأحد، القاعدة الأمريكية في حقل العمر النفطي.",
     "al-omar-oil-field"),
])
def test_a_single_shell_and_drones_that_attacked_are_strikes(text, place, gaz):
    assert places(text, gaz) == [place]


@pytest.mark.parametrize("text", [
    "Shell handed the al-Omar oil field over to the Syrian oil company in 2011.",  # the company, not a shell
    "حلقت مسيّرات فوق البلدة بينما هاجمت مجموعة مسلحة حاجزاً في بلدة الصبحة.",  # drones overhead, gunmen attacked
])
def test_the_company_and_drones_overhead_are_not(text, gaz):
    assert places(text, gaz) == []


def test_shells_tell_what_bombarded(gaz):
    """"The bombardment peaked when shells fell": shelling, so a later shell on the same village is the same event."""
    text = ("The bombardment peaked on 4 February, when shells fell on the villages of al-Dahla and Jadid Bakara. "
            "As the victims were being buried, a shell landed near the cemetery in al-Dahla.")
    assert kinds(text, gaz) == {"dahla": "shelling", "jadid-bakara": "shelling"}
    assert event_type("Jets bombed al-Bukamal and shells fell on Hajin.",
                      find_triggers("Jets bombed al-Bukamal and shells fell on Hajin.")) == "airstrike"
    assert event_type("تعرضت البلدة لقصف بقذائف الهاون", find_triggers("تعرضت البلدة لقصف بقذائف الهاون")) == "shelling"
    # an ordinary air bombardment stays one
    assert kinds("Warplanes bombed ISIS positions in Hajin on Sunday.", gaz) == {"hajin": "airstrike"}


# --- 2. a patrol that raided is a ground raid ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Patrols of the Syrian Democratic Forces (SDF) raided the town of al-Tayana, east of Deir ez-Zor, on Tuesday, "
    "14 October, seizing fuel and arresting several local workers.",
    "An SDF patrol raided al-Tayana on Sunday.",
    "داهمت دوريات لقسد بلدة الطيانة يوم الأحد واعتقلت عدداً من العمال.",
])
def test_a_patrol_that_raided_is_not_a_strike(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text, place", [
    ("Coalition jets raided ISIS positions in al-Tayana on Sunday, killing four.", "al-tayyana"),
    ("An SDF patrol was hit when coalition jets raided ISIS positions in al-Tayana on Sunday.", "al-tayyana"),
])
def test_an_air_raid_stays_a_strike(text, place, gaz):
    assert places(text, gaz) == [place]


# --- 3. an outlet named in quotation marks -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    'The channel "Al-Mayadeen" carried news of the strike without giving a toll.',
    'ونقلت قناة "الميادين" المقربة من النظام السوري خبر الاستهداف دون أن تذكر حصيلة.',
])
def test_an_outlet_in_quotation_marks_is_not_the_town(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text", [
    'Jets struck a "Hezbollah" depot in al-Mayadin on Sunday.',
    'قصفت طائرات حربية موقعاً في "الميادين" يوم الأحد.',
])
def test_a_quoted_place_struck_stays(text, gaz):
    assert places(text, gaz) == ["al-mayadin"]


# --- 4. the land a drone or a shell was sent from --------------------------------------------------------

@pytest.mark.parametrize("text, struck", [
    ("Militias launched the drone that struck the al-Omar oil field on Sunday. The SDF said they had sent the drone "
     "from areas held by the Syrian regime west of the Euphrates.", ["al-omar-oil-field"]),
    ("Mortar shells fired from SDF posts in the town of Darnaj, on the eastern bank of the Euphrates, hit a house in "
     "Quraybi.", ["quraybi"]),
    ("سقطت قذيفة هاون على منزل في بلدة غريبة. وقالت مصادر محلية إن القذيفة أُطلقت من نقاط \"قسد\" في بلدة درنج.",
     ["quraybi"]),
    ("سقطت قذيفة هاون على منزل في بلدة غريبة. وقالت الشبكة إن القذيفة أُطلقت من مواقع تتمركز فيها \"قوات سوريا "
     "الديمقراطية\" (قسد) في بلدة درنج، على الضفة الشرقية لنهر الفرات.", ["quraybi"]),
])
def test_where_fire_was_sent_from_is_not_struck(text, struck, gaz):
    assert places(text, gaz) == struck


@pytest.mark.parametrize("text, struck", [
    ("Jets struck areas held by the Syrian regime west of the Euphrates on Sunday.", ["deir-ez-zor-shamiya"]),
    ("قصفت قوات النظام بلدة درنج على الضفة الشرقية لنهر الفرات.", ["darnaj"]),
    ("قصفت قسد بقذائف الهاون مواقع في بلدة درنج.", ["darnaj"]),
])
def test_land_or_a_bank_struck_stays(text, struck, gaz):
    assert places(text, gaz) == struck


# --- 5. the direction to a town the gazetteer lacks -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A man was killed on Sunday when a drone targeted him in the town of al-Shanan, east of Deir ez-Zor, eastern Syria.",
    "قتل رجل يوم الأحد باستهداف طائرة مسيرة له في بلدة الشنان شرقي دير الزور.",
])
def test_a_direction_from_an_unlisted_town_is_not_a_strike_on_the_city(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text, place", [
    ("A drone struck a car on Sunday, east of Deir ez-Zor.", "deir-ez-zor"),
    ("قصفت طائرة مسيرة سيارة في حي سكني شرقي دير الزور.", "deir-ez-zor"),
    ("A drone struck a car in the town of Hajin, east of Deir ez-Zor.", "hajin"),
])
def test_a_direction_that_is_the_only_locator_stays(text, place, gaz):
    assert places(text, gaz) == [place]


# --- 6. a photo's line: its date after a slash or dash, and the credit -------------------------------------

@pytest.mark.parametrize("line", [
    "دخان يتصاعد بعد قصف جوي استهدف مدينة دير الزور / 2022 (نهر ميديا)",
    "دخان يتصاعد من مكان القصف على أطراف البوكمال - 5 من أيلول 2024 (منصات التواصل)",
    "Smoke rises after an air strike on Deir ez-Zor city / 2022 (Nahr Media)",
    "Smoke over al-Bukamal after the strike - 5 September 2024 (social media)",
])
def test_a_credited_photo_line_is_a_caption(line, gaz):
    text = "Report\n\n" + line + "\n\nNothing else happened.\n"
    assert [b.kind for b in segment.blocks(text)][1] == "caption"


@pytest.mark.parametrize("text, place", [
    ("Jets struck al-Bukamal on 4 February 2024 (local time).", "al-bukamal"),
    ("Jets struck al-Bukamal on Sunday - the second strike of 2024 (SOHR).", "al-bukamal"),
    ("قصفت طائرات حربية مدينة البوكمال يوم الأحد 4 شباط 2024 (بحسب المرصد).", "al-bukamal"),
])
def test_a_strike_paragraph_with_a_year_and_a_source_stays(text, place, gaz):
    assert places("Report\n\n" + text + "\n\nNothing else happened.\n", gaz) == [place]


# --- 7. a joined sentence: a killing in one part, a blast in the other ----------------------------------

@pytest.mark.parametrize("text, struck", [
    ("SDF fighter assassinated in Al-Busayrah, and IED explodes in military vehicle in Theban.", ["dhiban"]),
    ("اغتال مسلحون مجهولون عنصراً من قسد في البصيرة، وانفجرت عبوة ناسفة بسيارة عسكرية في ذيبان.", ["dhiban"]),
    ("Clashes broke out in Hajin, and jets struck al-Susah on Sunday.", ["al-susah"]),
])
def test_the_part_that_tells_a_killing_or_a_clash_is_not_struck(text, struck, gaz):
    assert places(text, gaz) == struck


@pytest.mark.parametrize("text, struck", [
    ("A drone struck a car in al-Busayrah, and an IED exploded in Theban.", ["al-busayrah", "dhiban"]),
    ("قصفت طائرة مسيرة سيارة في البصيرة، وانفجرت عبوة ناسفة في ذيبان.", ["al-busayrah", "dhiban"]),
    ("Jets struck Hajin, and al-Susah was hit too.", ["al-susah", "hajin"]),
])
def test_joined_strikes_stay(text, struck, gaz):
    assert places(text, gaz) == struck


# --- 8. fighters who attacked villages: a ground assault --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our sweep continues against the mercenaries who attacked the villages of Dhiban and Abu Hamam, the SDF said.",
    "هاجم مقاتلون من العشائر قرى ذيبان وأبو حمام فجر الأحد.",
])
def test_fighters_who_attacked_villages_are_not_a_strike(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize("text, place", [
    ("Militants attacked al-Busayrah with mortar shells on Sunday.", "al-busayrah"),
    ("Jets attacked ISIS fighters in Hajin on Sunday.", "hajin"),
    ("هاجمت طائرة مسيرة سيارة في بلدة هجين يوم الأحد.", "hajin"),
])
def test_an_attack_with_a_weapon_stays(text, place, gaz):
    assert places(text, gaz) == [place]


@pytest.mark.parametrize("text, place", [
    ("SDF forces raided homes in al-Shuhayl on Sunday, and a drone struck a car in the town.", "al-shuhayl"),
    ("داهمت قوات قسد منازل في بلدة الشحيل اليوم، واستهدفت طائرة مسيرة سيارة في البلدة.", "al-shuhayl"),
])
def test_a_strike_told_of_the_same_town_in_the_other_part_stays(text, place, gaz):
    assert places(text, gaz) == [place]


# --- 9. a region named as the ground of a few days' strikes, told place by place --------------------------

@pytest.mark.parametrize("text", [
    "Government forces shelled 12 towns and villages in the eastern countryside of Deir ez-Zor over three days. "
    "On 2 February, shells struck the towns of Dhiban and al-Tayana.",
    "قصفت قوات النظام مناطق في ريف دير الزور الشرقي خلال ثلاثة أيام. وفي 2 شباط، سقطت قذائف على بلدتي ذيبان والطيانة.",
])
def test_a_few_days_round_up_region_holds_the_places_told_after(text, gaz):
    assert places(text, gaz) == ["al-tayyana", "dhiban"]


@pytest.mark.parametrize("text", [
    "Government forces shelled villages in the eastern countryside of Deir ez-Zor on Sunday. On Friday, shells struck "
    "the towns of Dhiban and al-Tayana.",
    "قصفت قوات النظام مناطق في ريف دير الزور الشرقي يوم الأحد. وفي 2 شباط، سقطت قذائف على بلدتي ذيبان والطيانة.",
])
def test_a_region_struck_on_a_day_of_its_own_stays(text, gaz):
    assert places(text, gaz) == ["al-tayyana", "deir-ez-zor-eastern-countryside", "dhiban"]
