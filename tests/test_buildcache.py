"""A build on an unchanged corpus puts the earlier output set in place; any change runs in full."""

from __future__ import annotations

import json
import os
import shutil
import threading

import pytest

import mapper.pipeline
from mapper.buildcache import BuildCache, build_key

from .conftest import TEST_REPORTS

OUTPUTS = ["events.csv", "events.geojson", "incidents.csv", "incidents.geojson", "map.html", "unlocated.csv"]
REPORTS = ["en-01-sohr-albukamal-mayadeen.txt", "en-02-reuters-boukamal-strikes.txt", "en-03-deirezzor24-ayyash.txt",
           "en-06-russian-mod-bishri.txt", "en-10-sohr-hajin-drone-car.txt", "en-28-rudaw-bukamal-crossing-trucks.txt"]
EXTRA = ("id,name,name_ar,alt_names,alt_names_ar,type,parent,outside,lat,lon,precision,radius_km,source,licence,note\n"
         "my-farm,Abu Shams farm,,,,site,,,35.1,40.4,exact,,field visit 2021,own,\n")


@pytest.fixture
def setup(tmp_path, monkeypatch, invoke):
    """Reports in a temporary folder, a cache folder of this test only, and a count of full runs."""
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in REPORTS:
        shutil.copy(TEST_REPORTS / "en" / name, reports / name)
    runs = []
    real_run = mapper.pipeline.run

    def counting_run(*a, **kw):
        runs.append(a)
        return real_run(*a, **kw)

    monkeypatch.setattr(mapper.pipeline, "run", counting_run)
    counter = iter(range(1000))

    def build(*args, no_cache=False):
        out = tmp_path / f"out{next(counter)}"
        before = len(runs)
        code, stdout, stderr = invoke("build", str(reports), "--out", str(out), "--jobs", "1", *args,
                                      *(["--no-cache"] if no_cache else []))
        files = {n: (out / n).read_bytes() for n in OUTPUTS}
        return {"code": code, "stdout": stdout.replace(str(out), "OUT"), "stderr": stderr, "files": files,
                "full": len(runs) > before}

    return reports, build, tmp_path


def test_unchanged_corpus_gets_the_same_bytes_without_running(setup):
    reports, build, tmp_path = setup
    fresh = build(no_cache=True)
    first = build()
    again = build()
    assert first["full"] and not again["full"]
    assert again["files"] == first["files"] == fresh["files"]
    assert again["stdout"] == first["stdout"] == fresh["stdout"] and "incidents: " in again["stdout"]
    assert again["code"] == first["code"] == 0
    assert b'"type": "FeatureCollection"' in again["files"]["events.geojson"]


def test_a_rejected_input_is_reported_again_from_the_stored_set(setup):
    reports, build, tmp_path = setup
    (reports / "empty.txt").write_text("", encoding="utf-8")
    first = build()
    again = build()
    assert not again["full"] and again["code"] == first["code"] == 1
    assert "empty.txt" in again["stderr"] and again["stderr"] == first["stderr"]
    assert again["stdout"] == first["stdout"] and again["files"] == first["files"]


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename"])
def test_a_changed_corpus_runs_in_full(setup, change):
    reports, build, tmp_path = setup
    first = build()
    one = reports / REPORTS[2]
    if change == "edit":
        one.write_text(one.read_text(encoding="utf-8").replace("Ayyash", "Hajin"), encoding="utf-8")
    elif change == "add":
        shutil.copy(TEST_REPORTS / "en" / "en-07-enab-quriyah-drone.txt", reports / "en-07.txt")
    elif change == "remove":
        one.unlink()
    else:  # the same text under another name (a report without an id in its front matter takes the name)
        one.rename(reports / "renamed.txt")
    after = build()
    assert after["full"] and (after["files"] != first["files"]) == (change != "rename")
    assert after["files"] == build(no_cache=True)["files"]
    assert not build()["full"]  # and the new set is reused in turn


def test_a_changed_extra_gazetteer_runs_in_full(setup):
    reports, build, tmp_path = setup
    extra = tmp_path / "extra.csv"
    extra.write_text(EXTRA, encoding="utf-8")
    first = build("--gazetteer", str(extra))
    assert not build("--gazetteer", str(extra))["full"]
    extra.write_text(EXTRA.replace("35.1,40.4", "35.2,40.5"), encoding="utf-8")  # same file, new content
    after = build("--gazetteer", str(extra))
    assert after["full"] and after["files"] == first["files"]  # the farm is in no report: same bytes, still rebuilt


@pytest.mark.parametrize("args", [["--include-outside"], ["--published", "2020-01-01"], ["--type", "airstrike"],
                                  ["--from", "2019-01-01"], ["--near", "Hajin", "--radius-km", "30"]])
def test_an_option_that_changes_the_outputs_runs_in_full(setup, args):
    reports, build, tmp_path = setup
    build()
    after = build(*args)
    assert after["full"]
    assert after["files"] == build(*args, no_cache=True)["files"]
    assert not build(*args)["full"]


def test_a_changed_within_area_runs_in_full(setup):
    reports, build, tmp_path = setup
    area = tmp_path / "area.geojson"

    def box(w, s, e, n):
        area.write_text(json.dumps({"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}))

    box(39.0, 33.5, 42.0, 36.5)  # the whole governorate
    whole = build("--within", str(area))
    assert not build("--within", str(area))["full"]
    box(40.8, 34.3, 41.1, 34.6)  # al-Bukamal only: same path, new content
    after = build("--within", str(area))
    assert after["full"] and after["files"] != whole["files"]
    assert after["files"] == build("--within", str(area), no_cache=True)["files"]


def test_options_that_do_not_change_the_outputs_reuse_the_set(setup):
    reports, build, tmp_path = setup
    first = build()
    again = build("--jobs", "2", "--quiet")
    assert not again["full"] and again["files"] == first["files"]


def test_no_cache_neither_reads_nor_writes_stored_sets(setup, monkeypatch):
    reports, build, tmp_path = setup
    build(no_cache=True)
    assert not (tmp_path / "cache" / "builds").exists()
    build()
    monkeypatch.setattr(BuildCache, "get", lambda self, key: pytest.fail("--no-cache read a stored set"))
    monkeypatch.setattr(BuildCache, "put", lambda self, *a: pytest.fail("--no-cache stored a set"))
    assert build(no_cache=True)["full"]


@pytest.mark.parametrize("damage", ["edit", "truncate", "missing", "manifest"])
def test_a_damaged_stored_set_is_not_served(setup, damage):
    reports, build, tmp_path = setup
    first = build()
    [stored] = (tmp_path / "cache" / "builds").iterdir()
    if damage == "edit":  # the same size, one byte changed
        data = bytearray((stored / "events.csv").read_bytes())
        data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
        (stored / "events.csv").write_bytes(bytes(data))
    elif damage == "truncate":
        (stored / "map.html").write_bytes((stored / "map.html").read_bytes()[:1000])
    elif damage == "missing":
        (stored / "incidents.geojson").unlink()
    else:
        (stored / "manifest.json").write_text('{"key": ', encoding="utf-8")
    after = build()
    assert after["full"] and after["files"] == first["files"]
    assert not build()["full"]  # the full run stored a good set again


def test_edits_to_one_output_folder_never_reach_another(setup):
    """The stored set is copied out, so an --out folder shares no file with the cache or another --out."""
    reports, build, tmp_path = setup
    build()
    second = build()
    (tmp_path / "out1" / "events.csv").open("a", encoding="utf-8").write("edited\n")
    third = build()
    assert not third["full"] and third["files"] == second["files"]
    assert (tmp_path / "out2" / "events.csv").read_bytes() == second["files"]["events.csv"]


def test_cache_clear_removes_stored_sets(setup, invoke):
    reports, build, tmp_path = setup
    build()
    assert any((tmp_path / "cache" / "builds").rglob("map.html"))
    code, out, _ = invoke("cache", "clear")
    assert code == 0 and not (tmp_path / "cache" / "builds").exists()
    assert build()["full"]


def test_only_the_newest_sets_are_kept(setup):
    reports, build, tmp_path = setup
    for day in ("2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04"):
        build("--published", day)
    assert len(list((tmp_path / "cache" / "builds").iterdir())) == 3
    assert not build("--published", "2020-01-04")["full"]
    assert build("--published", "2020-01-01")["full"]


def test_standard_input_is_never_cached(setup, invoke, tmp_path):
    text = (TEST_REPORTS / "en" / REPORTS[0]).read_text(encoding="utf-8")
    for _ in range(2):
        code, _, _ = invoke("build", "-", "--out", str(tmp_path / "stdin-out"), "--jobs", "1", input=text)
        assert code == 0
    assert not (tmp_path / "cache" / "builds").exists()


def test_a_cache_folder_that_cannot_be_written_only_costs_the_speed_up(setup, monkeypatch):
    reports, build, tmp_path = setup
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be\n")
    monkeypatch.setenv("STRIKEMAP_CACHE", str(blocker))
    first, again = build(), build()
    assert first["code"] == again["code"] == 0 and first["full"] and again["full"]
    assert again["files"] == first["files"] == build(no_cache=True)["files"]


def test_a_pipe_is_read_by_the_build_not_used_up_by_the_key(setup, invoke, tmp_path):
    """`strikemap build <(cat report)` or a FIFO: hashing it for the key would leave the build nothing to read."""
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    text = (TEST_REPORTS / "en" / REPORTS[0]).read_bytes()

    def write():
        with open(fifo, "wb") as f:
            f.write(text)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert build_key([str(fifo)], {}) is None
    code, stdout, stderr = invoke("build", str(fifo), "--out", str(tmp_path / "fifo-out"), "--jobs", "1")
    writer.join(5)
    assert code == 0, stderr
    assert "reports read: 1" in stdout and "events: 0" not in stdout
    assert not (tmp_path / "cache" / "builds").exists()


def test_which_inputs_are_the_same_file_is_part_of_the_key(setup, invoke, tmp_path):
    """The run skips a second path to a file already read: a link that now points at a copy reads two reports."""
    reports, build, _ = setup
    a = reports / REPORTS[0]
    copy = tmp_path / "copy.txt"
    shutil.copy(a, copy)
    link = tmp_path / "link.txt"
    link.symlink_to(a)
    before = build_key([str(a), str(link)], {})
    out1, out2 = tmp_path / "same-1", tmp_path / "same-2"
    _, first, _ = invoke("build", str(a), str(link), "--out", str(out1), "--jobs", "1")
    link.unlink()
    link.symlink_to(copy)
    assert build_key([str(a), str(link)], {}) != before
    _, second, _ = invoke("build", str(a), str(link), "--out", str(out2), "--jobs", "1")
    _, fresh, _ = invoke("build", str(a), str(link), "--out", str(tmp_path / "same-3"), "--jobs", "1", "--no-cache")
    assert "reports read: 1" in first and "reports read: 2" in second and "reports read: 2" in fresh


def test_a_report_edited_during_the_build_does_not_store_its_outputs(setup, monkeypatch):
    """The outputs come from the text read during the run; stored under the key of the text before it, they would
    be served when the file goes back to that text (an editor, a sync tool, a checkout)."""
    reports, build, tmp_path = setup
    one = reports / REPORTS[2]
    original = one.read_text(encoding="utf-8")
    real_run = mapper.pipeline.run

    def editing_run(*a, **kw):
        one.write_text(original.replace("Ayyash", "Hajin"), encoding="utf-8")
        return real_run(*a, **kw)

    monkeypatch.setattr(mapper.pipeline, "run", editing_run)
    build()
    monkeypatch.undo()
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    one.write_text(original, encoding="utf-8")
    again = build()
    assert again["files"] == build(no_cache=True)["files"]
