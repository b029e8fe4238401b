"""Gazetteer load time and matching throughput; prints figures, asserts nothing.

    python benchmarks/bench_gazetteer.py [--mb 20]

Targets (issue 3): load under 0.3 s; at least 20 MB/s of English text on one core
for the one-pass name matching.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def report_texts() -> list[str]:
    texts = [(ROOT / "seeds" / "enab-baladi-2021-01-13-deir-ez-zor.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "reports" / "en").glob("*.txt"))]
    return texts


def corpus(mb: float) -> str:
    """English news text: the seed report and the English test reports, repeated."""
    one = "\n\n".join(report_texts())
    return (one + "\n\n") * max(1, int(mb * 1e6 / len(one)))


def load_time(runs: int = 5) -> list[float]:
    code = ("import time; t=time.perf_counter(); import gazetteer; g=gazetteer.load(); "
            "print(time.perf_counter()-t)")
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        out.append(float(res.stdout.strip()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    args = ap.parse_args()
    from gazetteer import load

    loads = load_time()
    print(f"gazetteer load (fresh process, import + load): median {statistics.median(loads):.3f} s, "
          f"min {min(loads):.3f} s over {len(loads)} runs (target < 0.3 s)")
    gaz = load()
    print(f"places {len(gaz.places)}, names {sum(len(p.names) for p in gaz.places.values())}, "
          f"automaton keys {len(gaz.index)}")
    text = corpus(args.mb)
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    small = text[: 2_000_000]
    runs = [("exact pass, one text with Arabic in it", gaz.index.find, text),
            ("exact pass, the same text ASCII-only", gaz.index.find, ascii_text),
            ("full find (exact + fuzzy + context resolution), 2 MB", gaz.find, small)]
    for label, fn, t_in in runs:
        mb = len(t_in.encode("utf-8")) / 1e6
        times = []
        for _ in range(3):
            t = time.perf_counter()
            n = len(fn(t_in))
            times.append(time.perf_counter() - t)
        best = min(times)
        print(f"{label}: {mb:.1f} MB in {best:.2f} s = {mb / best:.1f} MB/s, {n} matches")
    reports = report_texts() * max(1, int(args.mb * 1e6 / sum(len(r) for r in report_texts())))
    mb = sum(len(r.encode()) for r in reports) / 1e6
    t = time.perf_counter()
    n = sum(len(gaz.index.find(r)) for r in reports)
    dt = time.perf_counter() - t
    print(f"exact pass per report: {len(reports)} reports, {mb:.1f} MB in {dt:.2f} s = {mb / dt:.1f} MB/s, {n} matches")


if __name__ == "__main__":
    main()
