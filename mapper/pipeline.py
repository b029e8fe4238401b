"""Reports → events, as one library call the CLI wraps.

Reports stream through in chunks: read, looked up in the cache, extracted (on
several processes with `jobs` > 1) and dropped, so a run's memory is its events,
never its report texts. Chunks are handled in input order and the events sorted
at the end, so any `jobs` gives the same bytes.
"""

from __future__ import annotations

import collections
import itertools
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from gazetteer import Gazetteer, load

from .decisions import Unlocated
from .extract import extract_report
from .model import Event, InputProblem, Report
from .reports import estimate_count, expand, iter_reports, read_reports

CHUNK_SIZE = 64  # reports per task: big enough to amortise pickling, small enough to keep all cores busy


@dataclass
class Run:
    """What a run produced: events (small, kept for aggregation), not the report texts."""

    report_count: int
    events: list[Event]
    problems: list[InputProblem] = field(default_factory=list)
    cached: int = 0      # reports whose events came from the cache
    extracted: int = 0   # reports extracted in this run
    unlocated: list[Unlocated] = field(default_factory=list)  # strikes at places not in the gazetteer

    def summary(self) -> dict:
        dates = sorted(e.event_date for e in self.events if e.event_date)
        return {
            "reports": self.report_count,
            "events": len(self.events),
            "places": len({e.place_id for e in self.events}),
            "date_range": (dates[0], dates[-1]) if dates else None,
            "skipped": [str(p) for p in self.problems],
        }


def _sort_key(e: Event):
    return (e.report_id, e.span_start, e.place_id, e.event_id)


def extract_all(reports: Iterable[Report], gazetteer: Gazetteer | None = None,
                problems: list[InputProblem] | None = None, include_outside: bool = False,
                unlocated: list[Unlocated] | None = None) -> list[Event]:
    """Events of every report; a report that cannot be read is named, the rest go on."""
    gaz = gazetteer or load()
    events: list[Event] = []
    for r in reports:
        try:
            result = extract_report(r, gaz, include_outside)
            events.extend(result.events)
            if unlocated is not None:
                unlocated.extend(result.unlocated)
        except Exception as exc:  # one bad report must not lose the others
            if problems is None:
                raise
            problems.append(_extraction_problem(r, exc))
    events.sort(key=_sort_key)
    return events


def _extraction_problem(r: Report, exc: BaseException | str) -> InputProblem:
    why = exc if isinstance(exc, str) else f"{exc.__class__.__name__}: {exc}"
    return InputProblem(r.path or r.id, f"extraction failed ({why})")


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run(paths: Iterable[str], published: date | None = None, extra_gazetteer: Iterable[str | Path] = (),
        stdin=None, *, jobs: int = 1, cache=None, progress: bool = False, chunk_size: int = CHUNK_SIZE,
        include_outside: bool = False, on_events: Callable[[list[Event]], object] | None = None) -> Run:
    """Read, extract and collect the events of every report under `paths`.

    `jobs` processes extract (1: in this process). `cache` is an ExtractionCache,
    True for the one in the user's cache folder, or None/False for none.
    `progress` shows a bar on standard error. Strikes at places outside the
    governorate are dropped unless `include_outside` (then flagged).
    With `on_events`, each report's events are handed to it in input order and
    not kept (the Run's events are then empty): a build spills them to disk.
    """
    extra = tuple(str(e) for e in extra_gazetteer)
    gaz = load(extra)
    problems: list[InputProblem] = []
    items = expand(paths, problems)
    if cache is True:
        from .cache import ExtractionCache

        cache = ExtractionCache(extra_gazetteer=extra)
    bar = _progress_bar(estimate_count(items)) if progress else None
    reports = iter_reports(items, published, problems, stdin)
    events: list[Event] = []
    unlocated: list[Unlocated] = []
    stats = collections.Counter()
    failed: list[InputProblem] = []  # extraction failures come after the reading problems, whatever `jobs`
    try:
        for _report, evs in stream_events(reports, gaz, extra, failed, jobs=jobs, cache=cache or None,
                                          chunk_size=chunk_size, stats=stats,
                                          on_chunk=bar.update if bar is not None else None, unlocated=unlocated):
            # extraction keeps outside places, flagged, so one cached result serves both choices
            kept = [e for e in evs if include_outside or not _outside(e)]
            if on_events is not None:
                on_events(kept)
            else:
                events.extend(kept)
    finally:
        if bar is not None:
            bar.close()
        if cache:
            cache.close()
    problems.extend(failed)
    events.sort(key=_sort_key)
    return Run(stats["reports"], events, problems, cached=stats["cached"], extracted=stats["extracted"],
               unlocated=unlocated)


def _outside(e: Event) -> bool:
    return "outside_governorate" in e.flags.split(",")


def stream_events(reports: Iterable[Report], gaz: Gazetteer, extra: tuple[str, ...], problems: list[InputProblem],
                  *, jobs: int = 1, cache=None, chunk_size: int = CHUNK_SIZE, stats: collections.Counter | None = None,
                  on_chunk: Callable[[int], object] | None = None,
                  unlocated: list[Unlocated] | None = None) -> Iterator[tuple[Report, list[Event]]]:
    """(report, its events) for every report, in input order, a chunk at a time.

    A report whose extraction fails is named in `problems` and yields nothing.
    The report is yielded only so a caller can use its metadata; keeping it is
    the caller's choice (run() drops it).
    """
    stats = stats if stats is not None else collections.Counter()
    chunks = _chunks(reports, chunk_size)
    head = list(itertools.islice(chunks, 2))
    parallel = jobs > 1 and len(head) > 1  # one chunk is not worth starting processes for
    chunks = itertools.chain(head, chunks)
    del head  # the chain alone holds the first chunks, and lets them go once they are done
    pool = None
    try:
        pending: collections.deque = collections.deque()
        for chunk in chunks:
            keys = [cache.key(r) for r in chunk] if cache else None
            hits = cache.get_many(keys) if cache else {}
            todo = [r for i, r in enumerate(chunk) if keys is None or keys[i] not in hits]
            if parallel and pool is None and todo:  # started at the first report the cache does not have
                pool = _pool(jobs, extra)
            if pool is not None:
                fut = pool.submit(_extract_chunk, todo) if todo else None
                pending.append((chunk, keys, hits, todo, fut))
                while len(pending) > 2 * jobs:  # bounded: texts in flight stay a few chunks
                    yield from _finish(*pending.popleft(), cache, problems, stats, on_chunk, unlocated)
            else:
                done = _extract_chunk(todo, gaz)
                yield from _finish(chunk, keys, hits, todo, done, cache, problems, stats, on_chunk, unlocated)
        while pending:
            yield from _finish(*pending.popleft(), cache, problems, stats, on_chunk, unlocated)
    except BaseException:
        if pool is not None:  # Ctrl-C, or an error: stop now, not after the chunks in flight
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _finish(chunk, keys, hits, todo, done, cache, problems, stats, on_chunk, unlocated=None):
    results = done.result() if hasattr(done, "result") else (done or [])
    fresh = dict(zip((id(r) for r in todo), results))
    to_store = []
    out = []
    for i, r in enumerate(chunk):
        stats["reports"] += 1
        if keys is not None and keys[i] in hits:
            stats["cached"] += 1
            evs, unl = hits[keys[i]]
            out.append((r, evs))
            if unlocated is not None:
                unlocated.extend(unl)
            continue
        ok, value = fresh[id(r)]
        if not ok:
            problems.append(_extraction_problem(r, value))
            continue
        stats["extracted"] += 1
        if keys is not None:
            to_store.append((keys[i], value))
        evs, unl = value
        out.append((r, evs))
        if unlocated is not None:
            unlocated.extend(unl)
    if cache and to_store:
        cache.put_many(to_store)
    if on_chunk is not None:
        on_chunk(len(chunk))
    return out


def _chunks(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


# --- worker processes -------------------------------------------------------------

_WORKER_GAZ: Gazetteer | None = None


def _init_worker(extra: tuple[str, ...]) -> None:
    """Load the gazetteer once per worker (a forked worker finds it already loaded)."""
    import signal

    global _WORKER_GAZ
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the pool
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _WORKER_GAZ = load(extra)


def _die_with_parent() -> None:
    """Linux: a worker is killed when the build that started it dies, even by SIGKILL."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


def _extract_chunk(reports: list[Report], gaz: Gazetteer | None = None) -> list[tuple[bool, tuple | str]]:
    """(True, (events, unlocated)) per report, or (False, why)."""
    gaz = gaz or _WORKER_GAZ or load()
    out: list[tuple[bool, tuple | str]] = []
    for r in reports:
        try:
            result = extract_report(r, gaz, include_outside=True)
            out.append((True, (result.events, result.unlocated)))
        except Exception as exc:  # one bad report must not lose the others
            out.append((False, f"{exc.__class__.__name__}: {exc}"))
    return out


def _pool(jobs: int, extra: tuple[str, ...]):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded gazetteer with the workers at no cost; elsewhere each worker loads it
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(extra,))


def _progress_bar(total: int):
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    return tqdm(total=total or None, unit="report", unit_scale=False, dynamic_ncols=True, smoothing=0.1,
                mininterval=0.5, leave=False)


def events_frame(reports: Iterable[Report], gazetteer: Gazetteer | None = None):
    """One row per event (a pandas DataFrame), columns as in the exports."""
    import pandas as pd

    from .model import EVENT_COLUMNS

    events = extract_all(list(reports), gazetteer)
    return pd.DataFrame([e.as_dict() for e in events], columns=EVENT_COLUMNS)


__all__ = ["Run", "default_jobs", "events_frame", "extract_all", "read_reports", "run", "stream_events"]
