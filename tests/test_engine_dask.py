"""The Dask engine writes what the local engine writes, byte for byte."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.distributed")

from dask.distributed import LocalCluster  # noqa: E402

from mapper.aggregate import incidents  # noqa: E402
from mapper.engine_dask import DaskEngine  # noqa: E402

from .conftest import ROOT, TEST_REPORTS  # noqa: E402
from .test_aggregate import _synthetic  # noqa: E402

OUTPUTS = ["events.geojson", "events.csv", "incidents.geojson", "incidents.csv", "map.html"]


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def test_build_on_a_two_worker_cluster_matches_the_local_engine(invoke, tmp_path, cluster, monkeypatch):
    import mapper.engine_dask

    # several partitions of files and several date windows even on this small corpus
    monkeypatch.setattr(mapper.engine_dask, "FILES_PER_PARTITION", 4)
    monkeypatch.setattr(mapper.engine_dask, "EVENTS_PER_WINDOW", 10)
    inputs = [str(ROOT / "seeds"), str(TEST_REPORTS / "en"), str(TEST_REPORTS / "ar"), str(TEST_REPORTS / "incident")]
    # --no-cache: both engines really run (a stored set of the same inputs would otherwise be reused)
    code_l, out_l, _ = invoke("build", *inputs, "--out", str(tmp_path / "local"), "--no-cache")
    code_d, out_d, _ = invoke("build", *inputs, "--out", str(tmp_path / "dask"), "--no-cache", "--engine", "dask",
                              "--scheduler", cluster.scheduler_address)
    assert code_l == code_d == 0
    assert out_d.replace("dask", "local") == out_l  # the same summary lines
    for name in OUTPUTS:
        assert len((tmp_path / "local" / name).read_bytes()) > 1000
    written = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert sorted(p.name for p in (tmp_path / "dask").iterdir()) == written
    for name in written:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_small_partitions_find_incidents_across_partition_edges(cluster):
    """About two days per date window: incidents whose tellings fall on neighbouring days straddle
    window edges and must still come out whole."""
    rows = _synthetic().events(3000, seed=7, places=12, days=30)
    with DaskEngine(cluster.scheduler_address, events_per_window=150) as eng:
        windows = eng.group_events(rows)
        got = eng.incidents(rows)
    want = incidents(rows)
    assert got == want
    days_apart = [i for i in want if i["event_date"] and i["event_date_last"] and i["event_date"] != i["event_date_last"]]
    assert len(days_apart) > 50  # many incidents span two days, so many crossed a window edge
    assert len(windows) == len(want)


def test_bad_input_is_named_and_the_rest_is_written(invoke, tmp_path, cluster):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    code, out, err = invoke("build", str(TEST_REPORTS / "incident"), str(tmp_path / "in"), "--out", str(tmp_path / "o"),
                            "--no-cache", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert code == 1 and "empty.txt" in err
    assert "incidents: 2" in out


def test_unreachable_scheduler_is_one_clear_line(invoke, tmp_path, monkeypatch):
    import mapper.engine_dask

    monkeypatch.setattr(mapper.engine_dask, "CONNECT_TIMEOUT", "2s")
    code, _, err = invoke("build", str(TEST_REPORTS / "incident"), "--out", str(tmp_path), "--no-cache", "--engine", "dask",
                          "--scheduler", "tcp://127.0.0.1:9")
    assert code == 1 and "cannot reach the Dask scheduler" in err
    assert not (tmp_path / "events.geojson").exists()
