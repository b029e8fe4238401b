"""The command line as a user drives it: outputs, exit statuses, atomicity, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mapper import exports
from gazetteer import atomic

from .conftest import ROOT, SEED, TEST_REPORTS, write_report

OUTPUTS = ("map.html", "events.geojson", "events.csv", "incidents.geojson", "incidents.csv", "unlocated.csv")


@pytest.mark.parametrize("args", [[], ["build"], ["extract"], ["gazetteer"], ["gazetteer", "lookup"], ["gazetteer", "check"]])
def test_every_command_has_help(invoke, args):
    code, out, _ = invoke(*args, "--help")
    assert code == 0 and "Usage:" in out


def test_version(invoke):
    code, out, _ = invoke("--version")
    assert code == 0 and out.startswith("strikemap, version ")


def test_usage_errors_exit_2(invoke):
    assert invoke("build", "--published", "yesterday")[0] == 2
    assert invoke("extract")[0] == 2
    assert invoke("extract", str(SEED), "--format", "xml")[0] == 2
    assert invoke("no-such-command")[0] == 2


def test_build_seed_writes_every_output_and_summary(invoke, tmp_path):
    code, out, err = invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path))
    assert code == 0, err
    for name in OUTPUTS:
        assert (tmp_path / name).stat().st_size > 0
    assert "reports read: 1" in out and "date range: 2021-01-12 to 2021-01-13" in out and "inputs skipped: 0" in out


def test_rejected_inputs_exit_1_and_the_rest_is_written(invoke, tmp_path):
    reports = tmp_path / "in"
    reports.mkdir()
    (reports / "empty.txt").write_text("")
    (reports / "bad.txt").write_text("---\npublished: 2021-02-30\n---\nRaids hit Hajin.")
    write_report(reports / "good.txt", "Warplanes bombed Hajin on Monday.", published="2021-03-02")
    out = tmp_path / "out"
    code, stdout, stderr = invoke("build", str(reports), "--out", str(out))
    assert code == 1
    assert stderr.splitlines() == [
        f"strikemap: skipped {reports / 'bad.txt'}: invalid published date '2021-02-30' (no such day)",
        f"strikemap: skipped {reports / 'empty.txt'}: empty file",
    ]
    doc = json.loads((out / "events.geojson").read_text())
    assert [f["properties"]["place"] for f in doc["features"]] == ["Hajin"]
    assert (out / "map.html").exists() and (out / "events.csv").exists()


def test_extract_formats(invoke):
    code, out, _ = invoke("extract", str(SEED), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) >= 10 and all(r["report_id"] == "enab-baladi-2021-01-13-deir-ez-zor" for r in rows)
    code, out, _ = invoke("extract", str(SEED), "--format", "csv")
    assert out.splitlines()[0].startswith("event_id,report_id,source,url,published,event_date")
    assert len(out.splitlines()) == len(rows) + 1


def test_extract_from_stdin(invoke):
    code, out, _ = invoke("extract", "-", "--published", "2021-03-02", "--format", "jsonl",
                          input="Drones struck a truck near al-Mayadin yesterday.")
    (row,) = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and row["place"] == "al-Mayadin" and row["event_date"] == "2021-03-01" and row["report_id"] == "stdin"


def test_missing_publication_date_keeps_null_date_and_flags_it(invoke, tmp_path):
    p = tmp_path / "nodate.txt"
    p.write_text("Warplanes bombed Hajin.")
    code, out, _ = invoke("extract", str(p), "--format", "jsonl")
    (row,) = [json.loads(x) for x in out.splitlines()]
    assert row["event_date"] is None and "no_publication_date" in row["flags"]


def test_reruns_are_byte_identical(invoke, tmp_path):
    for d in ("a", "b"):
        assert invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path / d), "--no-cache")[0] == 0
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_build_in_a_fresh_process_matches_in_process(invoke, tmp_path):
    """Determinism across interpreters (hash seeds differ between processes)."""
    invoke("build", str(ROOT / "seeds"), "--out", str(tmp_path / "a"))
    subprocess.run([sys.executable, "-m", "mapper", "build", str(ROOT / "seeds"), "--out", str(tmp_path / "b"), "--no-cache"],
                   check=True, capture_output=True, env={"PYTHONHASHSEED": "123", "PATH": "/usr/bin:/bin",
                        "STRIKEMAP_CACHE": os.environ["STRIKEMAP_CACHE"]})
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


class Boom(Exception):
    pass


@pytest.mark.parametrize("exc", [Boom, KeyboardInterrupt])
def test_interrupted_write_leaves_the_old_file_whole(tmp_path, exc):
    target = tmp_path / "events.geojson"
    target.write_text("old complete file\n")
    with pytest.raises(exc):
        with atomic.atomic_writer(target) as f:
            f.write('{"type": "FeatureCollection", "features": [')
            raise exc()
    assert target.read_text() == "old complete file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.geojson"]


def _visible(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("exc", [Boom, KeyboardInterrupt])
def test_crash_during_build_keeps_previous_outputs(invoke, tmp_path, monkeypatch, exc):
    """An exception after some files of the new set are written (Ctrl-C is one) leaves the old set whole."""
    out = tmp_path / "out"
    assert invoke("build", str(ROOT / "seeds"), "--out", str(out))[0] == 0
    before = {n: (out / n).read_bytes() for n in OUTPUTS}
    import mapper.mapview

    written = []

    def broken_map(inc, path, **kw):
        written.extend(p.name for p in path.parent.iterdir())
        raise exc("disk full")

    monkeypatch.setattr(mapper.mapview, "write_map", broken_map)
    if exc is KeyboardInterrupt:  # click turns Ctrl-C into "Aborted!" and exit 1
        assert invoke("build", str(TEST_REPORTS / "en"), "--out", str(out), "--no-cache")[0] == 1
    else:
        with pytest.raises(exc):
            invoke("build", str(TEST_REPORTS / "en"), "--out", str(out), "--no-cache")
    assert "events.csv" in written and "incidents.geojson" in written  # the crash came mid-set
    assert {n: (out / n).read_bytes() for n in OUTPUTS} == before
    assert _visible(out) == sorted(OUTPUTS)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left beside it
