"""Start-up, extraction speed on every core, memory as the corpus grows, and the cache's re-run.

    python benchmarks/bench_pipeline.py                     # sizes 2000 and 8000
    python benchmarks/bench_pipeline.py --sizes 300 --quick # what CI runs, so the script cannot rot

Every figure is measured on the installed `strikemap` command in a fresh process,
as a user runs it. Peak memory is the largest sum of the resident sizes of the
command and its worker processes, sampled every 50 ms (forked workers share
pages with their parent, so the sum is an upper bound).

The corpus is benchmarks/corpus.py's, the generator bench_scale.py uses too: varied
reports in both languages, never one text repeated (a cache or the aggregation is
not flattered).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

STRIKEMAP = shutil.which("strikemap", path=str(Path(sys.executable).parent)) or "strikemap"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402  the shared generator (benchmarks/corpus.py)


def make_corpus(path: Path, n: int, seed: int = 1) -> Path:
    corpus.write(n, seed, path)
    return path


def _tree_rss_kb(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            pass
    return total


def measure(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak resident MB (process tree) and CPU seconds (process tree) of one command.

    CPU time is what a busy machine distorts least: the workers are reaped by the
    command, so their time is in its children's usage, which we get when we reap it.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    t.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak / 1024, cpu


def help_time(repeats: int, cmd: list[str] | None = None) -> list[float]:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(cmd or [STRIKEMAP, "--help"], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return times


def cli_import_ms() -> float:
    """`import mapper.cli` as python -X importtime counts it (less sensitive to a busy machine than wall time)."""
    res = subprocess.run([sys.executable, "-X", "importtime", "-c", "import mapper.cli"], capture_output=True,
                         text=True, check=True)
    for line in res.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == "mapper.cli":
            return int(parts[1]) / 1000
    return float("nan")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,8000", help="corpus sizes (reports), comma-separated")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--quick", action="store_true", help="one size, fewer repeats (CI)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="strikemap-bench-"))
    env = dict(os.environ, STRIKEMAP_CACHE=str(work / "cache"), CI="true")
    try:
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; jobs {args.jobs}; "
              f"load average {os.getloadavg()[0]:.1f} at start")
        ht = help_time(3 if args.quick else 15)
        print(f"strikemap --help: min {min(ht):.3f} s, median {statistics.median(ht):.3f} s over {len(ht)} runs")
        bare = help_time(len(ht), [sys.executable, "-c", "pass"])
        print(f"  python -c pass on this machine now: min {min(bare):.3f} s, median {statistics.median(bare):.3f} s; "
              f"import mapper.cli: {cli_import_ms():.0f} ms (-X importtime)")
        subprocess.run([STRIKEMAP, "gazetteer", "lookup", "Hajin"], env=env, stdout=subprocess.DEVNULL)  # warm caches

        for n in sizes:
            corpus = make_corpus(work / f"corpus-{n}.jsonl", n)
            mb = corpus.stat().st_size / 2**20
            extract = [STRIKEMAP, "extract", str(corpus), "--format", "jsonl", "-q"]
            print(f"\n{n} reports ({mb:.1f} MB JSONL)")
            if n == sizes[0]:
                w1, m1, c1 = measure(extract + ["--no-cache", "--jobs", "1"], env)
                print(f"  extract --jobs 1 --no-cache: {w1:.1f} s wall ({n / w1:.0f} reports/s), {c1:.1f} s CPU "
                      f"({n / c1:.0f} reports per CPU-second), peak {m1:.0f} MB")
            wj, mj, cj = measure(extract + ["--no-cache", "--jobs", str(args.jobs)], env)
            print(f"  extract --jobs {args.jobs} --no-cache: {wj:.1f} s wall ({n / wj:.0f} reports/s), {cj:.1f} s CPU "
                  f"({n / cj:.0f} reports per CPU-second; {args.jobs} free cores would give about "
                  f"{args.jobs * n / cj:.0f} reports/s), peak {mj:.0f} MB")
            if n == sizes[0]:
                shutil.rmtree(work / "cache", ignore_errors=True)
                subprocess.run([STRIKEMAP, "gazetteer", "lookup", "Hajin"], env=env, stdout=subprocess.DEVNULL)
                wc1, _, cc1 = measure(extract + ["--jobs", str(args.jobs)], env)
                wc2, mc2, cc2 = measure(extract + ["--jobs", str(args.jobs)], env)
                print(f"  extract with cache: first {wc1:.1f} s wall / {cc1:.1f} s CPU, re-run {wc2:.1f} s wall / "
                      f"{cc2:.1f} s CPU ({100 * wc2 / wc1:.0f}% of the first's wall time, "
                      f"{100 * cc2 / cc1:.0f}% of its CPU), peak {mc2:.0f} MB")
            wb, mbp, cb = measure([STRIKEMAP, "build", str(corpus), "--out", str(work / f"out-{n}"), "-q",
                                   "--no-cache", "--jobs", str(args.jobs)], env)
            print(f"  build --no-cache: {wb:.1f} s wall, {cb:.1f} s CPU, peak {mbp:.0f} MB "
                  f"(load average {os.getloadavg()[0]:.1f})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
