"""Streaming runs: chunks on several processes give the same bytes, and the cache never serves a stale result."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from mapper import cache as cache_mod
from mapper import pipeline
from mapper.cache import ExtractionCache
from mapper.progress import progress_enabled
from mapper.reports import iter_reports, expand, read_reports

from .conftest import ROOT, TEST_REPORTS

OUTPUTS = ("map.html", "events.geojson", "events.csv", "incidents.geojson", "incidents.csv")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A JSONL corpus of the test reports, three times over with other ids and dates (123 reports)."""
    reports, problems = read_reports([str(TEST_REPORTS)])
    assert not problems and len(reports) > 40
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for k in range(3):
            for r in reports:
                pub = (r.published or date(2021, 5, 1)) + timedelta(days=37 * k)
                f.write(json.dumps({"id": f"{r.id}-{k}", "text": r.text, "published": pub.isoformat(),
                                    "source": r.source, "url": r.url}, ensure_ascii=False) + "\n")
    return path


def _count(corpus):
    return sum(1 for _ in open(corpus, encoding="utf-8"))


def _rows(result):
    return [e.as_dict() for e in result.events]


def test_jobs_give_the_same_events_as_one_process(corpus, monkeypatch):
    pools = []
    real_pool = pipeline._pool
    monkeypatch.setattr(pipeline, "_pool", lambda jobs, extra: pools.append(jobs) or real_pool(jobs, extra))
    one = pipeline.run([str(corpus)], jobs=1, chunk_size=16)
    assert pools == []
    two = pipeline.run([str(corpus)], jobs=2, chunk_size=16)
    assert pools == [2]  # the second run really went through two worker processes
    assert one.report_count == two.report_count == _count(corpus)
    assert len(one.events) > 100
    assert _rows(one) == _rows(two)
    assert one.problems == two.problems == []


def test_build_with_jobs_writes_byte_identical_files(invoke, corpus, tmp_path):
    assert invoke("build", str(corpus), "--out", str(tmp_path / "one"), "--jobs", "1", "--no-cache")[0] == 0
    assert invoke("build", str(corpus), "--out", str(tmp_path / "two"), "--jobs", "2", "--no-cache")[0] == 0
    for name in OUTPUTS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_a_report_that_fails_in_a_worker_is_named_and_the_rest_kept(corpus, monkeypatch):
    real = pipeline.extract_report
    victim = json.loads(corpus.read_text(encoding="utf-8").splitlines()[50])["id"]

    def flaky(report, gaz, include_outside=False):
        if report.id == victim:
            raise ValueError("rule blew up")
        return real(report, gaz, include_outside)

    monkeypatch.setattr(pipeline, "extract_report", flaky)  # workers are forked after this
    whole = pipeline.run([str(corpus)], jobs=1, chunk_size=16)
    for jobs in (1, 2):
        res = pipeline.run([str(corpus)], jobs=jobs, chunk_size=16)
        assert [str(p) for p in res.problems] == [
            f"{corpus}:51: extraction failed (ValueError: rule blew up)"]
        assert res.report_count == _count(corpus)
        assert _rows(res) == [r for r in _rows(whole) if r["report_id"] != victim]


# --- cache ------------------------------------------------------------------------

def _write_reports(folder, texts):
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(f"---\npublished: 2021-03-02\nsource: Test\n---\n{text}\n", encoding="utf-8")


TEXTS = {
    "a.txt": "A drone struck a vehicle in al-Mayadin on Monday, killing two people.",
    "b.txt": "Warplanes carried out raids on the outskirts of Hajin on Sunday.",
    "c.txt": "Unidentified aircraft bombed positions near Abu Shams farms on Tuesday.",
}
EXTRA_HEADER = "id,name,name_ar,alt_names,alt_names_ar,type,parent,outside,lat,lon,precision,radius_km,source,licence,note\n"


def test_cache_reuses_results_and_invalidates_on_every_input(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    _write_reports(reports, TEXTS)
    folder = tmp_path / "cache"

    def go(extra=()):
        return pipeline.run([str(reports)], extra_gazetteer=extra, cache=ExtractionCache(folder, extra))

    first = go()
    assert (first.extracted, first.cached) == (3, 0)
    again = go()
    assert (again.extracted, again.cached) == (0, 3)
    assert _rows(again) == _rows(first) and len(first.events) >= 2

    # a report's content changes: only it is extracted again, and its new events are used
    (reports / "a.txt").write_text((reports / "a.txt").read_text().replace("al-Mayadin", "Hajin"), encoding="utf-8")
    changed = go()
    assert (changed.extracted, changed.cached) == (1, 2)
    assert {e.place_id for e in changed.events if e.report_id == "a.txt"} == {"hajin"}

    # an extra gazetteer: every report again; a place only it knows is found
    assert not [e for e in changed.events if e.report_id == "c.txt" and e.place_id == "my-farm"]
    extra = tmp_path / "extra.csv"
    extra.write_text(EXTRA_HEADER + "my-farm,Abu Shams farm,,Abu Shams farms,,site,,,35.1,40.4,exact,,visit,own,\n",
                     encoding="utf-8")
    with_extra = go([extra])
    assert (with_extra.extracted, with_extra.cached) == (3, 0)
    assert [e.place_id for e in with_extra.events if e.report_id == "c.txt"] == ["my-farm"]
    assert go([extra]).cached == 3

    # the same extra file edited (same path): invalidated again, and the new coordinate is used
    extra.write_text(extra.read_text().replace("35.1,40.4", "35.2,40.5"), encoding="utf-8")
    import gazetteer

    gazetteer._load.cache_clear()  # load() memoises by path within a process; a new CLI process reads the file
    edited = go([extra])
    assert (edited.extracted, edited.cached) == (3, 0)
    assert [e.anchor_lat for e in edited.events if e.place_id == "my-farm"] == [35.2]

    # the extractor's version changes: everything again
    assert go().cached == 3
    monkeypatch.setattr(cache_mod, "EXTRACTOR_VERSION", "test-bump")
    cache_mod.extractor_version.cache_clear()
    try:
        bumped = go()
    finally:
        monkeypatch.undo()
        cache_mod.extractor_version.cache_clear()
    assert (bumped.extracted, bumped.cached) == (3, 0)


def test_extractor_version_follows_the_extraction_code(tmp_path, monkeypatch):
    before = cache_mod.extractor_version()
    fake = tmp_path / "mapper"
    fake.mkdir()
    for name in cache_mod._EXTRACTION_MODULES:
        (fake / name).write_bytes((ROOT / "mapper" / name).read_bytes())
    (fake / "cues.py").write_text((fake / "cues.py").read_text() + "\n# a changed rule\n")
    (fake / "cache.py").write_text("")
    monkeypatch.setattr(cache_mod, "__file__", str(fake / "cache.py"))
    cache_mod.extractor_version.cache_clear()
    try:
        assert cache_mod.extractor_version() != before
    finally:
        monkeypatch.undo()
        cache_mod.extractor_version.cache_clear()
    assert cache_mod.extractor_version() == before


def test_cli_cache_folder_no_cache_and_clear(invoke, tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    _write_reports(reports, TEXTS)
    folder = tmp_path / "cache"
    monkeypatch.setenv("STRIKEMAP_CACHE", str(folder))
    code, out_plain, _ = invoke("extract", str(reports), "--format", "jsonl", "--no-cache")
    assert code == 0 and not (folder / "extraction.sqlite3").exists()
    code, out_first, _ = invoke("extract", str(reports), "--format", "jsonl")
    assert code == 0 and (folder / "extraction.sqlite3").exists()
    code, out_cached, _ = invoke("extract", str(reports), "--format", "jsonl")
    assert out_plain == out_first == out_cached and out_plain.count("\n") >= 2
    (folder / "mine.txt").write_text("not strikemap's\n")
    code, out, _ = invoke("cache", "info")
    assert code == 0 and str(folder) in out
    code, out, _ = invoke("cache", "clear")
    assert code == 0 and "removed" in out
    assert not (folder / "extraction.sqlite3").exists() and (folder / "mine.txt").exists()


def test_damaged_cache_entry_is_recomputed(tmp_path):
    reports = tmp_path / "reports"
    _write_reports(reports, TEXTS)
    folder = tmp_path / "cache"
    first = pipeline.run([str(reports)], cache=ExtractionCache(folder))
    import sqlite3

    with sqlite3.connect(folder / "extraction.sqlite3") as db:
        db.execute("UPDATE events SET value = ?", (b"not zlib",))
    again = pipeline.run([str(reports)], cache=ExtractionCache(folder))
    assert (again.extracted, again.cached) == (3, 0)
    assert _rows(again) == _rows(first)


# --- reading as a stream ----------------------------------------------------------

def test_jsonl_corpus_is_read_line_by_line(tmp_path):
    """The generator yields the first report before later lines exist: nothing reads the file whole."""
    path = tmp_path / "c.jsonl"
    line = json.dumps({"text": "A drone struck al-Mayadin. " + "x " * 20000}) + "\n"
    path.write_text(line * 3, encoding="utf-8")
    problems = []
    it = iter_reports(expand([str(path)], problems), None, problems)
    first = next(it)
    assert first.id == "c-1"
    with open(path, "a", encoding="utf-8") as f:
        f.write("{broken\n")
    rest = list(it)
    assert [r.id for r in rest] == ["c-2", "c-3"]
    assert [str(p) for p in problems] == [f"{path}:4: not valid JSON (Expecting property name enclosed in double quotes)"]


def test_corpus_not_in_utf8_is_still_read(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("id,text\nr1,غارة بطائرة مسيرة على الميادين\n".encode("cp1256"))
    reports, problems = read_reports([str(path)])
    assert not problems and reports[0].text == "غارة بطائرة مسيرة على الميادين"


@pytest.mark.parametrize("env,tty,quiet,expected", [
    ({}, True, False, True),
    ({}, False, False, False),          # piped or redirected
    ({}, True, True, False),            # --quiet
    ({"CI": "true"}, True, False, False),
    ({"CI": "false"}, True, False, True),
    ({"TERM": "dumb"}, True, False, False),
])
def test_progress_bar_only_for_a_person_at_a_terminal(env, tty, quiet, expected):
    class Stream:
        def isatty(self):
            return tty

    assert progress_enabled(quiet, Stream(), env) is expected


def test_progress_bar_counts_every_report(corpus, capsys, monkeypatch):
    bars = []
    real = pipeline._progress_bar

    def spy(total):
        bar = real(total)
        bars.append(bar)
        return bar

    monkeypatch.setattr(pipeline, "_progress_bar", spy)
    res = pipeline.run([str(corpus)], progress=True, chunk_size=16)
    assert bars[0].total == _count(corpus) and bars[0].n == res.report_count == _count(corpus)
    assert "report" in capsys.readouterr().err


def test_cache_folder_follows_the_environment(tmp_path, monkeypatch):
    from .conftest import SESSION_CACHE

    assert cache_mod.cache_dir().resolve().is_relative_to(SESSION_CACHE.resolve())
    monkeypatch.delenv("STRIKEMAP_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_mod.cache_dir() == tmp_path / "xdg" / "strikemap"


def test_a_run_served_by_the_cache_starts_no_worker(corpus, tmp_path, monkeypatch):
    pools = []
    real_pool = pipeline._pool
    monkeypatch.setattr(pipeline, "_pool", lambda jobs, extra: pools.append(jobs) or real_pool(jobs, extra))
    folder = tmp_path / "cache"
    first = pipeline.run([str(corpus)], jobs=2, chunk_size=16, cache=ExtractionCache(folder))
    again = pipeline.run([str(corpus)], jobs=2, chunk_size=16, cache=ExtractionCache(folder))
    assert pools == [2]
    assert again.cached == again.report_count == first.extracted
    assert _rows(again) == _rows(first)
