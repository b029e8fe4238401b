"""Incidents: the same strike told by several outlets is one strike with several sources."""

from __future__ import annotations

from mapper import run
from mapper.aggregate import incidents, tables

from .conftest import TEST_REPORTS


def _incidents():
    result = run([str(TEST_REPORTS / "incident")])
    assert not result.problems
    return result, incidents([e.as_dict() for e in result.events])


def test_three_reports_of_one_strike_make_one_incident():
    result, inc = _incidents()
    bukamal = [i for i in inc if i["place_id"] == "al-bukamal"]
    assert len(bukamal) == 1
    (b,) = bukamal
    assert b["n_reports"] == 3 and b["n_outlets"] == 3
    assert [s["source"] for s in b["sources"]] == ["North Press", "SOHR", "Deir Ezzor 24"]
    assert b["first_report"] == "2023-05-10" and b["last_report"] == "2023-05-11"
    assert b["strikes"] == 12  # the largest stated count, never 6 + 12
    assert (b["fatalities"], b["fatalities_max"]) == (4, 7)  # a range across sources
    assert b["status"] == "reported"  # two independent outlets report it; a third could not confirm deaths
    assert len(b["evidence_all"]) == 3 and len(b["event_ids"]) == 3


def test_two_strikes_at_different_places_on_one_day_stay_two():
    _, inc = _incidents()
    assert sorted(i["place_id"] for i in inc) == ["al-bukamal", "t2-pumping-station"]


def _ev(**kw):
    base = {"event_id": kw.get("event_id", "e"), "report_id": "r", "source": "S", "url": "", "published": "2023-05-10",
            "event_date": "2023-05-10", "event_type": "airstrike", "place": "Hajin", "place_ar": "هجين",
            "place_id": "hajin", "place_type": "town", "mention": "Hajin", "lat": 34.695, "lon": 40.831,
            "anchor_lat": 34.695, "anchor_lon": 40.831, "geo_precision": 1, "uncertainty_km": 0.0,
            "qualifier": "", "district": "al-Bukamal", "subdistrict": "Hajin", "status": "reported",
            "attribution": "", "attribution_certainty": "", "target": "", "fatalities": None, "fatalities_max": None,
            "strikes": None, "strikes_max": None, "group_strikes": None, "group_strikes_max": None,
            "cited_sources": "", "evidence": "x", "evidence_all": ["x"], "language": "en", "flags": ""}
    base.update(kw)
    return base


def test_status_rules():
    one_reported_one_unconfirmed = [_ev(event_id="a", report_id="a", source="A"),
                                    _ev(event_id="b", report_id="b", source="B", status="unconfirmed")]
    (i,) = incidents(one_reported_one_unconfirmed)
    assert i["status"] == "unconfirmed"
    two_reported = one_reported_one_unconfirmed + [_ev(event_id="c", report_id="c", source="C")]
    (i,) = incidents(two_reported)
    assert i["status"] == "reported"
    with_denial = two_reported + [_ev(event_id="d", report_id="d", source="Coalition", status="denied")]
    (i,) = incidents(with_denial)
    assert i["status"] == "reported" and i["denied_by"] == "Coalition"


def test_within_2_km_and_one_day_merge_but_not_further():
    near = [_ev(event_id="a", report_id="a"), _ev(event_id="b", report_id="b", place_id="x", lat=34.70, lon=40.84,
                                                   event_date="2023-05-11")]
    assert len(incidents(near)) == 1
    far = [_ev(event_id="a", report_id="a"), _ev(event_id="b", report_id="b", place_id="x", lat=34.75, lon=40.84)]
    assert len(incidents(far)) == 2
    later = [_ev(event_id="a", report_id="a"), _ev(event_id="b", report_id="b", event_date="2023-05-12")]
    assert len(incidents(later)) == 2
    other_kind = [_ev(event_id="a", report_id="a"), _ev(event_id="b", report_id="b", event_type="shelling")]
    assert len(incidents(other_kind)) == 2


def test_summary_tables_and_cli(invoke, tmp_path):
    _, inc = _incidents()
    t = tables(inc)
    assert list(t["by_day"]["event_date"]) == ["2023-05-10"]
    assert int(t["by_day"]["incidents"].iloc[0]) == 2
    assert set(t["by_district"]["district"]) == {"al-Bukamal"}
    code, out, _ = invoke("summary", str(TEST_REPORTS / "incident"), "--csv", str(tmp_path))
    assert code == 0 and "3 reports, 4 events, 2 incidents" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["by_day.csv", "by_district.csv", "by_place.csv"]


def test_build_writes_incident_files(invoke, tmp_path):
    import json

    code, _, _ = invoke("build", str(TEST_REPORTS / "incident"), "--out", str(tmp_path))
    doc = json.loads((tmp_path / "incidents.geojson").read_text(encoding="utf-8"))
    assert code == 0 and len(doc["features"]) == 2
    assert (tmp_path / "incidents.csv").read_text(encoding="utf-8").count("\n") == 3


# --- the vectorised grouping gives the same incidents as comparing pairs one by one ---

def _synthetic():
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("synthetic_events", ROOT / "benchmarks" / "synthetic_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _same_outputs(rows):
    from mapper.aggregate import INCIDENT_COLUMNS
    from mapper.exports import csv_text, geojson_text

    from . import reference_aggregate

    new, old = incidents(rows), reference_aggregate.incidents(rows)
    assert geojson_text(new) == geojson_text(old)
    assert csv_text(new, INCIDENT_COLUMNS) == csv_text(old, INCIDENT_COLUMNS)
    return new


def test_same_incidents_as_the_pairwise_reference_on_the_project_corpora():
    from .conftest import ROOT

    result = run([str(ROOT / "seeds"), str(TEST_REPORTS)])
    rows = [e.as_dict() for e in result.events]
    assert len(rows) > 100
    inc = _same_outputs(rows)
    assert len(inc) < len(rows)  # some tellings were merged, so the comparison is not trivial


def test_same_incidents_on_crowded_generated_corpora():
    """Few places and days: many coincident and near events, points either side of 2 km, dates a day
    apart, and reports naming two places, so the one-report rule has to refuse joins."""
    from mapper.aggregate import _edges, frame, group_labels

    syn = _synthetic()
    refused = 0
    for seed, (n, places, days) in enumerate([(400, 4, 3), (600, 8, 8), (800, 30, 20), (1500, None, 60)]):
        rows = syn.events(n, seed=seed, places=places, days=days)
        inc = _same_outputs(rows)
        assert len(inc) < len(rows)
        df = frame(rows)
        labels = group_labels(df)
        ei, ej = _edges(df)
        # same-strike pairs left in different incidents: the one-report rule refused joins
        refused += sum(labels[a] != labels[b] for a, b in zip(ei.tolist(), ej.tolist()))
    assert refused > 500


def test_slices_of_buckets_and_pairs_give_the_same_incidents(monkeypatch):
    """Memory is bounded by looking up neighbours a few buckets at a time and deciding pairs a chunk at a
    time; cutting both into tiny slices must not change a single incident."""
    import mapper.aggregate as agg

    syn = _synthetic()
    rows = syn.events(1500, seed=11, places=30, days=20)
    whole = agg.incidents(rows)
    monkeypatch.setattr(agg, "_BUCKET_CHUNK", 7)
    monkeypatch.setattr(agg, "_PAIR_CHUNK", 50)
    sliced = _same_outputs(rows)
    assert sliced == whole and len(whole) < len(rows)


def test_borderline_distances_follow_the_geodesic():
    from gazetteer.resolve import km

    # points just inside and just outside 2 km along a meridian and along a parallel, where the sphere and
    # the ellipsoid disagree by several metres
    for dlat, dlon in ((1, 0), (0, 1), (0.7, 0.7)):
        for target in (1.996, 1.9995, 2.0005, 2.004):
            lo, hi = 0.0, 0.05
            for _ in range(60):
                mid = (lo + hi) / 2
                d = km(35.0, 40.0, 35.0 + mid * dlat, 40.0 + mid * dlon)
                lo, hi = (mid, hi) if d < target else (lo, mid)
            pair = [_ev(event_id="a", report_id="a", place_id="p", lat=35.0, lon=40.0),
                    _ev(event_id="b", report_id="b", place_id="q", lat=35.0 + hi * dlat, lon=40.0 + hi * dlon)]
            assert len(_same_outputs(pair)) == (1 if target < 2.0 else 2)


def test_one_reports_two_places_stay_two_strikes_even_when_a_third_report_links_them():
    a = _ev(event_id="a1", report_id="a", place_id="p", lat=35.0, lon=40.0)
    a2 = _ev(event_id="a2", report_id="a", place_id="q", lat=35.0, lon=40.015)  # 1.4 km east, same report
    b = _ev(event_id="b1", report_id="b", place_id="r", lat=35.0, lon=40.0075)  # between the two
    inc = _same_outputs([a, a2, b])
    assert sorted(i["n_events"] for i in inc) == [1, 2]
    assert all(set(i["report_ids"]) != {"a"} or i["n_events"] == 1 for i in inc)
