"""The benchmark scripts still run (a tiny size), so the figures in benchmarks/README.md can be re-measured."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from .conftest import ROOT


def test_pipeline_benchmark_runs_on_a_small_corpus(tmp_path):
    env = dict(os.environ, TMPDIR=str(tmp_path))
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_pipeline.py"), "--sizes", "40", "--quick",
                          "--jobs", "2"], capture_output=True, text=True, env=env, timeout=600)
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert re.search(r"strikemap --help: min \d+\.\d+ s", out)
    assert re.search(r"40 reports \(\d+\.\d MB JSONL\)", out)
    assert re.search(r"extract --jobs 2 --no-cache: [\d.]+ s wall \(\d+ reports/s\), [\d.]+ s CPU", out)
    assert re.search(r"re-run [\d.]+ s wall / [\d.]+ s CPU \(\d+% of the first", out)
    assert re.search(r"build --no-cache: [\d.]+ s wall, [\d.]+ s CPU, peak \d+ MB", out)
    assert list(tmp_path.iterdir()) == []  # its corpus and outputs were removed
