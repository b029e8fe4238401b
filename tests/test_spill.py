"""`build` spills events and incidents to disk and streams the map's data; the files are the bytes the
in-memory path (every row held, then written) gives."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from mapper import pipeline
from mapper.aggregate import INCIDENT_COLUMNS, incidents
from mapper.decisions import UNLOCATED_COLUMNS, unlocated_rows
from mapper.exports import write_csv, write_geojson
from mapper.filters import build_filters
from mapper.mapview import map_json_chunks, write_map
from mapper.model import EVENT_COLUMNS
from mapper.spill import EventStore

from .conftest import ROOT, TEST_REPORTS
from .reference_mapdata import map_data

OUTPUTS = ["events.geojson", "events.csv", "incidents.geojson", "incidents.csv", "map.html", "unlocated.csv"]


def _in_memory(paths, out, gaz, include_outside=False, **filters):
    """The build as it was before spilling: every row in memory, then each file written from the lists."""
    result = pipeline.run(paths, include_outside=include_outside)
    rows = build_filters(gaz, **filters).apply([e.as_dict() for e in result.events])
    inc = incidents(rows)
    out.mkdir()
    write_geojson(out / "events.geojson", rows)
    write_csv(out / "events.csv", rows, EVENT_COLUMNS)
    write_geojson(out / "incidents.geojson", inc)
    write_csv(out / "incidents.csv", inc, INCIDENT_COLUMNS)
    write_map(inc, out / "map.html", gazetteer=gaz)
    write_csv(out / "unlocated.csv", unlocated_rows(result.unlocated), UNLOCATED_COLUMNS)
    return len(rows), len(inc)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """300 generated reports (benchmarks/corpus.py): crowded places and days, both languages."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    path = tmp_path_factory.mktemp("gen") / "corpus.jsonl"
    corpus.write(300, 7, path)
    return path


@pytest.mark.parametrize("which,args,filters", [
    ("seeds", [], {}),
    ("tests", [], {}),  # every test report, the hostile ones included
    ("tests", ["--include-outside"], {"include_outside": True}),
    ("tests", ["--type", "airstrike", "--type", "drone strike", "--from", "2019-01-01"],
     {"types": ("airstrike", "drone strike"), "date_from": date(2019, 1, 1)}),
    ("generated", [], {}),
])
def test_build_writes_the_bytes_of_the_in_memory_path(invoke, tmp_path, gaz, generated, which, args, filters):
    paths = {"seeds": [str(ROOT / "seeds")], "tests": [str(ROOT / "seeds"), str(TEST_REPORTS)],
             "generated": [str(generated)]}[which]
    n_rows, n_inc = _in_memory(paths, tmp_path / "before", gaz, **filters)
    code, out, _ = invoke("build", *paths, "--out", str(tmp_path / "after"), "--no-cache", "--jobs", "1", *args)
    assert code in (0, 1) and f"incidents: {n_inc}" in out
    assert n_inc > (1 if which == "seeds" else 20) and n_rows >= n_inc
    for name in OUTPUTS:
        assert (tmp_path / "after" / name).read_bytes() == (tmp_path / "before" / name).read_bytes(), name
    assert not (tmp_path / "after" / ".work").exists() and not list(tmp_path.glob(".after.staging-*"))


def _dumped(records, base=None) -> str:
    return json.dumps(map_data(records, base), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@pytest.mark.parametrize("records", [
    [],
    [{"event_id": "a", "place": "Hajin", "lat": 34.7, "lon": 40.8, "event_date": None, "evidence_all": "x || y"}],
    [{"incident_id": "i1", "place": "الميادين", "lat": 35.01, "lon": 40.45, "event_date": "2020-01-02",
      "sources": [{"source": "SOHR", "url": "", "published": "2020-01-02", "report_id": "r"}],
      "event_ids": ["a", "b"], "fatalities": None, "uncertainty_km": math.nan, "note": "<\u2028/script>"},
     {"incident_id": "i2", "place": "Hajin", "lat": 34.7, "lon": 40.8, "event_date": "2019-05-05",
      "sources": [], "event_ids": [], "fatalities": 3, "uncertainty_km": 2.5, "status": "denied",
      "extra": ["only here"], "mixed": 1},
     {"incident_id": "i3", "place": "Hajin", "lat": 34.7, "lon": 40.8, "event_date": None, "mixed": "text",
      "district": "Abu Kamal"}],
])
def test_streamed_map_data_is_the_same_json(records):
    base = {"places": [["x", 1.5]], "b": None}
    assert "".join(map_json_chunks(lambda: iter(records), base)) == _dumped(records, base)


def test_spilled_rows_come_back_equal_and_in_order(tmp_path, seed_events):
    store = EventStore(tmp_path / "work")
    try:
        store.add(reversed(seed_events))
        order = store.order()
        back = list(store.rows(order))
        expected = sorted(seed_events, key=pipeline._sort_key)
        assert back == [e.as_dict() for e in expected] and len(back) > 5
        assert list(store.rows([order[2], order[0]])) == [expected[2].as_dict(), expected[0].as_dict()]
    finally:
        store.close()
    assert not list((tmp_path / "work").iterdir())


def test_streamed_map_data_with_a_string_table_written_in_pieces():
    records = [{"incident_id": f"i{k}", "place": f"place {k % 5000}", "lat": 35.0, "lon": 40.0,
                "event_date": f"2020-01-{1 + k % 28:02d}", "evidence_all": [f"sentence {k}", "shared"]}
               for k in range(15_000)]  # over 30,000 distinct strings: the table goes out in two pieces or more
    assert "".join(map_json_chunks(lambda: iter(records))) == _dumped(records)
