"""The gazetteer: data that rebuilds, validates, and names resolving as reports write them."""

from __future__ import annotations

import csv

import pytest
from geopy.distance import geodesic

from gazetteer import build, load
from gazetteer.check import check
from gazetteer.normalize import fold

from .conftest import ROOT

DATA = ROOT / "gazetteer" / "data"


def test_committed_data_equals_build_output(tmp_path):
    build.build(tmp_path)
    for name in ("places.csv", "areas.geojson", "ambiguous.csv", "cross_source.csv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name}: run python -m gazetteer.build"


def test_gazetteer_validates(gaz):
    rep = check(gaz)
    assert rep.problems == []
    assert rep.places >= 250 and rep.names >= 1500


def test_ids_unique_and_every_row_sourced():
    with open(DATA / "places.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(r["source"] and r["licence"] for r in rows)
    assert all(r["precision"] == "exact" or float(r["radius_km"]) > 0 for r in rows)


def test_shared_names_are_listed_as_ambiguous(gaz):
    rep = check(gaz)
    # al-Sina'a is the industrial quarter of two cities; both stay, and the key is listed
    assert {"al-bukamal-industrial-area", "deir-ez-zor-industrial-area"} <= set(rep.ambiguous["al sina'a"])
    with open(DATA / "ambiguous.csv", encoding="utf-8") as f:
        assert any(r["key"] == "al sina'a" for r in csv.DictReader(f))


SEED_PLACES = {
    "al-Bukamal": "al-bukamal", "Imam Ali military base": "imam-ali-base", "al-Hizam": "al-bukamal-hizam",
    "al-Qa’im border crossing": "al-bukamal-al-qaim-crossing", "al-Hassyan": "al-hassyan", "al- Dweir": "al-dweir",
    "al-Mayadin": "al-mayadin", "Tharda Mountain": "jabal-tharda", "Muhasan": "muhasan", "al-Quriyah desert": "al-quriyah-desert",
    "Ain Ali": "ain-ali", "Deir ez-Zor Airport": "deir-ez-zor-airport", "Ayyash": "ayyash",
    "Tallat al-Hajif": "tallat-al-hajif", "Deir ez-Zor city": "deir-ez-zor", "Harabesh": "harabesh",
    "al-Naser building": "al-naser-building", "Faculty of Education": "faculty-of-education-deir",
    "Baghazi Ayyash": "ghazi-ayyash", "Boursaid street": "boursaid-street", "al-Thalathat": "al-thalathat",
    "al-Jam’iyat": "al-bukamal-jamiyat", "Koniko gas field": "conoco-gas-field", "Palmyra": "palmyra",
    "Al-Sukhna": "al-sukhnah", "Deir ez-Zor province": "deir-ez-zor-governorate", "Anbar desert": "anbar-desert",
}


@pytest.mark.parametrize("written,place_id", sorted(SEED_PLACES.items()))
def test_every_seed_place_resolves(gaz, seed_report, written, place_id):
    assert written in seed_report.text
    hits = [m for m in gaz.find(seed_report.text) if written.split(" city")[0] in m.text]
    assert hits, f"{written!r} not found in the seed"
    assert hits[0].place.id == place_id


# Coordinates published by the source named in the row, read independently of the build:
# GeoNames rows (the extract) and Wikipedia infobox coordinates.
PUBLISHED = {
    "deir-ez-zor": (35.33588, 40.14084),      # GeoNames 170794
    "al-bukamal": (34.45226, 40.91854),       # GeoNames 174448
    "al-mayadin": (35.01982, 40.45154),       # GeoNames 173480
    "hajin": (34.69508, 40.83138),            # GeoNames 174506
    "muhasan": (35.23349, 40.3166),           # GeoNames 162284
    "al-qaim": (34.39251, 40.98945),          # GeoNames 92138
    "deir-ez-zor-airport": (35.28528, 40.17583),  # en.wikipedia Deir ez-Zor Airport, 35°17′7″N 40°10′33″E
}


@pytest.mark.parametrize("pid", sorted(PUBLISHED))
def test_coordinates_within_2_km_of_their_source(gaz, pid):
    p = gaz.places[pid]
    assert geodesic((p.lat, p.lon), PUBLISHED[pid]).km <= 2.0


def test_geonames_rows_carry_the_extract_coordinates(gaz):
    with open(ROOT / "gazetteer" / "sources" / "geonames_extract.csv", encoding="utf-8") as f:
        extract = {r["geonameid"]: r for r in csv.DictReader(f)}
    checked = 0
    for p in gaz.places.values():
        gid = next((s.split(":")[1] for s in p.source.split() if s.startswith("geonames:")), None)
        if gid in extract and "whosonfirst:" in p.source and p.licence != "CC-BY-4.0":
            continue  # a WOF point from another source (Quattroshapes), same GeoNames id
        if gid in extract:
            g = extract[gid]
            assert geodesic((p.lat, p.lon), (float(g["lat"]), float(g["lon"]))).km < 0.01
            checked += 1
    assert checked >= 14


def test_districts_assigned_from_polygons(gaz):
    assert (gaz.places["al-bukamal"].district, gaz.places["al-bukamal"].subdistrict) == ("al-Bukamal", "al-Bukamal")
    assert gaz.places["al-mayadin"].district == "al-Mayadin"
    assert gaz.places["deir-ez-zor"].district == "Deir ez-Zor"
    assert gaz.places["al-qaim"].outside == "Iraq" and gaz.places["al-qaim"].district == ""


@pytest.mark.parametrize("written,expected", [
    ("Ālbū Kamāl", "albu kamal"), ("al-Qa’im", "al qa'im"), ("al-Qa'im", "al qa'im"), ("AL-BUKAMAL", "al bukamal"),
    ("al-  Dweir", "al dweir"), ("Deir-ez-Zor", "deir ez zor"), ("‘Deir ez-Zor’", "deir ez zor"),
    ("أبو كمال", "ابو كمال"), ("بِالْبُوكَمَال", "بالبوكمال"), ("دير الـزور", "دير الزور"), ("الميادينى", "المياديني"),
])
def test_normalization(written, expected):
    assert fold(written) == expected


@pytest.mark.parametrize("sentence,place_id", [
    ("Raids hit Ālbū Kamāl overnight.", "al-bukamal"),
    ("Raids hit Albu Kamal overnight.", "al-bukamal"),
    ("Raids hit Boukamal overnight.", "al-bukamal"),
    ("Raids hit Abu Kamal overnight.", "al-bukamal"),
    ("Shelling near al-Qaim and the Qa’im crossing", "al-qaim"),
    ("Drones struck al- Dweir desert", "al-dweir"),
    ("Jets bombed Mayadeen", "al-mayadin"),
    ("Jets bombed el-Mayadin", "al-mayadin"),
    ("Strikes on Dayr az-Zawr", "deir-ez-zor"),
    ("Strikes on Deir al-Zour", "deir-ez-zor"),
    ("Strikes on Deir Ezzor", "deir-ez-zor"),
    ("Strikes on ad-Dweir", "al-dweir"),
    ("غارات على البوكمال", "al-bukamal"),
    ("غارات على بالبوكمال", "al-bukamal"),
    ("قصف والميادين", "al-mayadin"),
    ("غارة لدير الزور", "deir-ez-zor"),
])
def test_spellings_resolve(gaz, sentence, place_id):
    ids = [m.place.id for m in gaz.find(sentence)]
    assert place_id in ids, ids


def test_offsets_point_into_the_original_text(gaz):
    text = "Strikes hit  ‘al- Qa’im’ and بالبوكمال today."
    ms = gaz.find(text)
    assert [text[m.start:m.end] for m in ms] == ["al- Qa’im", "البوكمال"]
    assert all(m.text == text[m.start:m.end] for m in ms)


def test_word_boundaries(gaz):
    assert [m.place.id for m in gaz.find("The Hajinawi family and Hajins")] == []
    assert [m.place.id for m in gaz.find("in Hajin.")] == ["hajin"]
    assert gaz.find("والبوكمالية") == []


def test_longest_match_wins(gaz):
    (m,) = gaz.find("near Deir ez-Zor Airport")
    assert m.place.id == "deir-ez-zor-airport" and m.text == "Deir ez-Zor Airport"
    (m,) = gaz.find("in Baghazi Ayyash area")
    assert m.place.id == "ghazi-ayyash"


def test_fuzzy_catches_near_miss_transliterations(gaz):
    # respellings the spelling rules explain are found by them; a typo they do not explain, by fuzzy matching
    for written, pid, method in [("Muhasaan", "muhasan", "phonetic"), ("Subaykhaan", "subaykhan", "phonetic"),
                                 ("Mohasan", "muhasan", "phonetic"), ("Mayadiin", "al-mayadin", "phonetic"),
                                 ("Subaykham", "subaykhan", "fuzzy"), ("Gharanijj", "gharanij", "phonetic")]:
        ms = [m for m in gaz.find(f"Raids hit {written} at dawn.") if m.method != "exact"]
        assert ms and ms[0].place.id == pid and ms[0].method == method, (written, [(m.text, m.place.id) for m in ms])
        assert 0 < ms[0].score < 1


def test_fuzzy_never_fires_on_common_english_words(gaz):
    text = ("Several Military Sources Reported Attacks. Meanwhile Officials Announced Measures Against Smugglers. "
            "Residents Described Massive Explosions, Although Observers Remained Cautious About Casualties. "
            "Humanitarian Organizations Requested Assistance; Journalists Questioned Commanders Yesterday.")
    assert [m.text for m in gaz.find(text) if m.method == "fuzzy"] == []


def test_ambiguity_resolved_by_other_places(gaz):
    near_bukamal = gaz.find("Raids hit Hajin, al-Susah and al-Sina'a.")
    near_city = gaz.find("Raids hit Harabesh, al-Joura and al-Sina'a.")
    pick = lambda ms: next(m for m in ms if "Sina" in m.text)
    assert pick(near_bukamal).place.id == "al-bukamal-industrial-area"
    assert pick(near_city).place.id == "deir-ez-zor-industrial-area"
    assert len(pick(near_city).candidates) >= 2  # every candidate stays, with its score
    assert pick(near_city).candidates[0].score > pick(near_city).candidates[1].score


def test_ambiguity_resolved_by_context_words(gaz):
    (gov,) = gaz.find("across Deir ez-Zor province")
    assert gov.place.type == "governorate"
    (city,) = gaz.find("in Deir ez-Zor city")
    assert city.place.id == "deir-ez-zor"


def test_extra_csv_adds_and_overrides(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "id,name,name_ar,alt_names,alt_names_ar,type,parent,outside,lat,lon,precision,radius_km,source,licence,note\n"
        "my-farm,Abu Shams farm,,Abu Shams farms,,site,,,35.1,40.4,exact,,field visit 2021,own,\n"
        "hajin,Hajin,هجين,,,town,,,34.7,40.84,exact,,my survey,own,moved\n", encoding="utf-8")
    gaz = load([extra])
    assert [m.place.id for m in gaz.find("Drones hit Abu Shams farms.")] == ["my-farm"]
    # 35.1 N 40.4 E lies in al-Mayadin sub-district (geoBoundaries polygons), north-west of the town
    assert (gaz.places["my-farm"].district, gaz.places["my-farm"].subdistrict) == ("al-Mayadin", "al-Mayadin")
    assert (gaz.places["hajin"].lat, gaz.places["hajin"].source) == (34.7, "my survey")
    assert "geonames:174506" in load().places["hajin"].source  # the packaged data is untouched


def test_bad_extra_csv_names_the_file(tmp_path):
    from gazetteer import GazetteerError

    bad = tmp_path / "bad.csv"
    bad.write_text("id,name\nx,y\n")
    with pytest.raises(GazetteerError, match=str(bad)):
        load([bad])


def test_lookup_cli(invoke):
    import json

    code, out, _ = invoke("gazetteer", "lookup", "Albu Kamal", "Mayadeen", "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and [r["candidates"][0]["id"] for r in rows] == ["al-bukamal", "al-mayadin"]
    assert set(rows[0]["candidates"][0]) >= {"id", "name", "type", "lat", "lon", "district", "score"}
    code, out, _ = invoke("gazetteer", "lookup", "Xyzzyville")
    assert code == 1 and "closest:" in out


def test_gazetteer_check_cli(invoke):
    code, out, _ = invoke("gazetteer", "check")
    assert code == 0 and out.strip().endswith("0 problems")


def test_every_place_has_an_arabic_name(gaz):
    from gazetteer.normalize import is_arabic

    # Who's On First has no Arabic name for a few GeoNames villages; none is invented.
    wof = {r["wof_id"]: r for r in csv.DictReader(open(ROOT / "gazetteer" / "sources" / "whosonfirst_localities.csv",
                                                       encoding="utf-8"))}
    lacking = [p for p in gaz.places.values() if not is_arabic(p.name_ar)]
    assert all(p.source.startswith("whosonfirst:") for p in lacking)
    assert all(not wof[p.source.split()[0].split(":")[1]]["name_ar"] for p in lacking)
    assert len(lacking) < 0.1 * len(gaz.places)
