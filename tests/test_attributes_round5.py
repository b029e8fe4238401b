"""Attributes of events, round 5: who was blamed, the kind of strike, the dead, the status, and the reasons given.

The classes were exposed by the round-5 tuning reports (en-50..61, ar-44..55); each rule is checked here on
sentences written for these tests, in English and Arabic, with sentences where it must not fire.
"""

from __future__ import annotations

from datetime import date

import pytest

from .reading import Reader

PUB = date(2023, 10, 17)  # a Tuesday
_reader = Reader(PUB)
events, places = _reader.events, _reader.places
HEADLINE = "Round-up of the day\n\n"  # a report's first line is its headline; some rules read only its body


def at(text, gaz, place):
    found = [e for e in events(text, gaz) if e.place_id == place]
    assert found, f"no event at {place}: {[e.place_id for e in events(text, gaz)]}"
    return found[0]


def reasons(text, gaz, mention):
    return [d.reason for d in _reader.decisions(text, gaz, mention)]


# --- 1. the side struck is not the attacker ------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Three rockets hit a US military base at the Conoco gas field on Tuesday.", "conoco-gas-field"),
    ("On Tuesday, rockets were fired at the al-Omar oil field, where US troops are stationed.", "al-omar-oil-field"),
    ("Rockets targeted coalition forces at the al-Omar oil field on Tuesday, the Pentagon said.", "al-omar-oil-field"),
    ("سقطت ثلاثة صواريخ، مساء اليوم، داخل القاعدة الأمريكية في حقل العمر.", "al-omar-oil-field"),
    ("استهدف هجوم صاروخي قاعدة التحالف الدولي في حقل كونيكو مساء اليوم.", "conoco-gas-field"),
])
def test_the_base_hit_does_not_name_who_fired(text, place, gaz):
    assert at(text, gaz, place).attribution == ""


@pytest.mark.parametrize("text, place, actor", [
    # the same words as the actor who strikes
    ("US forces at their base in the al-Omar oil field fired missiles at militia posts in al-Mayadin on Tuesday.",
     "al-mayadin", "United States"),
    ("قصفت المدفعية الأمريكية أطراف مدينة الميادين صباح اليوم.", "al-mayadin", "United States"),
    # affiliation names the aircraft's side, and a target named after the attacker changes nothing
    ("Military aircraft, presumably affiliated with the Israeli Air Force, struck Hajin on Tuesday.", "hajin", "Israel"),
    ("Israeli jets hit Syrian army positions in al-Bukamal on Tuesday.", "al-bukamal", "Israel"),
    ("On Tuesday night the US struck a depot near Hajin.", "hajin", "United States"),
])
def test_the_attacker_is_still_read(text, place, actor, gaz):
    assert at(text, gaz, place).attribution == actor


@pytest.mark.parametrize("text", [
    "On Monday night the US struck a depot near Hajin. Rockets were fired the same night at the US base in the "
    "al-Omar oil field.",
    "قصفت طائرات أمريكية مستودعاً قرب بلدة هجين ليل الإثنين. وسقطت صواريخ على القاعدة الأمريكية في حقل العمر في الليلة نفسها.",
])
def test_the_side_struck_takes_no_blame_from_the_rest_of_the_report(text, gaz):
    assert at(text, gaz, "hajin").attribution == "United States"
    assert at(text, gaz, "al-omar-oil-field").attribution == ""


@pytest.mark.parametrize("text, place", [
    # victims, a negated claim, the side a coalition fights
    ("A drone struck the Conoco gas field on Tuesday, causing minor injuries to two U.S. personnel.", "conoco-gas-field"),
    ("A series of strikes hit al-Bukamal on Tuesday. Neither the U.S. nor Israel has claimed the strikes.", "al-bukamal"),
    ("Two men suspected of belonging to ISIS cells were killed when a drone hit their car in Hajin on Tuesday.", "hajin"),
])
def test_victims_and_non_claimants_are_not_attackers(text, place, gaz):
    assert at(text, gaz, place).attribution in ("", "unidentified")


@pytest.mark.parametrize("text", [
    "On Monday night the US struck a depot near Hajin. The Islamic Resistance in Iraq claimed an attack on the al-Omar "
    "oil field the same night; the coalition did not comment.",
    "قصفت طائرات أمريكية مستودعاً قرب بلدة هجين ليل الإثنين. وأعلنت مجموعة تطلق على نفسها المقاومة الإسلامية أنها "
    "استهدفت حقل العمر بطائرة مسيرة، فيما لم يعلّق التحالف الدولي على البيان.",
])
def test_a_claim_by_an_unlisted_group_takes_no_other_name(text, gaz):
    assert at(text, gaz, "hajin").attribution == "United States"
    assert at(text, gaz, "al-omar-oil-field").attribution == ""


def test_the_coalition_that_denies_is_not_blamed(gaz):
    text = (HEADLINE + "The Global Coalition against ISIS on Tuesday denied carrying out a drone strike that hit a house "
            "in Hajin. \"The Coalition did not conduct any strike in the Hajin area,\" a spokesperson said.")
    assert at(text, gaz, "hajin").attribution == ""


def test_blame_told_of_a_separate_strike_stays_there(gaz):
    text = (HEADLINE + "Explosions were heard near the Deir ez-Zor military airport on Monday evening. In a separate "
            "incident, a drone believed to belong to the coalition struck a motorcycle in Boleel on Tuesday.")
    assert at(text, gaz, "al-bulayl").attribution == "US-led coalition"
    ar = (HEADLINE + "سُمع دوي انفجارات في محيط مطار دير الزور العسكري مساء الاثنين. وفي سياق منفصل، استهدفت طائرة "
          "مسيرة يرجح أنها تابعة للتحالف الدولي دراجة نارية في بلدة البوليل اليوم.")
    assert at(ar, gaz, "al-bulayl").attribution == "US-led coalition"
    for t in (text, ar):
        assert all(e.attribution == "" for e in events(t, gaz) if e.place_id != "al-bulayl")


# --- 2. blame from elsewhere in the report -----------------------------------------------------

def test_a_related_links_list_blames_nobody(gaz):
    text = ("A drone struck a car in Hajin on Tuesday, killing its driver.\n\nCheck Also\n\n"
            "Israeli aggression on the Damascus countryside\n\n"
            "Damascus, SANA- An Israeli aggression targeted several points in the countryside of Damascus.")
    assert at(text, gaz, "hajin").attribution == ""
    ar = ("استهدفت طائرة مسيّرة سيارة في بلدة هجين اليوم الثلاثاء.\n\nاقرأ أيضاً:\n"
          "- غارات إسرائيلية تستهدف مواقع في ريف دمشق")
    assert at(ar, gaz, "hajin").attribution == ""


def test_a_later_sentence_on_the_same_strike_still_names_the_attacker(gaz):
    text = "A missile struck a car near Hajin on Tuesday. Local sources said ISIS cells had fired the missile."
    assert at(text, gaz, "hajin").attribution == "Islamic State"


@pytest.mark.parametrize("text", [
    "A missile struck a car near Hajin on Tuesday. Attacks in the eastern countryside are usually blamed on ISIS cells.",
    "قُتل شخصان إثر استهداف سيارة بصاروخ قرب بلدة هجين ظهر اليوم.\n\n"
    "الجدير بالذكر أن ريف دير الزور الشرقي يشهد بشكل شبه يومي عمليات استهداف يُتّهم بها تنظيم داعش.",
])
def test_a_habitual_blame_is_not_this_strikes(text, gaz):
    assert at(text, gaz, "hajin").attribution == ""


def test_blame_for_a_blast_is_not_blame_for_a_drone_strike(gaz):
    text = ("A roadside bomb killed two SDF fighters near Gharanij on Monday; the SDF said ISIS cells were behind "
            "the blast. On Tuesday, a drone struck a checkpoint in al-Shuhayl.")
    assert at(text, gaz, "al-shuhayl").attribution == ""
    # blame for a strike from the air covers the report's other strikes from the air
    text = "Israeli jets struck Hajin on Tuesday. On the same night, missiles hit al-Susah."
    assert at(text, gaz, "al-susah").attribution == "Israel"


@pytest.mark.parametrize("text", [
    "An unidentified drone struck a car near Hajin on Tuesday. Regime forces shelled al-Susah with artillery the same day.",
    "استهدفت طائرة مسيّرة مجهولة سيارة قرب بلدة هجين اليوم. وقصفت قوات النظام بلدة السوسة بالمدفعية في اليوم نفسه.",
])
def test_an_unidentified_drone_stays_unidentified(text, gaz):
    assert at(text, gaz, "hajin").attribution == "unidentified"
    assert at(text, gaz, "al-susah").attribution == "Syrian government"


def test_a_drone_of_unknown_origin_is_unidentified(gaz):
    text = ("Five people were killed on Monday when a drone attacked two vehicles carrying forces allied with the Syrian "
            "army near Hajin. Opposition sources said the drone's origin was not known.")
    hajin = at(text, gaz, "hajin")
    assert (hajin.attribution, hajin.fatalities) == ("unidentified", 5)


def test_an_unidentified_striker_takes_the_reports_guess(gaz):
    text = "Unidentified aircraft struck Hajin on Tuesday. The strikes were presumably Israeli, local sources said."
    assert (at(text, gaz, "hajin").attribution, at(text, gaz, "hajin").attribution_certainty) == ("Israel", "presumed")


@pytest.mark.parametrize("text, place", [
    ("قُتل ثلاثة مدنيين بقصف مدفعي لقوات الأسد استهدف بلدة الشعفة صباح اليوم. "
     "وفي محيط بلدة الباغوز دارت اشتباكات عنيفة بين تنظيم داعش وقسد.", "al-shaafah"),
    ("Assad forces shelled al-Shafa on Tuesday, killing three civilians. Clashes between ISIS and the SDF "
     "went on near al-Baghuz.", "al-shaafah"),
])
def test_the_regime_shelling_is_the_governments(text, place, gaz):
    assert at(text, gaz, place).attribution == "Syrian government"


def test_the_clause_names_who_struck_its_place(gaz):
    text = ("دارت اشتباكات بين تنظيم داعش وقسد في محيط بلدة الشحيل صباح اليوم، بينما شنّ طيران التحالف الدولي "
            "غارات على مواقع التنظيم في البلدة.")
    assert at(text, gaz, "al-shuhayl").attribution == "US-led coalition"


# --- 3. status: the event denied, not the blame ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pro-government pages claimed on Tuesday that a drone had struck a checkpoint in al-Shuhayl. "
    "The SDF denied that any attack took place there.",
    "زعمت صفحات موالية أن طائرة مسيّرة استهدفت حاجزاً في بلدة الشحيل اليوم. ونفت قسد وقوع أي هجوم في البلدة.",
])
def test_a_denial_that_anything_happened_denies_the_event(text, gaz):
    found = [e for e in events(HEADLINE + text, gaz) if e.place_id == "al-shuhayl"]
    assert [e.status for e in found] == ["denied"]


def test_a_denial_of_any_raid_in_arabic_denies_the_event(gaz):
    text = (HEADLINE + "تحدثت صفحات محلية عن غارات جوية استهدفت مستودعات داخل بلدة الشحيل مساء أمس. "
            "في المقابل، نفى مصدر عسكري، في تصريح لإذاعة محلية، تعرض البلدة لأي غارة جوية.")
    assert at(text, gaz, "al-shuhayl").status == "denied"


@pytest.mark.parametrize("text", [
    "Pro-government pages claimed that coalition helicopters struck positions near al-Busayrah on Sunday. "
    "The claims could not be independently verified.",
    "تحدثت صفحات موالية عن غارة لمروحيات التحالف على مواقع قرب بلدة البصيرة يوم الأحد. ولم يتسنَّ التحقق من هذه الأنباء.",
])
def test_a_doubt_about_the_claim_makes_it_unconfirmed(text, gaz):
    assert at(HEADLINE + text, gaz, "al-busayrah").status == "unconfirmed"


def test_a_doubt_about_something_else_does_not(gaz):
    text = (HEADLINE + "Coalition helicopters struck positions near al-Busayrah on Sunday, killing two. "
            "The identity of the dead could not be verified.")
    assert at(text, gaz, "al-busayrah").status == "reported"


@pytest.mark.parametrize("text", [
    "A drone struck a checkpoint in al-Shuhayl on Tuesday. The coalition denied any involvement in the attack.",
    "استهدفت غارة مقراً في بلدة الشحيل اليوم. ونفى مسؤول في الحشد أن تكون الغارة قد أوقعت قتلى.",
])
def test_a_denial_of_who_or_of_the_dead_leaves_it_reported(text, gaz):
    assert at(HEADLINE + text, gaz, "al-shuhayl").status == "reported"


# --- 4. the kind of strike ------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, kind", [
    ("Drones of unknown origin, believed to be American, struck a farm in Hajin on Tuesday, where a militia keeps "
     "missiles.", "hajin", "drone strike"),
    ("The regime forces shelled al-Shafa with heavy artillery and rocket launchers on Tuesday.", "al-shaafah", "shelling"),
    ("قصفت قوات النظام بلدة الشعفة بالمدفعية الثقيلة وراجمات الصواريخ صباح اليوم.", "al-shaafah", "shelling"),
    ("A coalition helicopter fired three rockets at a house in al-Shuhayl on Tuesday.", "al-shuhayl", "airstrike"),
    ("أطلقت مروحية للتحالف ثلاثة صواريخ على منزل في بلدة الشحيل اليوم.", "al-shuhayl", "airstrike"),
    ("وطالت غارة منصة لإطلاق الصواريخ في بلدة هجين اليوم.", "hajin", "airstrike"),
    ("Two US F-15s carried out the strike on a depot in Hajin on Tuesday.", "hajin", "airstrike"),
    # rockets alone stay a missile strike
    ("Rockets fell on al-Shafa on Tuesday.", "al-shaafah", "missile strike"),
])
def test_the_weapon_names_the_kind(text, place, kind, gaz):
    assert at(text, gaz, place).event_type == kind


@pytest.mark.parametrize("text, place, kind", [
    # the drone attack is what the raids answer
    ("Washington launched retaliatory raids on Hajin on Tuesday over a deadly drone attack on its troops.", "hajin", "airstrike"),
    ("شنت طائرات حربية غارات على بلدة هجين اليوم رداً على هجوم بطائرة مسيرة استهدف قاعدة حقل العمر.", "hajin", "airstrike"),
    # a drone that strikes, and a drone the report names by its verbal noun, is a drone strike
    ("A drone attack hit a car in Hajin on Tuesday.", "hajin", "drone strike"),
    ("رصد نشطاء استهداف طائرة مسيرة مجهولة سيارة عسكرية في بلدة هجين اليوم.", "hajin", "drone strike"),
])
def test_a_drone_attack_answered_is_not_the_strike(text, place, kind, gaz):
    assert at(text, gaz, place).event_type == kind


def test_a_drone_in_the_next_sentence_on_the_strike_beats_the_missile(gaz):
    first = HEADLINE + "قُتل شخصان إثر استهداف سيارة بصاروخ موجّه قرب بلدة هجين ظهر اليوم."
    assert at(first, gaz, "hajin").event_type == "missile strike"
    both = first + " وقال مراسل محلي إن الضربة نُفّذت بطائرة مسيّرة تابعة للتحالف الدولي."
    hajin = at(both, gaz, "hajin")
    assert (hajin.event_type, hajin.attribution) == ("drone strike", "US-led coalition")


# --- 5. the dead ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, dead", [
    ("قُتل ثلاثة مدنيين وأُصيب آخرون بقصف مدفعي استهدف بلدة الشعفة صباح اليوم.", "al-shaafah", 3),
    ("استهدفت مسيرة سيارة عند مدخل بلدة الشعفة مساء اليوم، ما أدى إلى مقتل قيادي عراقي ومرافقه.", "al-shaafah", 2),
    ("استهدفت مسيرة سيارة عند مدخل بلدة الشعفة مساء اليوم، ما أدى إلى مقتل قيادي في الميليشيا.", "al-shaafah", 1),
    ("وأضاف المرصد أن غارة طالت مقراً في بلدة هجين اليوم، وأن حصيلة القتلى بلغت ستة.", "hajin", 6),
    ("A drone struck a car in Hajin on Tuesday, killing a commander and his driver.", "hajin", 2),
])
def test_tolls_without_numerals(text, place, dead, gaz):
    assert at(text, gaz, place).fatalities == dead


@pytest.mark.parametrize("text, first, second", [
    ("قُتل شخصان إثر استهداف سيارة على الطريق بين بلدة هجين وبلدة السوسة ظهر اليوم.", "hajin", "al-susah"),
    ("A drone hit two cars in Hajin and al-Susah on Tuesday, killing two members of the militia.", "hajin", "al-susah"),
])
def test_a_toll_for_two_places_is_told_once(text, first, second, gaz):
    assert (at(text, gaz, first).fatalities, at(text, gaz, second).fatalities) == (2, None)


def test_the_wounded_are_not_dead(gaz):
    text = "انفجرت عبوة ناسفة بعربة عسكرية قرب مدخل بلدة الشحيل اليوم، ما أدى إلى إصابة عنصرين."
    assert at(text, gaz, "al-shuhayl").fatalities is None


def test_a_toll_told_at_the_region_goes_to_the_place_inside(gaz):
    text = ("Four fighters were killed on Tuesday when a drone struck a truck in Deir ez-Zor province. "
            "The truck was hit on the road between Hajin and al-Susah.")
    assert [(e.place_id, e.fatalities) for e in events(text, gaz)] == [("hajin", 4), ("al-susah", None)]


# --- 6. reasons -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention", [
    # undated, so "training" would make them background, and "ضربة" is no act the drill test knows
    ("The strikes hit a training facility near the city of Abu Kamal and a depot, the Pentagon said.", "Abu Kamal"),
    ("وأعلن البنتاغون أن قواته نفّذت ضربة على منشأة تدريب قرب مدينة البوكمال.", "البوكمال"),
])
def test_a_training_site_is_a_target_not_a_drill(text, mention, gaz):
    assert "al-bukamal" in places(text, gaz)
    assert all("drill" not in r and "background" not in r for r in reasons(text, gaz, mention))


@pytest.mark.parametrize("text", [
    "Explosions heard in the al-Mayadin desert on Tuesday came from militia training, sources said.",
    "سُمعت انفجارات في بادية الميادين اليوم ناجمة عن تدريبات للميليشيات.",
])
def test_blasts_from_training_are_still_a_drill(text, gaz):
    assert places(text, gaz) == []


def test_north_of_a_place_says_where_shells_fell(gaz):
    text = "سقطت ثلاث قذائف مدفعية في منطقة القرى السبع، إلى الشمال من مطار دير الزور العسكري، صباح اليوم."
    assert places(text, gaz) == ["seven-villages"]
    assert reasons(text, gaz, "مطار دير الزور العسكري")[0].startswith("reference point for 'القرى السبع'")
    origin = "سقطت ثلاث قذائف مدفعية أطلقت من مطار دير الزور العسكري على منطقة القرى السبع صباح اليوم."
    assert reasons(origin, gaz, "مطار دير الزور العسكري")[0].startswith("origin")
