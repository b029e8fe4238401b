"""`strikemap export` on the files a run wrote, on edited ones and on the wrong ones.

A bad coordinate or a missing field is a usage error (exit 2) naming the file
and the feature, and nothing is written; an incidents file exports as
incidents; `--within` refuses a hostile nesting of GeometryCollections.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from mapper.aggregate import INCIDENT_COLUMNS

from .conftest import ROOT, TEST_REPORTS

NS = {"k": "http://www.opengis.net/kml/2.2"}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    from click.testing import CliRunner

    from mapper.cli import cli

    out = tmp_path_factory.mktemp("run")
    res = CliRunner().invoke(cli, ["build", str(TEST_REPORTS / "incident"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out


def _features(path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def test_incidents_file_exports_to_every_format(invoke, run_dir, tmp_path):
    inc = run_dir / "incidents.geojson"
    features = _features(inc)
    assert len(features) >= 2
    for flag in ((), ("--incidents",)):  # the kind is read from the file; the flag changes nothing
        code, out, err = invoke("export", str(inc), "--format", "csv", *flag)
        assert code == 0, err
        rows = list(csv.DictReader(io.StringIO(out)))
        assert list(rows[0]) == INCIDENT_COLUMNS
        assert [r["incident_id"] for r in rows] == [f["properties"]["incident_id"] for f in features]
        assert out == (run_dir / "incidents.csv").read_text(encoding="utf-8")  # the same table build wrote
    code, out, _ = invoke("export", str(inc), "--format", "geojson")
    assert code == 0 and json.loads(out)["features"] == features
    code, out, _ = invoke("export", str(inc), "--format", "jsonl")
    assert code == 0 and [json.loads(line)["incident_id"] for line in out.splitlines()] == [
        f["properties"]["incident_id"] for f in features]
    code, out, _ = invoke("export", str(inc), "--format", "kml")
    assert code == 0
    pms = ET.fromstring(out.encode("utf-8")).findall(".//k:Placemark", NS)
    assert [pm.get("id") for pm in pms] == [f["properties"]["incident_id"] for f in features]


def test_events_with_incidents_flag_merge_like_build(invoke, run_dir):
    code, out, _ = invoke("export", str(run_dir / "events.geojson"), "--format", "csv", "--incidents")
    assert code == 0 and out == (run_dir / "incidents.csv").read_text(encoding="utf-8")


def _edited(run_dir, tmp_path, edit, name="events.geojson"):
    doc = json.loads((run_dir / name).read_text(encoding="utf-8"))
    edit(doc["features"])
    p = tmp_path / f"edited-{name}"
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


def _set(path, value):
    def edit(features):
        target = features[1]
        *keys, last = path
        for k in keys:
            target = target[k]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return edit


@pytest.mark.parametrize("edit,problem", [
    (_set(["geometry", "coordinates"], ["40.1", 35.0]), "feature 2: geometry must be a Point with two numbers"),
    (_set(["geometry", "coordinates"], [40.1]), "feature 2: geometry must be a Point with two numbers"),
    (_set(["geometry"], None), "feature 2: geometry must be a Point with two numbers"),
    (_set(["geometry", "coordinates"], [40.1, 999]), "feature 2: coordinate [40.1, 999] is off the globe"),
    (_set(["properties", "place"], KeyError), "feature 2: property 'place' must be text (missing)"),
    (_set(["properties", "geo_precision"], "high"), "feature 2: property 'geo_precision' must be integer"),
    (_set(["properties", "anchor_lat"], None), "feature 2: property 'anchor_lat' must be number"),
    (_set(["properties", "fatalities"], "two"), "feature 2: property 'fatalities' must be integer or null"),
])
@pytest.mark.parametrize("fmt", ["kml", "csv", "geojson", "jsonl"])
def test_bad_feature_is_a_usage_error_and_writes_nothing(invoke, run_dir, tmp_path, edit, problem, fmt):
    bad = _edited(run_dir, tmp_path, edit)
    target = tmp_path / f"out.{fmt}"
    code, out, err = invoke("export", str(bad), "--format", fmt, "--out", str(target))
    assert code == 2
    (line,) = err.strip().splitlines()  # one line, naming the file and the feature
    assert line.startswith(f"Error: {bad}: {problem}")
    assert not target.exists() and out == ""


def test_failed_export_keeps_the_previous_output(invoke, run_dir, tmp_path):
    target = tmp_path / "events.kml"
    assert invoke("export", str(run_dir / "events.geojson"), "--format", "kml", "--out", str(target))[0] == 0
    before = target.read_bytes()
    bad = _edited(run_dir, tmp_path, _set(["geometry", "coordinates"], [float("1e400"), 35]))
    code, _, err = invoke("export", str(bad), "--format", "kml", "--out", str(target))
    assert code == 2 and "feature 2" in err
    assert target.read_bytes() == before


def test_mixed_and_foreign_files_are_refused(invoke, run_dir, tmp_path):
    events, incs = _features(run_dir / "events.geojson"), _features(run_dir / "incidents.geojson")
    mixed = tmp_path / "mixed.geojson"
    mixed.write_text(json.dumps({"type": "FeatureCollection", "features": [events[0], incs[0]]}))
    code, _, err = invoke("export", str(mixed), "--format", "csv")
    assert code == 2 and f"{mixed}: feature 2: holds incidents but the features before it hold events" in err
    foreign = tmp_path / "towns.geojson"
    foreign.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Hajin"}, "geometry": {"type": "Point", "coordinates": [40.8, 34.7]}}]}))
    code, out, err = invoke("export", str(foreign), "--format", "csv")
    assert code == 2 and out == ""
    assert f"{foreign}: feature 1: has neither 'event_id' nor 'incident_id'" in err


def _nested(depth: int, inner: dict) -> dict:
    g = inner
    for _ in range(depth):
        g = {"type": "GeometryCollection", "geometries": [g]}
    return {"type": "Feature", "properties": {}, "geometry": g}


def test_within_refuses_deep_nesting_without_recursion_error(invoke, tmp_path):
    point = '{"type":"Point","coordinates":[40.1,35.3]}'
    deep = tmp_path / "deep.geojson"
    deep.write_text('{"type":"Feature","properties":{},"geometry":'
                    + '{"type":"GeometryCollection","geometries":[' * 520 + point + "]}" * 520 + "}")
    assert 20_000 < deep.stat().st_size < 25_000  # the size of the file in the report
    code, _, err = invoke("extract", str(ROOT / "seeds"), "--within", str(deep), "--format", "jsonl")
    assert code == 2 and f"--within {deep}: not valid GeoJSON (nested too deeply to read)" in err
    assert "Traceback" not in err and "RecursionError" not in err
    shallow = tmp_path / "shallow.geojson"  # readable JSON, but deeper than any real file
    shallow.write_text(json.dumps(_nested(40, json.loads(point))))
    code, _, err = invoke("extract", str(ROOT / "seeds"), "--within", str(shallow), "--format", "jsonl")
    assert code == 2 and f"--within {shallow}: GeometryCollection nested more than 16 levels deep" in err


def test_within_reads_polygons_inside_a_geometry_collection(gaz, tmp_path):
    from mapper.filters import build_filters

    box = {"type": "Polygon", "coordinates": [[[40.3, 34.9], [40.6, 34.9], [40.6, 35.1], [40.3, 35.1], [40.3, 34.9]]]}
    area = tmp_path / "gc.geojson"
    area.write_text(json.dumps(_nested(2, box)))
    flt = build_filters(gaz, within=str(area))
    rows = [{"id": "mayadin", "lat": 35.01982, "lon": 40.45154}, {"id": "hajin", "lat": 34.69508, "lon": 40.83138}]
    assert [r["id"] for r in flt.apply(rows)] == ["mayadin"]


def test_deeply_nested_export_input_is_a_usage_error(invoke, tmp_path):
    deep = tmp_path / "deep.geojson"
    deep.write_text('{"type":"FeatureCollection","features":[' + "[" * 5000 + "]" * 5000 + "]}")
    code, out, err = invoke("export", str(deep), "--format", "csv")
    assert code == 2 and out == ""
    assert err.strip() == f"Error: {deep}: not valid GeoJSON (nested too deeply to read)"
