"""KML for Google Earth and `strikemap export`, converting a run without re-extracting."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from .conftest import ROOT, TEST_REPORTS

NS = {"k": "http://www.opengis.net/kml/2.2"}


def test_kml_has_a_placemark_per_event_with_lon_lat(invoke, tmp_path):
    assert invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path))[0] == 0
    code, out, _ = invoke("export", str(tmp_path / "events.geojson"), "--format", "kml")
    assert code == 0
    root = ET.fromstring(out.encode("utf-8"))
    pms = root.findall(".//k:Placemark", NS)
    doc = json.loads((tmp_path / "events.geojson").read_text())
    assert len(pms) == len(doc["features"])
    by_id = {f["properties"]["event_id"]: f for f in doc["features"]}
    for pm in pms:
        lon, lat, _ = (float(x) for x in pm.find("k:Point/k:coordinates", NS).text.split(","))
        assert [lon, lat] == by_id[pm.get("id")]["geometry"]["coordinates"]
        assert pm.find("k:TimeStamp/k:when", NS).text.startswith("2021-01-1")
    desc = next(pm.find("k:description", NS).text for pm in pms if "Thalathat" in pm.find("k:name", NS).text)
    assert "<mark>al-Thalathat</mark>" in desc and "explosion" in desc  # the popup's content


def test_kml_escapes_report_text(invoke, tmp_path):
    assert invoke("build", str(TEST_REPORTS / "unsafe"), "--out", str(tmp_path))[0] == 0
    code, out, _ = invoke("export", str(tmp_path / "events.geojson"), "--format", "kml")
    root = ET.fromstring(out.encode("utf-8"))  # still well-formed XML
    desc = root.find(".//k:Placemark/k:description", NS).text
    assert "&lt;script&gt;window.__pwned=3" in desc and "<script>" not in desc
    assert 'href="javascript' not in desc


def test_export_incidents_and_filters_without_reextracting(invoke, tmp_path):
    assert invoke("build", str(TEST_REPORTS / "incident"), "--out", str(tmp_path))[0] == 0
    code, out, _ = invoke("export", str(tmp_path / "events.geojson"), "--format", "geojson", "--incidents")
    assert code == 0 and len(json.loads(out)["features"]) == 2
    code, out, _ = invoke("export", str(tmp_path / "events.geojson"), "--format", "csv", "--near", "al-Mayadin",
                          "--radius-km", "20")
    assert code == 0 and out.count("\n") == 1  # the header only: nothing was struck near al-Mayadin
    code, out, _ = invoke("export", str(tmp_path / "events.geojson"), "--format", "jsonl", "--from", "2023-05-10",
                          "--to", "2023-05-10")
    assert code == 0 and len(out.splitlines()) == 4
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection"}')
    code, _, err = invoke("export", str(bad), "--format", "kml")
    assert code == 2 and f"{bad}: not a GeoJSON FeatureCollection written by strikemap" in err
