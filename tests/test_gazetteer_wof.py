"""Who's On First localities in the gazetteer: extractor, build, reviewed matches, and `gazetteer check`."""

from __future__ import annotations

import csv
import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.check import check

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "gazetteer" / "sources"
SHARED = Path("/work/shared/data/whosonfirst-admin-sy")
if not SHARED.exists():
    SHARED = ROOT.parent.parent / "shared" / "data" / "whosonfirst-admin-sy"


def _extractor():
    spec = importlib.util.spec_from_file_location("extract_wof", ROOT / "tools" / "extract_wof.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.skipif(not (SHARED / "records.jsonl").exists(), reason="shared WOF records not on this machine")
def test_extractor_reproduces_the_committed_table(tmp_path):
    out = tmp_path / "wof.csv"
    assert _extractor().main([str(SHARED), "--out", str(out)]) == 0
    assert out.read_bytes() == (SOURCES / "whosonfirst_localities.csv").read_bytes()


def _record(wid, name, **props):
    p = {"wof:id": wid, "wof:name": name, "wof:placetype": "locality", "mz:is_current": -1,
         "edtf:deprecated": "", "wof:superseded_by": [], "geom:latitude": 35.1, "geom:longitude": 40.4,
         "gn:asciiname": name, "wof:concordances": {"gn:id": wid + 1}, "src:geom": "geonames",
         "wof:hierarchy": [{"region_id": 9, "county_id": 8}]}
    p.update(props)
    return {"type": "Feature", "properties": p, "geometry": {"type": "Point", "coordinates": [40.4, 35.1]}}


def test_extractor_drops_withdrawn_records_and_moves_latin_out_of_arabic_fields(tmp_path):
    records = [
        _record(30, "Kept", **{"name:ara_x_preferred": ["Al Kept"], "name:ara_x_variant": ["كبت"]}),
        _record(10, "Old", **{"mz:is_current": 0}),
        _record(11, "Deprecated", **{"edtf:deprecated": "2024-01-19"}),
        _record(12, "Superseded", **{"wof:superseded_by": [99]}),
        _record(20, "Current", **{"mz:is_current": 1, "name:ara_x_preferred": ["الحالية"]}),
        {"type": "Feature", "properties": {"wof:id": 9, "wof:placetype": "region", "wof:name": "Dayr az Zawr"}},
    ]
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.csv"
    assert _extractor().main([str(tmp_path), "--out", str(out)]) == 0
    rows = _csv(out)
    assert [r["wof_id"] for r in rows] == ["20", "30"]  # sorted, withdrawn gone
    kept = rows[1]
    assert kept["name_ar"] == "كبت" and "Al Kept" in kept["alt_names"].split("|")
    assert kept["region"] == "Dayr az Zawr" and kept["geonames_id"] == "31" and kept["licence"] == "CC-BY-4.0"
    first = out.read_bytes()
    _extractor().main([str(src), "--out", str(out)])
    assert out.read_bytes() == first


def test_committed_table_has_no_withdrawn_record_and_no_latin_arabic():
    rows = _csv(SOURCES / "whosonfirst_localities.csv")
    assert len(rows) > 2000
    assert "1259501259" not in {r["wof_id"] for r in rows}  # Mastur: mz:is_current 0, superseded
    for r in rows:
        for n in [r["name_ar"], *r["alt_names_ar"].split("|")]:
            assert not any("a" <= c.lower() <= "z" for c in n), (r["wof_id"], n)
    rukn = next(r for r in rows if r["wof_id"] == "1343656141")  # Arabic field held "Al Hādīn"
    assert rukn["name_ar"] == "الركن" and "Al Hādīn" in rukn["alt_names"].split("|")


def test_every_locality_in_or_near_the_governorate_is_a_place_with_its_own_point(gaz):
    from gazetteer.build import WOF_NEAR_KM

    areas = gaz.areas
    by_wof = {}
    for p in gaz.places.values():
        # a place that is the centre of several localities (a `part` match: al-Jurdi, the Seven Villages) is none of them
        if p.source.startswith("whosonfirst:") and p.source.count("whosonfirst:") == 1:
            by_wof[p.source.split()[0].split(":")[1]] = p
    names_only = {m["wof_id"] for m in _csv(SOURCES / "wof_matches.csv") if m["use"] == "names"}
    inside = 0
    for r in _csv(SOURCES / "whosonfirst_localities.csv"):
        lat, lon = float(r["lat"]), float(r["lon"])
        km = areas.km_outside_governorate(lat, lon)
        if km > WOF_NEAR_KM or r["wof_id"] in names_only:
            continue
        p = by_wof[r["wof_id"]]
        assert p.precision == "exact" and not p.source.startswith("parent:")
        if not p.outside:
            inside += 1
            assert p.district and p.subdistrict, p.id
    assert inside >= 290
    assert len({p.subdistrict for p in by_wof.values() if not p.outside}) == 14


def test_reviewed_matches_give_curated_places_the_wof_point_and_id(gaz):
    wof = {r["wof_id"]: r for r in _csv(SOURCES / "whosonfirst_localities.csv")}
    points = 0
    for m in _csv(SOURCES / "wof_matches.csv"):
        assert m["reason"].strip()
        p = gaz.places[m["place_id"]]
        if m["use"] == "point":
            points += 1
            assert f"whosonfirst:{m['wof_id']}" in p.source and p.precision == "exact"
            w = wof[m["wof_id"]]
            if f"geonames:{w['geonames_id']}" in p.source and p.licence == "CC-BY-4.0" and w["point_source"] != "geonames":
                continue
            assert abs(p.lat - float(w["lat"])) < 1e-4 or "geonames" in p.source
    assert points >= 60
    # Dhiban and al-Tayyana were one point; now each village has its own.
    assert (gaz.places["dhiban"].lat, gaz.places["dhiban"].lon) != (gaz.places["al-tayyana"].lat, gaz.places["al-tayyana"].lon)


def test_disagreements_over_2_km_are_reported_with_the_point_kept(gaz):
    rep = check(gaz)
    lines = {line.split(":")[0]: line for line in rep.disagreements}
    assert {"al-quriyah", "hatla"} <= set(lines)
    assert "kept whosonfirst:1193158247" in lines["al-quriyah"] and "al-Asharah" in lines["al-quriyah"]
    assert "Wikipedia" in gaz.places["hatla"].note or "wikipedia" in gaz.places["hatla"].note


def test_duplicate_names_are_kept_for_each_and_listed():
    amb = {r["key"]: r["place_ids"].split("|") for r in _csv(ROOT / "gazetteer" / "data" / "ambiguous.csv")}
    assert {"al-kishmah", "al-kashmah"} <= set(amb["al kashmah"])
    assert len(amb["tabiyah"]) >= 3


def test_a_name_two_villages_share_keeps_both_candidates(gaz):
    (m,) = gaz.find("A drone strike hit al-Kashma on Monday.")
    assert m.ambiguous and {c.place.id for c in m.candidates} == {"al-kashmah", "al-kishmah"}
    (m, _) = gaz.find("A drone strike hit al-Kashma near al-Susah on Monday.")
    assert m.place.id == "al-kishmah"  # the east-bank one, 10 km from al-Susah


def test_english_words_are_not_village_names(gaz):
    # GeoNames villages spelled "Sa'id", "Jihad", "Daman": matched alone they hit every "said".
    text = "A spokesman said the jihad group moved to Daman, officials said. Mohammed al-Ali and Jasim were there."
    assert [m.place.id for m in gaz.find(text, fuzzy=False)] == []
    assert [m.place.id for m in gaz.find("Shelling hit Daman village on Monday.", fuzzy=False)]
    arabic = "قصفت الطائرات المدينة في تشرين الثاني"
    assert [m.place.id for m in gaz.find(arabic, fuzzy=False)] == []


# ---- gazetteer check on deliberately broken data: one test per problem branch ----

@pytest.fixture()
def small(gaz):
    return {pid: gaz.places[pid] for pid in ("deir-ez-zor", "hajin", "hatla", "al-quriyah", "raqqa", "marrat")}


def _problems(gaz, places, cross=()):
    return check(Gazetteer(list(places.values()), gaz.areas), cross_source=list(cross)).problems


def test_check_is_clean_on_good_rows(gaz, small):
    assert _problems(gaz, small) == []


def test_check_flags_an_impossible_coordinate_and_nothing_else_about_it(gaz, small):
    small["hajin"] = replace(small["hajin"], lat=999.0)
    probs = _problems(gaz, small)
    assert probs == ["hajin: coordinate out of range (999.0, 40.82700)"] or (
        len(probs) == 1 and probs[0].startswith("hajin: coordinate out of range"))
    assert not any("inside" in p for p in probs)


@pytest.mark.parametrize("change,expected", [
    ({"source": ""}, "no source"),
    ({"licence": ""}, "no licence"),
    ({"precision": "approximate", "radius_km": 0.0}, "approximate without a radius"),
    ({"parent": "nowhere"}, "parent 'nowhere' is not a place"),
    ({"district": "", "subdistrict": ""}, "inside a district polygon but has no district"),
    ({"subdistrict": "Atlantis"}, "unknown sub-district"),
    ({"subdistrict": "al-Jalaa"}, "not inside its sub-district"),
    ({"lat": 34.0, "lon": 36.5, "district": "", "subdistrict": ""}, "not marked outside, but its point is outside"),
    ({"outside": "Lebanon", "lat": 33.9, "lon": 35.5}, "marked outside but"),
])
def test_check_flags_each_broken_field(gaz, small, change, expected):
    small["marrat"] = replace(small["marrat"], **change)
    probs = _problems(gaz, small)
    assert any(p.startswith("marrat:") and expected in p for p in probs), probs


def _cross(gaz, **kw):
    p = gaz.places["hatla"]
    row = {"place_id": "hatla", "kept_source": p.source, "kept_lat": f"{p.lat:.5f}", "kept_lon": f"{p.lon:.5f}",
           "other_source": "https://en.wikipedia.org/wiki/Hatla", "other_lat": "35.30139", "other_lon": "40.23667",
           "km": "5.6", "reason": "reviewed"}
    row.update(kw)
    return row


def test_check_reports_a_reviewed_disagreement_without_a_problem(gaz, small):
    rep = check(Gazetteer(list(small.values()), gaz.areas), cross_source=[_cross(gaz), _cross(gaz, km="1.2")])
    assert rep.problems == [] and len(rep.disagreements) == 1 and "5.6 km apart" in rep.disagreements[0]


@pytest.mark.parametrize("change,expected", [
    ({"reason": " "}, "no reason"),
    ({"kept_lat": "35.30139"}, "not the one the review kept"),
    ({"place_id": "gone"}, "not in the gazetteer"),
])
def test_check_flags_a_disagreement_whose_review_no_longer_holds(gaz, small, change, expected):
    probs = _problems(gaz, small, [_cross(gaz, **change)])
    assert any(expected in p for p in probs), probs


def test_check_cli_stats_and_verbose(invoke):
    code, out, _ = invoke("gazetteer", "check", "--stats")
    assert code == 0, out
    stats = {line[:37].strip(): line[37:].split()[0] for line in out.splitlines()[-7:-1]}
    assert int(stats["places"]) >= 500
    assert stats["inside, no district or sub-district"] == "0"
    assert int(stats["cross-source disagreements (>2 km)"]) >= 2
    assert "sources disagree: al-quriyah" in out
    code, out, _ = invoke("gazetteer", "check", "--verbose")
    assert code == 0 and "ambiguous: al kashmah: al-kashmah, al-kishmah" in out


def test_check_cli_flags_lat_999_in_an_extra_csv(invoke, tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("id,name,lat,lon\nbad-farm,Bad Farm,999,40.4\n", encoding="utf-8")
    code, out, err = invoke("gazetteer", "check", "--gazetteer", str(extra))
    assert code == 2
    text = out + err
    assert "extra.csv:2" in text and "999" in text
    assert "inside the governorate" not in text


def test_outlet_names_are_not_respelt_as_villages(gaz):
    # "Enab" has the skeleton of the WOF village Annabah; an outlet is no place.
    for text in ("The raids killed three, a resident told Enab Baladi.", "Step News and Qasioun reported it."):
        assert [m.place.id for m in gaz.find(text)] == []
    assert [m.place.id for m in gaz.find("A drone struck Aannabe on Monday.")] == ["annabah"]


def test_a_label_from_a_mislinked_item_is_no_name_of_the_village():
    """WOF's English label for Bulbul (بلبل) is the bird family "Pycnonotidae": the village keeps its own name."""
    ex = _extractor()
    record = _record(1259680573, "Bulbul", **{"name:eng_x_preferred": ["Pycnonotidae"],
                                              "name:ara_x_preferred": ["بلبل"]})["properties"]
    name, name_ar, latin, _ = ex.names_of(record)
    assert (name, name_ar) == ("Bulbul", "بلبل")
    assert "Pycnonotidae" not in latin
    other = _record(5, "Bulbul", **{"name:eng_x_preferred": ["Pycnonotidae"]})["properties"]
    assert ex.names_of(other)[0] == "Pycnonotidae"  # only the reviewed record is corrected


def test_bulbul_is_named_for_what_reports_write():
    rows = {r["id"]: r for r in _csv(ROOT / "gazetteer" / "data" / "places.csv")}
    assert "pycnonotidae" not in rows
    assert rows["bulbul-village"]["name_ar"] == "بلبل"
