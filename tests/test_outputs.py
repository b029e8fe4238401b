"""A build's files form one set: replaced together or not at all, one build per folder at a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mapper import outputs as outputs_mod
from mapper.exports import feature, geojson_text, write_csv, write_geojson
from mapper.outputs import OutputSet

from .conftest import ROOT, TEST_REPORTS

OUTPUTS = ("map.html", "events.geojson", "events.csv", "incidents.geojson", "incidents.csv", "unlocated.csv")


@pytest.fixture
def built(invoke, tmp_path):
    out = tmp_path / "out"
    code, _, err = invoke("build", str(ROOT / "seeds"), "--out", str(out))
    assert code == 0, err
    return out, {n: (out / n).read_bytes() for n in OUTPUTS}


@pytest.mark.parametrize("bad", ["seedz", "empty"])
def test_run_that_reads_nothing_leaves_good_outputs(invoke, built, tmp_path, bad):
    out, before = built
    (tmp_path / "empty").mkdir()
    code, stdout, err = invoke("build", str(tmp_path / bad), "--out", str(out))
    assert code == 1
    assert "no report could be read" in err and str(tmp_path / bad) in err and "left as it was" in err
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "out"]


def test_run_that_reads_nothing_creates_no_out_folder(invoke, tmp_path):
    code, _, err = invoke("build", str(tmp_path / "seedz"), "--out", str(tmp_path / "new"))
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "new").exists()


def test_second_build_into_a_locked_folder_is_refused(invoke, built):
    out, before = built
    with OutputSet(out):
        code, _, err = invoke("build", str(TEST_REPORTS / "en"), "--out", str(out))
    assert code == 1
    assert "another strikemap build is writing to this folder" in err and str(out) in err
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before
    # the lock goes with the first build: the next one runs
    assert invoke("build", str(TEST_REPORTS / "en"), "--out", str(out))[0] == 0
    assert (out / "events.csv").read_bytes() != before["events.csv"]


def test_lock_is_held_across_processes(tmp_path):
    """flock is per open file: a second process sees the first one's lock."""
    out = tmp_path / "out"
    with OutputSet(out):
        code = ("from mapper.outputs import OutputSet, OutputBusy\n"
                f"try:\n    OutputSet({str(out)!r}).open()\nexcept OutputBusy as e:\n    print('busy', e)\n")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.startswith("busy ")


def test_failure_during_the_swap_puts_the_old_files_back(built, monkeypatch):
    out, before = built
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 5:  # part-way: some new files are in, some old ones out
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    with OutputSet(out) as o:
        for n in OUTPUTS:
            o.path(n).write_text(f"new {n}\n")
        monkeypatch.setattr(outputs_mod.os, "replace", failing_replace)
        with pytest.raises(OSError):
            o.commit()
        monkeypatch.undo()
    assert len(calls) > 5  # the failure came mid-swap, and the roll-back renamed files back
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(OUTPUTS)
    assert [p.name for p in out.parent.iterdir()] == ["out"]


def test_a_file_of_the_old_set_that_the_new_run_did_not_write_goes(tmp_path):
    out = tmp_path / "out"
    with OutputSet(out) as o:
        o.path("events.csv").write_text("1\n")
        o.path("unlocated.csv").write_text("1\n")
        o.commit()
    (out / "notes.txt").write_text("mine\n")  # not part of any set: left alone
    with OutputSet(out) as o:
        o.path("events.csv").write_text("2\n")
        assert [p.name for p in o.commit()] == ["events.csv"]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["events.csv", "notes.txt"]
    assert (out / "events.csv").read_text() == "2\n"
    assert json.loads((out / ".strikemap-set").read_text()) == ["events.csv"]


def test_output_names_cannot_leave_the_folder(tmp_path):
    with OutputSet(tmp_path / "out") as o:
        for bad in ("../x.csv", "a/b.csv", "..", ".strikemap.lock"):
            with pytest.raises(ValueError):
                o.path(bad)


def test_staging_left_by_a_killed_build_is_cleared(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = tmp_path / ".out.staging-abc123"
    stale.mkdir()
    (stale / "events.csv").write_text("half\n")
    with OutputSet(out):
        pass
    assert not stale.exists()


def test_streamed_geojson_is_the_json_module_s_document(gaz, seed_events):
    rows = [e.as_dict() for e in seed_events]
    expected = json.dumps({"type": "FeatureCollection", "features": [feature(r) for r in rows]},
                          ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    assert geojson_text(rows) == expected
    assert geojson_text([]) == json.dumps({"type": "FeatureCollection", "features": []}, indent=1) + "\n"
    assert json.loads(expected)["features"][0]["properties"]["evidence"] == rows[0]["evidence"]


def test_writers_consume_rows_one_at_a_time(tmp_path, seed_events):
    """A generator is written without being turned into a list first."""
    seen = []

    def rows():
        for e in seed_events:
            seen.append(e.event_id)
            yield e.as_dict()

    assert write_geojson(tmp_path / "e.geojson", rows()) == len(seed_events)
    assert write_csv(tmp_path / "e.csv", rows(), ["event_id", "place"]) == len(seed_events)
    assert len(seen) == 2 * len(seed_events)
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").count("\n") == len(seed_events) + 1


def test_help_imports_no_heavy_library():
    code = ("import sys\nfrom mapper.cli import cli\n"
            "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('pandas', 'numpy', 'folium', 'geopy', 'trafilatura', 'requests', 'yaml', "
            "'gazetteer', 'shapely') if m in sys.modules]\n"
            "print('HEAVY', heavy)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in res.stdout, res.stdout


def _signal_then_sleep(started) -> None:
    import time

    started.set()
    time.sleep(30)


def test_a_forked_worker_does_not_keep_the_lock(tmp_path):
    """Extraction workers are forked while the build holds its lock; one outliving the build must not block the next."""
    import multiprocessing

    out = tmp_path / "out"
    out.mkdir()  # an existing folder: its lock file stays between builds
    outputs = OutputSet(out).open()
    ctx = multiprocessing.get_context("fork")
    started = ctx.Event()
    child = ctx.Process(target=_signal_then_sleep, args=(started,))
    child.start()
    # the child's at-fork handler has run once its target runs; on a loaded machine that can be later than here
    assert started.wait(60)
    try:
        outputs.__exit__(None, None, None)
        with OutputSet(out):  # would raise OutputBusy if the child shared the lock
            pass
    finally:
        child.kill()
        child.join()
