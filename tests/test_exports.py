"""GeoJSON per RFC 7946 and CSV, as QGIS and spreadsheet users read them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from shapely.geometry import shape

from mapper.model import EVENT_COLUMNS

from .conftest import ROOT


def _build(invoke, tmp_path):
    assert invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path))[0] == 0
    return json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))


def test_geojson_follows_rfc_7946(invoke, tmp_path):
    doc = _build(invoke, tmp_path)
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) >= 10
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        # [longitude, latitude] in WGS 84: Deir ez-Zor is near 40°E, 35°N
        assert 38.5 < lon < 42 and 33.5 < lat < 36.5
        assert (lat, lon) == (round(f["properties"]["lat"], 5), round(f["properties"]["lon"], 5))
        assert shape(f["geometry"]).is_valid
        assert set(EVENT_COLUMNS) <= set(f["properties"])


def test_geojson_is_utf8_with_arabic_kept(invoke, tmp_path):
    raw = (_build(invoke, tmp_path) and (tmp_path / "events.geojson").read_bytes())
    assert "البوكمال".encode("utf-8") in raw


def test_csv_has_every_column_once_per_event(invoke, tmp_path):
    doc = _build(invoke, tmp_path)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert list(rows[0]) == EVENT_COLUMNS
    assert [r["event_id"] for r in rows] == [f["properties"]["event_id"] for f in doc["features"]]


# --- the indented GeoJSON writer gives the standard library's bytes --------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES)
def test_indented_writer_matches_json_dumps(value):
    from mapper.exports import _indented

    assert _indented(value, "") == json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)


def test_indented_writer_refuses_what_json_refuses():
    import math

    from mapper.exports import _indented

    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError):
            _indented({"x": [bad]}, "")
