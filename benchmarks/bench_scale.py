"""Scale figures: build, aggregation, extraction against geotext, cache, start-up.

    python benchmarks/bench_scale.py                     # 20,000 reports, 500,000 events
    python benchmarks/bench_scale.py --n 100000
    python benchmarks/bench_scale.py --n 40 --events 3000 --jobs 1    # the size CI runs

Each figure is one line "name: value unit (detail)". The corpus comes from benchmarks/corpus.py and the events
from benchmarks/synthetic_events.py, both deterministic from --seed. Every run of strikemap is a separate
process with its cache folder inside a temporary directory, so the user's cache is never read or written.
Wall time is what a user waits; on a machine shared with other work CPU time is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402
import synthetic_events  # noqa: E402

# strikemap in a child process that prints its own peak RSS on exit (its worker processes are smaller)
_WRAP = ("import resource, runpy, sys; sys.argv = ['strikemap'] + sys.argv[1:]\n"
         "try:\n    runpy.run_module('mapper', run_name='__main__')\n"
         "finally:\n    print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)")
STRIKEMAP = [sys.executable, "-c", _WRAP]


def _run(args: list[str], env: dict) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of the process and its children, and the peak RSS (MB) of the main process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"strikemap {' '.join(args[3:])} failed: {proc.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    m = re.search(r"PEAK (\d+)", proc.stderr)
    return wall, cpu, int(m.group(1)) if m else -1


def figure(name: str, value: float, unit: str, detail: str = "") -> None:
    print(f"{name}: {value:.3g} {unit}" + (f" ({detail})" if detail else ""), flush=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="strikemap scale figures")
    ap.add_argument("--n", type=int, default=20_000, help="reports in the generated corpus")
    ap.add_argument("--events", type=int, default=500_000, help="synthetic events for the aggregation figure")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}; "
          f"{args.n} reports, {args.events} events, --jobs {args.jobs}", flush=True)

    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, STRIKEMAP_CACHE=str(tmp / "cache"), XDG_CACHE_HOME=str(tmp / "xdg"))
        data = tmp / "corpus.jsonl"
        t = time.perf_counter()
        corpus.write(args.n, args.seed, data)
        figure("corpus", time.perf_counter() - t, "s", f"{args.n} reports, {data.stat().st_size / 2**20:.1f} MB JSONL")

        # extraction on every core, no cache
        wall, cpu, peak = _run(STRIKEMAP + ["extract", str(data), "--format", "jsonl", "--no-cache", "-q",
                                         "--jobs", str(args.jobs)], env)
        figure("extract", args.n / wall, "reports/s", f"{wall:.1f} s wall, {cpu:.1f} s CPU, --jobs {args.jobs}, peak {peak} MB")
        # what the same work gives on idle cores: a shared machine stretches wall time, not CPU time
        figure("extract per CPU-second", args.n / max(cpu, 1e-9), "reports/s", "all processes' CPU time")
        extract_wall = wall

        # geotext (or, if it is not installed, a plain regex over the gazetteer's names) on the same texts
        texts = [json.loads(line)["text"] for line in data.open(encoding="utf-8")]
        matcher, how = _baseline()
        t = time.perf_counter()
        found = sum(len(matcher(x)) for x in texts)
        base = time.perf_counter() - t
        figure("baseline", args.n / base, "reports/s", f"{how}, {found} matches, {base:.2f} s, one core")
        figure("extract/baseline time", extract_wall / base, "x", f"strikemap extract takes this many times {how}'s time")

        # build: first run fills the cache, the second reuses it
        out = tmp / "out"
        build = STRIKEMAP + ["build", str(data), "--out", str(out), "-q", "--jobs", str(args.jobs)]
        wall1, cpu1, peak = _run(build, env)
        figure("build", wall1, "s", f"{args.n} reports, first run, {cpu1:.1f} s CPU, peak {peak} MB (main process)")
        wall2, cpu2, peak2 = _run(build, env)
        figure("build cached", wall2, "s", f"{100 * wall2 / wall1:.0f}% of the first run, {cpu2:.1f} s CPU, "
                                          f"peak {peak2} MB: the stored output set is reused")
        # one report added: the stored set no longer applies, the per-report cache serves every other report
        first = json.loads(data.open(encoding="utf-8").readline())
        with data.open("a", encoding="utf-8") as f:
            f.write(json.dumps(dict(first, id="bench-added", text=first["text"] + "\n\nUpdated."),
                               ensure_ascii=False) + "\n")
        wall3, cpu3, peak3 = _run(build, env)
        figure("build one report added", wall3, "s", f"{100 * wall3 / wall1:.0f}% of the first run, {cpu3:.1f} s CPU, "
                                                    f"peak {peak3} MB: extraction from the per-report cache")

        best = min(_run(STRIKEMAP + ["--help"], env)[0] for _ in range(5))
        figure("help", best, "s", "strikemap --help, best of 5")

    # aggregation of synthetic events, in this process
    from mapper.aggregate import incidents

    rows = synthetic_events.events(args.events, seed=args.seed)
    t, c = time.perf_counter(), time.process_time()
    inc = incidents(rows)
    figure("aggregate", time.perf_counter() - t, "s",
           f"{len(rows)} events into {len(inc)} incidents, {time.process_time() - c:.1f} s CPU")


def _baseline():
    try:
        from geotext import GeoText

        return (lambda text: GeoText(text).cities), "geotext"
    except ImportError:
        import re as _re

        from gazetteer import load

        names = sorted({n for p in load().places.values() for n in p.names()}, key=len, reverse=True)
        rx = _re.compile("|".join(_re.escape(n) for n in names))
        return rx.findall, "a regex over the gazetteer's names (geotext not installed)"


if __name__ == "__main__":
    main()
