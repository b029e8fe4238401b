"""Rules of reading from the second extraction round, on sentences written for these tests (English and Arabic).

City or governorate, what counts as a strike, agentless and cross-sentence strikes, context places, attributes,
unknown places, boilerplate, and the decision with its reason for every place mention.
"""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from mapper.explain import explain, explain_lines
from mapper.extract import extract_report

from .reading import Reader

PUB = date(2021, 1, 13)  # a Wednesday


_reader = Reader(PUB)
report, events, places = _reader.report, _reader.events, _reader.places


def decision(result, mention):
    (d,) = [d for d in result.decisions if d.mention == mention]
    return d


# --- 1. city or governorate --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Airstrikes in Syria's Deir ez-Zor kill eight militiamen.",
    "Jets struck depots in the Deir Ezzor region near the Iraqi border on Tuesday.",
    "Warplanes bombed positions across Deir al-Zour on Tuesday.",
    "Drones struck militia posts in Dayr az-Zawr, eastern Syria, on Tuesday.",
    "قصفت طائرات حربية مواقع في محافظة دير الزور أمس.",
])
def test_deir_ez_zor_as_region_is_the_governorate_at_region_precision(text, gaz):
    (e,) = events(text, gaz)
    assert (e.place_id, e.geo_precision) == ("deir-ez-zor-governorate", 3)


@pytest.mark.parametrize("text", [
    "Warplanes bombed the city of Deir ez-Zor on Tuesday.",
    "A drone struck a building in Deir Ezzor city on Tuesday.",
    "قصفت طائرات حربية مواقع في مدينة دير الزور أمس.",
    "Warplanes bombed Deir ez-Zor on Tuesday.",  # nothing else locates the strike
])
def test_deir_ez_zor_as_city_when_the_text_says_so_or_nothing_else_locates(text, gaz):
    (e,) = events(text, gaz)
    assert (e.place_id, e.geo_precision) == ("deir-ez-zor", 1)


@pytest.mark.parametrize("text,expected", [
    ("Airstrikes in Syria's Deir ez-Zor kill eight\n\nWarplanes bombed Hajin and al-Susah on Tuesday.", ["al-susah", "hajin"]),
    ("A drone struck a car in Hajin, in the Deir Ezzor area, on Tuesday.", ["hajin"]),
    ("Drone strike in Deir ez-Zor\n\nA drone struck a car near Dhiban on Tuesday.", ["dhiban"]),
    ("Shelling hit villages in rural Deir ez-Zor on Tuesday, including al-Tayyana.", ["al-tayyana"]),
    ("غارات على دير الزور\n\nقصفت طائرات حربية مواقع في بلدة هجين بريف دير الزور الشرقي أمس.", ["hajin"]),
])
def test_region_mention_is_no_strike_of_its_own_when_places_inside_are_named(text, expected, gaz):
    assert places(text, gaz) == expected


def test_region_reason_is_explained(gaz):
    res = extract_report(report("Airstrikes in Syria's Deir ez-Zor kill eight\n\nWarplanes bombed Hajin on Tuesday."), gaz)
    d = decision(res, "Deir ez-Zor")
    assert not d.event and d.reason == "region with places inside"
    assert decision(res, "Hajin").event


@pytest.mark.parametrize("text,place_id", [
    ("Warplanes struck the al-Mayadin countryside on Tuesday.", "al-mayadin-district"),
    ("قصفت طائرات حربية مواقع في ريف الميادين أمس.", "al-mayadin-district"),
])
def test_al_mayadin_countryside_is_its_district(text, place_id, gaz):
    (e,) = events(text, gaz)
    assert (e.place_id, e.geo_precision) == (place_id, 3)


def test_al_bukamal_area_is_a_region_mention_dropped_for_places_inside(gaz):
    (e,) = events("Unidentified jets struck militia posts in the al-Bukamal area on Tuesday.", gaz)
    assert (e.place_id, e.geo_precision) == ("al-bukamal", 3) and "region_mention" in e.flags
    text = "Unidentified jets struck militia posts in the al-Bukamal area on Tuesday, hitting al-Hizam and al-Susah."
    assert places(text, gaz) == ["al-bukamal-hizam", "al-susah"]
    (e,) = events("Unidentified jets struck militia posts in al-Bukamal city on Tuesday.", gaz)
    assert (e.place_id, e.geo_precision) == ("al-bukamal", 1)


# --- 2. what counts as a strike ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Coalition-backed forces raided homes in al-Shuhayl and arrested three people on Tuesday.",
    "SDF forces carried out a security raid in Dhiban on Tuesday, detaining two suspects.",
    "Clashes with machine guns broke out in Hajin on Tuesday after an attack on a checkpoint.",
    "Russian warplanes flew over al-Mayadin on Tuesday.",
    "A reconnaissance drone was seen over al-Bukamal on Tuesday.",
    "Coalition aircraft dropped flares over Dhiban on Tuesday.",
    "Explosions from likely drills were heard in al-Mayadin on Tuesday.",
    "داهمت قوات سوريا الديمقراطية منازل في بلدة الشحيل واعتقلت ثلاثة أشخاص أمس.",
    "حلقت طائرات حربية فوق مدينة الميادين أمس.",
    "سمع دوي انفجارات ناجمة عن تدريبات عسكرية في الميادين أمس.",
])
def test_raids_clashes_overflights_flares_and_drills_are_not_strikes(text, gaz):
    # each sentence follows a real strike so that the report has a strong trigger
    first = "A drone struck a car in Hajin on Monday. "
    res = extract_report(report(first + text), gaz)
    assert [e.place_id for e in res.events] == ["hajin"], text
    others = [d for d in res.decisions if d.start >= len(first)]
    assert others and not any(d.event for d in others), others
    assert all(d.reason.startswith("not a strike sense") or d.reason == "no strike word in the sentence"
               for d in others), others


@pytest.mark.parametrize("text,sense", [
    ("Coalition-backed forces raided homes in al-Shuhayl and arrested three people on Tuesday.", "ground raid"),
    ("Clashes with machine guns broke out in Hajin on Tuesday after an attack on a checkpoint.", "ground fighting"),
    ("Russian warplanes flew over al-Mayadin on Tuesday.", "overflight"),
    ("Explosions from likely drills were heard in al-Mayadin on Tuesday.", "drill"),
    ("حلقت طائرات حربية فوق مدينة الميادين أمس.", "overflight"),
])
def test_not_a_strike_sense_is_the_reason_given(text, sense, gaz):
    res = extract_report(report("A drone struck a car in Hajin on Monday. " + text), gaz)
    later = [d for d in res.decisions if d.start > 40]
    assert later and all(d.reason.startswith(f"not a strike sense: {sense}: ") for d in later), later


@pytest.mark.parametrize("text,etype", [
    ("Regime forces shelled the outskirts of Hajin on Tuesday amid clashes.", "shelling"),
    ("A landmine exploded under a car in Hajin on Tuesday.", "explosion"),
    ("A car bomb exploded in Hajin on Tuesday.", "explosion"),
    ("Rockets were fired at a coalition base in al-Omar on Tuesday.", "missile strike"),
    ("An explosion rocked al-Mayadin on Tuesday.", "explosion"),
])
def test_shelling_mines_car_bombs_and_rocket_attacks_are(text, etype, gaz):
    evs = events(text, gaz)
    assert evs and {e.event_type for e in evs} == {etype}


# --- 3. agentless and cross-sentence strikes -------------------------------------

def test_agentless_hit_after_a_drone_headline_takes_the_kind_and_both_road_ends(gaz):
    text = "Drone strike kills two in Deir ez-Zor\n\nA truck was hit while driving between Subaykhan and al-Asharah on Tuesday."
    evs = events(text, gaz)
    assert sorted(e.place_id for e in evs) == ["al-asharah", "subaykhan"]
    assert {e.event_type for e in evs} == {"drone strike"}


@pytest.mark.parametrize("text", [
    "A drone strike was reported in the area. The strike targeted a car on the road from al-Mayadin to Dhiban on Tuesday.",
    "قصفت طائرة مسيرة سيارة على الطريق بين الميادين وذيبان يوم الثلاثاء.",
])
def test_road_segment_names_both_ends(text, gaz):
    assert places(text, gaz) == ["al-mayadin", "dhiban"]


def test_month_day_takes_the_year_of_publication(gaz):
    (e,) = events("On January 10, a drone struck a car by the border crossing close to al-Bukamal.", gaz)
    assert (e.place_id, e.event_date) == ("al-bukamal", "2021-01-10")


def test_origin_before_at_the_target(gaz):
    assert places("Militants fired rockets from al-Mayadin at Hajin on Tuesday.", gaz) == ["hajin"]


# --- 4. context places -------------------------------------------------------

@pytest.mark.parametrize("text,reason", [
    ("A drone struck a car near Hajin on Tuesday; the wounded were taken to the national hospital in al-Mayadin.",
     "casualties taken to"),
    ("A drone struck a car near Hajin on Tuesday, killing two fighters originally from al-Mayadin.",
     "where people come from"),
    ("A drone struck a car near Hajin on Tuesday, killing two members of a militia based in al-Mayadin.",
     "where forces are based"),
    ("قصفت طائرة مسيرة سيارة قرب هجين أمس، ما أدى إلى مقتل عنصرين من أبناء الميادين.", "where people come from"),
    ("قصفت طائرة مسيرة سيارة قرب هجين أمس، وأسعف الجرحى إلى مشفى في الميادين.", "casualties taken to"),
])
def test_context_places_in_strike_sentences_are_not_targets(text, reason, gaz):
    res = extract_report(report(text), gaz)
    assert [e.place_id for e in res.events] == ["hajin"]
    other = [d for d in res.decisions if d.place_id == "al-mayadin"]
    assert other and other[0].reason.startswith(reason) and not other[0].event


def test_places_outside_the_governorate_are_kept_only_on_request(gaz):
    text = "Israeli jets struck militia posts in al-Bukamal and in al-Qaim across the border, and near Palmyra, on Tuesday."
    assert places(text, gaz) == ["al-bukamal"]
    res = extract_report(report(text), gaz)
    assert decision(res, "al-Qaim").reason == "outside the governorate (Iraq)"
    kept = events(text, gaz, include_outside=True)
    assert sorted(e.place_id for e in kept) == ["al-bukamal", "al-qaim", "palmyra"]
    assert all(("outside_governorate" in e.flags) == (e.place_id != "al-bukamal") for e in kept)


# --- 5. attributes -----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A drone struck a car on the road between al-Mayadin and Dhiban on Tuesday, killing two members of a militia.",
     {"al-mayadin": 2, "dhiban": None}),
    ("Warplanes bombed Hajin and al-Susah on Tuesday, killing eight militiamen.", {"hajin": 8, "al-susah": None}),
    ("قتل ثلاثة عناصر من الميليشيات بقصف لطائرة مسيرة على سيارة على الطريق بين الميادين وذيبان يوم الثلاثاء.",
     {"al-mayadin": 3, "dhiban": None}),
    ("قصفت طائرة مسيرة سيارة في هجين يوم الثلاثاء، ما أدى إلى مقتل 3 عناصر من أبناء الميادين.", {"hajin": 3}),
])
def test_fatalities_kept_when_a_sentence_names_two_places(text, expected, gaz):
    assert {e.place_id: e.fatalities for e in events(text, gaz)} == expected


@pytest.mark.parametrize("text", [
    "An unidentified drone struck a Syrian army checkpoint near al-Mayadin on Tuesday.",
    "استهدفت طائرة مسيرة مجهولة حاجزاً لقوات النظام قرب الميادين أمس.",
])
def test_unidentified_drone_is_unidentified_not_its_target(text, gaz):
    (e,) = events(text, gaz)
    assert (e.attribution, e.attribution_certainty) == ("unidentified", "unidentified")


def test_denial_of_responsibility_is_not_a_denied_event_nor_an_attribution(gaz):
    (e,) = events("The US-led coalition denied responsibility for a drone strike that hit a house in Hajin on Monday.", gaz)
    assert (e.place_id, e.status) == ("hajin", "reported") and e.attribution != "US-led coalition"
    (e,) = events("نفى التحالف الدولي مسؤوليته عن غارة استهدفت منزلاً في بلدة هجين يوم الاثنين.", gaz)
    assert (e.place_id, e.status) == ("hajin", "reported") and e.attribution != "US-led coalition"
    # a denied event stays denied
    (e,) = events("The US-led coalition denied reports that its drones struck a house in Hajin on Monday.", gaz)
    assert e.status == "denied"


@pytest.mark.parametrize("text", [
    # the denier and a day between the verb and the role
    "قصفت طائرة مسيرة منزلاً في بلدة هجين يوم الاثنين، ونفى التحالف الدولي، يوم الثلاثاء، تنفيذ الغارة.",
    "A drone struck a house in Hajin on Monday. The US-led coalition denied on Tuesday any involvement in the strike.",
    "A drone struck a house in Hajin on Monday. The US-led coalition denied in a statement any role in the strike.",
])
def test_a_role_denial_with_words_between_leaves_the_strike_reported(text, gaz):
    (e,) = events(text, gaz)
    assert (e.place_id, e.status) == ("hajin", "reported") and e.attribution != "US-led coalition"


# --- 6. unknown places -------------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("Regime forces shelled the village of Zighan on Tuesday.", "Zighan"),
    ("A drone struck a car near Umm Ghazlan village on Tuesday.", "Umm Ghazlan"),
    ("قصفت قوات النظام قرية الزغيرة أمس.", "الزغيرة"),
])
def test_strike_at_a_place_not_in_the_gazetteer_is_written_unlocated(text, words, gaz):
    res = extract_report(report(text), gaz)
    assert [u.words for u in res.unlocated] == [words]
    assert res.unlocated[0].why == "not in the gazetteer" and res.unlocated[0].sentence == text


def test_unknown_place_outside_a_strike_sentence_is_not_unlocated(gaz):
    text = "A drone struck a car in Hajin on Tuesday. The village of Zighan held a wedding."
    assert extract_report(report(text), gaz).unlocated == []


def test_build_writes_unlocated_csv_neutralised_and_counts_it(invoke, tmp_path):
    from tests.conftest import write_report

    src = tmp_path / "in"
    src.mkdir()
    write_report(src / "a.txt", "Regime forces shelled the village of Zighan on Tuesday, killing two civilians.",
                 source="=HYPERLINK(\"http://x\")")
    code, out, err = invoke("build", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert "strikes at places not in the gazetteer: 1 (unlocated.csv)" in out
    rows = list(csv.DictReader((tmp_path / "out" / "unlocated.csv").open(encoding="utf-8")))
    assert [(r["report_id"], r["words"]) for r in rows] == [("a.txt", "Zighan")]
    assert rows[0]["source"].startswith("'=")


# --- 7. explain --------------------------------------------------------------

def test_explain_gives_every_mention_a_reason(gaz):
    text = ("DEIR EZ-ZOR, Syria (North Press) – Jets that took off from the T4 airbase bombed Hajin on Tuesday.\n\n"
            "Al-Bukamal has long been a frequent target of raids.\n\n"
            "Photo: smoke over al-Mayadin")
    res = explain(report(text), gaz)
    reasons = {d.mention: (d.event, d.reason) for d in res.decisions}
    assert reasons["DEIR EZ-ZOR"] == (False, "dateline")
    assert reasons["Hajin"][0] and reasons["Hajin"][1].startswith("struck:")
    assert reasons["Al-Bukamal"][0] is False and reasons["Al-Bukamal"][1].startswith("background paragraph")
    assert reasons["al-Mayadin"] == (False, "not article text: caption")
    lines = "\n".join(explain_lines(report(text), res))
    assert "'Hajin' [hajin]" in lines and "-> EVENT" in lines and "dateline" in lines


def test_explain_decisions_agree_with_events(gaz, seed_report):
    res = explain(seed_report, gaz)
    kept = {d.event_id for d in res.decisions if d.event}
    assert kept == {e.event_id for e in res.events}
    assert all(d.reason for d in res.decisions)


def test_explain_command(invoke, tmp_path):
    from tests.conftest import write_report

    path = write_report(tmp_path / "r.txt", "Russian jets fired from the T4 airbase struck Hajin on Monday.")
    code, out, _ = invoke("explain", str(path))
    assert code == 0 and "'Hajin' [hajin]" in out and "EVENT" in out
    code, out, _ = invoke("explain", "--json", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r["place_id"] == "hajin" and r["event"] for r in rows)


# --- 8. boilerplate ----------------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("A drone struck a vehicle in al-Mayadin on Monday, killing two. © 2023 SOHR", "al-mayadin"),
    ("Follow us on Telegram. Regime artillery shelled Hajin on Monday.", "hajin"),
    ("قصفت طائرة مسيرة سيارة في الميادين يوم الاثنين. تابعونا على تلغرام", "al-mayadin"),
])
def test_boilerplate_is_cut_not_the_strike_sentence(text, place, gaz):
    assert [e.place_id for e in events(text, gaz)] == [place]


def test_appeal_paragraph_still_dropped(gaz):
    text = "Warplanes bombed Hajin on Monday.\n\nSupport Enab Baladi: donate to keep free media about al-Mayadin alive."
    assert places(text, gaz) == ["hajin"]


# --- more readings found on the tuning gold, tested on sentences of our own ---------

@pytest.mark.parametrize("text", [
    "Coalition helicopters made intensive flights today over the Conoco field and over Hatla and Khasham.",
    "Militias evacuated their posts in al-Bukamal city, fearing new airstrikes.",
    "خوفاً من غارات جديدة، أخلت الميليشيات مقراتها في مدينة البوكمال.",
])
def test_flights_and_feared_strikes_are_not_strikes(text, gaz):
    res = extract_report(report("A drone struck a car in Hajin on Monday. " + text), gaz)
    assert [e.place_id for e in res.events] == ["hajin"]


def test_correspondent_in_a_place_is_a_witness(gaz):
    text = "قصفت طائرات مجهولة موقعاً في مدينة الميادين أمس. وأفاد مراسل عنب بلدي في دير الزور أن الطائرات أطلقت ثلاثة صواريخ."
    res = extract_report(report(text), gaz)
    assert [e.place_id for e in res.events] == ["al-mayadin"]
    assert decision(res, "دير الزور").reason.startswith("witness")


def test_town_in_deir_ez_zor_is_the_governorate(gaz):
    text = "Government forces fire rockets at SDF-held town in Deir ez-Zor\n\nRockets hit al-Izba on Tuesday."
    assert places(text, gaz) == ["al-izba"]
    (e,) = events("Government forces fired rockets at a town in Deir ez-Zor on Tuesday.", gaz)
    assert e.place_id == "deir-ez-zor-governorate"


@pytest.mark.parametrize("text", [
    "In January 2019 a wave of raids on Hajin killed dozens of fighters.",
    "في عام 2019 قصفت طائرات التحالف بلدة هجين مرات عدة.",
])
def test_a_past_period_is_background(text, gaz):
    res = extract_report(report("A drone struck a car in al-Mayadin on Monday. " + text), gaz)
    assert [e.place_id for e in res.events] == ["al-mayadin"]
    assert decision(res, "Hajin" if "Hajin" in text else "هجين").reason.startswith("background paragraph")


def test_villages_of_a_and_b_is_a_list_not_a_countryside(gaz):
    evs = events("Shells fell on the villages of Dhiban and al-Tayyana on Tuesday.", gaz)
    precision = {e.place_id: e.geo_precision for e in evs}
    assert set(precision) == {"dhiban", "al-tayyana"} and precision["dhiban"] == 1 and precision["al-tayyana"] < 3
    (e,) = events("Shells fell on the villages of Dhiban on Tuesday.", gaz)
    assert e.geo_precision == 3


def test_an_outlet_named_after_a_place_is_not_a_target(gaz):
    text = "Trucks were hit by airstrikes near Hajin on Tuesday, according to the Beirut-based channel Al Mayadeen."
    res = extract_report(report(text), gaz)
    assert [e.place_id for e in res.events] == ["hajin"]
    assert decision(res, "Al Mayadeen").reason.startswith("an outlet's or source's name")


@pytest.mark.parametrize("text,expected", [
    ("Explosions were heard around the Ain Ali shrine, close to the village of al-Quriyah, on Tuesday.", ["ain-ali"]),
    ("انفجارات في محيط مقام عين علي، قرب بلدة القورية، أمس.", ["ain-ali"]),
    ("Raids hit al-Quriyah desert area, near Ain Ali, on Tuesday.", ["ain-ali", "al-quriyah-desert"]),  # a list
])
def test_a_place_described_as_near_another_is_the_target_not_the_other(text, expected, gaz):
    assert places(text, gaz) == expected


@pytest.mark.parametrize("text", [
    "The road between al-Mayadin and al-Bukamal has seen repeated attacks on militia vehicles for months.",
    "ويشهد الطريق بين الميادين والبوكمال منذ أشهر عمليات استهداف متكررة لآليات الميليشيات.",
])
def test_repeated_attacks_over_months_are_background(text, gaz):
    res = extract_report(report("A drone struck a car in Hajin on Monday. " + text), gaz)
    assert [e.place_id for e in res.events] == ["hajin"]


@pytest.mark.parametrize("text", [
    "Airstrikes hit the Ain Ali shrine on Monday, which militias have used as a base for years.",
    "طالت الغارات مقام عين علي يوم الاثنين، الذي تتخذه الميليشيات مقراً منذ سنوات.",
])
def test_a_background_relative_clause_does_not_hide_the_strike(text, gaz):
    assert places(text, gaz) == ["ain-ali"]


def test_the_outlet_a_source_told_is_not_a_target(gaz):
    text = "Raids hit Hajin on Tuesday, a resident told Deir Ezzor 24, and killed two, a medic told al-Mayadin Radio."
    assert places(text, gaz) == ["hajin"]


@pytest.mark.parametrize("text", [
    "The flights were meant to deter any militia attack on the Conoco base.",
    "Fighters in al-Bukamal city stayed on alert for new airstrikes.",
])
def test_deterrence_and_alert_are_not_strikes(text, gaz):
    res = extract_report(report("A drone struck a car in Hajin on Monday. " + text), gaz)
    assert [e.place_id for e in res.events] == ["hajin"]


def test_came_under_fire_after_a_drone_strike_is_that_strike_on_the_road(gaz):
    text = ("Drone strike hits militia vehicle in Deir ez-Zor\n\n"
            "The vehicle came under fire on the road between al-Mayadin and Dhiban on Tuesday, the monitor said.")
    evs = events(text, gaz)
    assert sorted(e.place_id for e in evs) == ["al-mayadin", "dhiban"]
    assert {e.event_type for e in evs} == {"drone strike"}


@pytest.mark.parametrize("caption", [
    "[Photo caption: Smoke rises over al-Mayadin in an earlier strike.]",
    "[صورة: دخان يتصاعد إثر قصف سابق على الميادين]",
])
def test_bracketed_caption_is_not_article_text(caption, gaz):
    res = extract_report(report(f"A drone struck a car in Hajin on Monday.\n\n{caption}\n\nThe driver was killed."), gaz)
    assert [e.place_id for e in res.events] == ["hajin"]
    assert all(d.reason == "not article text: caption" for d in res.decisions if d.place_id == "al-mayadin")


@pytest.mark.parametrize("text,etype", [
    ("Local sources said a drone struck a house in Hajin on Monday. The coalition denied that any strike hit Hajin on Monday.",
     "drone strike"),
    ("قالت مصادر محلية إن طائرة مسيرة قصفت منزلاً في هجين يوم الاثنين. ونفى التحالف أن تكون أي غارة قد استهدفت هجين يوم الاثنين.",
     "drone strike"),
])
def test_a_denied_claim_is_one_denied_event_not_attributed_to_the_denier(text, etype, gaz):
    (e,) = events(text, gaz)
    assert (e.place_id, e.status, e.event_type, e.attribution) == ("hajin", "denied", etype, "")
    assert len(e.evidence_all) == 2


def test_a_denial_elsewhere_leaves_an_actor_named_as_striking(gaz):
    (e,) = events("Israeli jets struck al-Bukamal on Monday. Israel denied striking a hospital in Hajin.", gaz)
    assert (e.place_id, e.status, e.attribution) == ("al-bukamal", "reported", "Israel")


@pytest.mark.parametrize("text", [
    "Unidentified aircraft struck positions near the Syrian town of al-Bukamal late on Sunday.",
    "Warplanes bombed targets near the border town of al-Bukamal on Sunday.",
])
def test_adjectives_before_town_are_not_unknown_places(text, gaz):
    res = extract_report(report(text), gaz)
    assert [e.place_id for e in res.events] == ["al-bukamal"] and res.unlocated == []


@pytest.mark.parametrize("text,words", [
    ("وقصفت قوات قسد قرى البوليل والغريب والبغيلية، وموقعاً للميليشيات قرب بلدة خشام أمس.", ["الغريب"]),
    ("Regime artillery shelled the villages of al-Kishkiyah, Zighan and al-Busayrah on Tuesday.", ["Zighan"]),
])
def test_unknown_item_of_a_list_of_villages_is_unlocated(text, words, gaz):
    res = extract_report(report(text), gaz)
    assert [u.words for u in res.unlocated] == words
    assert len(res.events) >= 2
