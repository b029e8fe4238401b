"""The scale benchmark runs at a tiny size, so it cannot rot; the figures themselves live in benchmarks/README.md."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from .conftest import ROOT

FIGURES = ["corpus", "extract", "extract per CPU-second", "baseline", "extract/baseline time", "build", "build cached", "build one report added", "help", "aggregate"]


def test_bench_scale_prints_every_figure(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_scale.py"), "--n", "12", "--events", "400",
                           "--jobs", "1"], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    for name in FIGURES:
        assert re.match(r"[0-9.e+]+ \S+", lines[name]), (name, lines.get(name))
    assert "12 reports" in lines["build"] and "400 events" in lines["aggregate"]
    assert float(lines["extract"].split()[0]) > 0


def test_corpus_is_deterministic_and_varied(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    corpus.write(300, 5, a)
    corpus.write(300, 5, b)
    assert a.read_bytes() == b.read_bytes()
    recs = [json.loads(line) for line in a.read_text(encoding="utf-8").splitlines()]
    assert len({r["text"] for r in recs}) == 300  # not one report copied
    assert {r["language"] for r in recs} == {"en", "ar"}
    assert len({r["published"] for r in recs}) > 200
    assert sum(1 for r in recs if "Related Articles" in r["text"] or "اقرأ أيضاً" in r["text"]) > 10
    assert corpus.write(300, 6, tmp_path / "c.jsonl") is None and (tmp_path / "c.jsonl").read_bytes() != a.read_bytes()
    # the corpus exercises extraction: most reports give events, and some give none (non-strike reports)
    from mapper.pipeline import run

    result = run([str(a)])
    per_report = {e.report_id for e in result.events}
    assert result.report_count == 300 and 150 < len(per_report) < 300
