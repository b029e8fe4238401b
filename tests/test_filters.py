"""Filters: the same slice of events for the map, the GeoJSON and the CSVs."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mapper.filters import FilterError, build_filters, parse_bbox, read_area

from .conftest import ROOT


def ev(eid, lat, lon, d="2021-01-13", t="airstrike", status="reported", prec=1):
    return {"event_id": eid, "lat": lat, "lon": lon, "event_date": d, "event_type": t, "status": status,
            "geo_precision": prec}


ROWS = [ev("bukamal", 34.45226, 40.91854), ev("mayadin", 35.01982, 40.45154, d="2021-01-12", t="explosion"),
        ev("deir", 35.33588, 40.14084, status="unconfirmed", prec=2), ev("qaim", 34.39251, 40.98945, prec=3)]


def ids(rows):
    return [r["event_id"] for r in rows]


def test_dates(gaz):
    assert ids(build_filters(gaz, date_from=date(2021, 1, 13)).apply(ROWS)) == ["bukamal", "deir", "qaim"]
    assert ids(build_filters(gaz, date_to=date(2021, 1, 12)).apply(ROWS)) == ["mayadin"]
    with pytest.raises(FilterError, match="after"):
        build_filters(gaz, date_from=date(2021, 2, 1), date_to=date(2021, 1, 1))


def test_near_place_radius_is_geodesic(gaz):
    # al-Qa'im lies about 9.5 km from al-Bukamal's point
    assert ids(build_filters(gaz, near="Abu Kamal", radius_km=5).apply(ROWS)) == ["bukamal"]
    assert ids(build_filters(gaz, near="Abu Kamal", radius_km=12).apply(ROWS)) == ["bukamal", "qaim"]
    with pytest.raises(FilterError, match="closest: .*Bukamal"):
        build_filters(gaz, near="Bukamall City Centre", radius_km=5)


def test_bbox(gaz):
    assert ids(build_filters(gaz, bbox="40.0,35.0,40.5,35.5").apply(ROWS)) == ["mayadin", "deir"]
    for bad, msg in [("1,2,3", "four numbers"), ("a,b,c,d", "four numbers"), ("41,35,40,34", "west must be less"),
                     ("200,1,201,2", "within ±180")]:
        with pytest.raises(FilterError, match=msg):
            parse_bbox(bad)


def test_polygon_with_a_hole_and_a_point_on_its_edge(gaz, tmp_path):
    # a square around al-Bukamal and al-Qa'im with a hole cut around al-Qa'im; al-Mayadin's point on the north edge
    outer = [[40.4, 34.0], [41.2, 34.0], [41.2, 35.01982], [40.4, 35.01982], [40.4, 34.0]]
    hole = [[40.95, 34.35], [41.05, 34.35], [41.05, 34.45], [40.95, 34.45], [40.95, 34.35]]
    area = tmp_path / "area.geojson"
    area.write_text(json.dumps({"type": "Feature", "properties": {},
                                "geometry": {"type": "Polygon", "coordinates": [outer, hole]}}))
    assert ids(build_filters(gaz, within=str(area)).apply(ROWS)) == ["bukamal", "mayadin"]


def test_multipolygon(gaz, tmp_path):
    def box(lon, lat):
        return [[[lon - .05, lat - .05], [lon + .05, lat - .05], [lon + .05, lat + .05], [lon - .05, lat + .05], [lon - .05, lat - .05]]]
    area = tmp_path / "two.geojson"
    area.write_text(json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
        "geometry": {"type": "MultiPolygon", "coordinates": [box(40.14084, 35.33588), box(40.98945, 34.39251)]}}]}))
    assert ids(build_filters(gaz, within=str(area)).apply(ROWS)) == ["deir", "qaim"]


@pytest.mark.parametrize("content,msg", [
    ("{not json", "not valid GeoJSON"),
    ('{"type": "Point", "coordinates": [40, 35]}', "must be a Polygon or MultiPolygon"),
    ('{"type": "Polygon", "coordinates": [[[40, 35], [41, 36], [41, 35], [40, 36], [40, 35]]]}', "invalid Polygon"),
    ('{"type": "FeatureCollection", "features": []}', "no polygons"),
    ("[1, 2]", "not a GeoJSON object"),
])
def test_malformed_geojson_says_what_is_wrong(tmp_path, content, msg):
    p = tmp_path / "bad.geojson"
    p.write_text(content)
    with pytest.raises(FilterError, match=msg):
        read_area(str(p))


def test_district_and_subdistrict_polygons(gaz):
    assert ids(build_filters(gaz, district="al-Bukamal").apply(ROWS)) == ["bukamal"]
    assert ids(build_filters(gaz, district="al-Mayadin").apply(ROWS)) == ["mayadin"]
    assert ids(build_filters(gaz, subdistrict="Deir ez-Zor").apply(ROWS)) == ["deir"]
    with pytest.raises(FilterError, match="closest: al-Bukamal"):
        build_filters(gaz, district="Bukanal")


def test_type_status_precision(gaz):
    assert ids(build_filters(gaz, types=["explosion"]).apply(ROWS)) == ["mayadin"]
    assert ids(build_filters(gaz, statuses=["unconfirmed"]).apply(ROWS)) == ["deir"]
    assert ids(build_filters(gaz, min_precision=2).apply(ROWS)) == ["bukamal", "mayadin", "deir"]


def test_filters_apply_identically_to_every_output(invoke, tmp_path):
    code, out, _ = invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path), "--district", "Deir ez-Zor",
                          "--status", "reported")
    assert code == 0
    ev_doc = json.loads((tmp_path / "events.geojson").read_text())
    inc_doc = json.loads((tmp_path / "incidents.geojson").read_text())
    places = sorted(f["properties"]["place_id"] for f in ev_doc["features"])
    assert places and all(f["properties"]["status"] == "reported" for f in ev_doc["features"])
    assert sorted(f["properties"]["place_id"] for f in inc_doc["features"]) == places
    assert (tmp_path / "events.csv").read_text().count("\n") == len(places) + 1
    page = (tmp_path / "map.html").read_text()
    from mapper.mapview import read_map_data

    data = read_map_data(page)
    assert len(data["rows"]) == len(inc_doc["features"])  # one map point per filtered incident


def test_bad_filter_values_are_usage_errors(invoke):
    assert invoke("extract", str(ROOT / "seeds"), "--from", "13/01/2021")[0] == 2
    code, _, err = invoke("extract", str(ROOT / "seeds"), "--within", "/nonexistent.geojson")
    assert code == 2 and "cannot be read" in err
    assert invoke("summary", str(ROOT / "seeds"), "--near", "Hajin", "--radius-km", "-3")[0] == 2
