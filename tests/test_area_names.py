"""--district and --subdistrict take every spelling --near takes.

Districts and sub-districts are named after their seat town, and reports (and
users) spell those towns many ways: Albukamal, Abou Kamal, Mayadeen, Kesra,
Thiban, البوكمال.
"""

from __future__ import annotations

import json

import pytest

from mapper.filters import FilterError, build_filters, resolve_area

from .conftest import ROOT


@pytest.mark.parametrize("level,written,area_id", [
    ("district", "Albukamal", "district-al-bukamal"),
    ("district", "Abou Kamal", "district-al-bukamal"),
    ("district", "Boukamal district", "district-al-bukamal"),
    ("district", "البوكمال", "district-al-bukamal"),
    ("district", "منطقة البوكمال", "district-al-bukamal"),
    ("district", "Mayadeen", "district-al-mayadin"),
    ("district", "el-Mayadin", "district-al-mayadin"),
    ("district", "Deir Ezzor", "district-deir-ez-zor"),
    ("district", "dayr az-zawr", "district-deir-ez-zor"),
    ("subdistrict", "Hajin", "subdistrict-hajin"),
    ("subdistrict", "ناحية هجين", "subdistrict-hajin"),
    ("subdistrict", "Kesra", "subdistrict-al-kasrah"),
    ("subdistrict", "Thiban", "subdistrict-dhiban"),
    ("subdistrict", "Busayra nahiya", "subdistrict-al-busayrah"),
    ("subdistrict", "Asharah", "subdistrict-al-asharah"),
    ("subdistrict", "ad-Dhiban", "subdistrict-dhiban"),
    ("district", "Bukamel", "district-al-bukamal"),  # the gazetteer's spelling rules, as for --near
])
def test_area_spellings_resolve(gaz, level, written, area_id):
    assert resolve_area(gaz, written, level).id == area_id


def test_district_and_near_accept_the_same_spelling(gaz):
    rows = [{"id": "bukamal", "lat": 34.45226, "lon": 40.91854}, {"id": "mayadin", "lat": 35.01982, "lon": 40.45154}]
    near = build_filters(gaz, near="Albukamal", radius_km=5)
    district = build_filters(gaz, district="Albukamal")
    assert [r["id"] for r in near.apply(rows)] == [r["id"] for r in district.apply(rows)] == ["bukamal"]


def test_a_subdistrict_name_given_as_district_says_so(gaz):
    with pytest.raises(FilterError, match=r"--district 'Hajin': no such district, but there is a subdistrict 'Hajin' "
                                          r"\(use --subdistrict\)"):
        resolve_area(gaz, "Hajin", "district")


@pytest.mark.parametrize("level,written,closest", [
    ("district", "Bukanal", "al-Bukamal"),  # a typo no spelling rule explains
    ("district", "Raqqa", None),  # a real place, but outside the governorate: no district of that name
    ("subdistrict", "Kasra town centre", None),
])
def test_no_match_suggests_names(gaz, level, written, closest):
    with pytest.raises(FilterError) as info:
        resolve_area(gaz, written, level)
    msg = str(info.value)
    assert msg.startswith(f"--{level} {written!r}: no such {level}; closest: ")
    if closest:
        assert msg.split("closest: ")[1].startswith(closest)


def test_cli_district_spelling(invoke, tmp_path):
    code, _, err = invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path), "--district", "Albukamal")
    assert code == 0, err
    features = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert features and {f["properties"]["district"] for f in features} == {"al-Bukamal"}
    code, _, err = invoke("summary", str(ROOT / "seeds"), "--district", "Xyzzy")
    assert code == 2 and "--district 'Xyzzy': no such district; closest:" in err
