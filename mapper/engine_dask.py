"""The Dask engine: corpora beyond one machine, with the same outputs as the local engine.

Inputs are listed on the client and sent to the workers as partitions of files (a corpus file is a
partition of its own); each worker reads and extracts its partition. Events come back to the client,
which writes every output, so the files are those of the local engine byte for byte.

Aggregation runs as a dask.dataframe of same-strike pairs: the events are cut into partitions by date,
each holding one day more on either side, so a pair that straddles a partition edge is seen whole by
the partition that owns its earlier bucket. The pairs are joined into incidents on the client with the
same rule and in the same order as the local engine (mapper.aggregate.group_labels).

Every path (inputs and extra gazetteers) must be readable by the workers under the same name: on a real
cluster, a shared file system.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from . import aggregate
from .model import Event, InputProblem, Report
from .pipeline import Run, _sort_key

FILES_PER_PARTITION = 200
EVENTS_PER_WINDOW = 200_000
CONNECT_TIMEOUT = "20s"  # a scheduler across a network may take a while to answer


class EngineError(RuntimeError):
    """The Dask engine cannot start or reach its scheduler."""


def _extract_partition(items: list, published: date | None, extra_gazetteer: tuple, include_outside: bool) -> dict:
    """Read and extract one partition on a worker (items are paths, or reports read on the client)."""
    from gazetteer import load

    from .extract import extract_report
    from .pipeline import _extraction_problem, _outside
    from .reports import iter_reports

    gaz = load(extra_gazetteer)
    read_problems: list[InputProblem] = []
    reports = (r for item in items
               for r in ([item] if isinstance(item, Report) else iter_reports([item], published, read_problems)))
    rows, failed, unlocated, n_reports = [], [], [], 0
    for r in reports:
        n_reports += 1
        try:
            result = extract_report(r, gaz, include_outside=True)
        except Exception as exc:  # one bad report must not lose the others
            failed.append(_extraction_problem(r, exc))
            continue
        rows.extend(e.as_dict() for e in result.events if include_outside or not _outside(e))
        unlocated.extend(result.unlocated)
    return {"rows": rows, "read_problems": read_problems, "failed": failed, "unlocated": unlocated,
            "n_reports": n_reports}


def _partitions(items: list, size: int) -> list[list]:
    """Files in groups of `size`; a corpus file (.jsonl/.csv) alone, as it holds many reports."""
    parts: list[list] = []
    batch: list = []
    for it in items:
        if isinstance(it, Report) or Path(it).suffix.lower() in (".jsonl", ".csv"):
            parts.append([it])
            continue
        batch.append(it)
        if len(batch) >= size:
            parts.append(batch)
            batch = []
    if batch:
        parts.append(batch)
    return parts


def _window_edges(window: pd.DataFrame, lo: int, hi: int) -> pd.DataFrame:
    """Same-strike pairs inside one date window whose earlier bucket's day is in [lo, hi): the window
    holds one day more on either side, so every partner of those buckets is present."""
    if window.empty:
        return pd.DataFrame({"first": [], "off": [], "i": [], "j": []}, dtype=np.int64)
    window = window.reset_index(drop=True)
    ei, ej, first, off = aggregate.edges_with_order(window)
    row = window["row"].to_numpy()
    day = window["day"].to_numpy()
    own = (day[ei] >= lo) & (day[ei] < hi)
    return pd.DataFrame({"first": row[first[own]], "off": off[own], "i": row[ei[own]], "j": row[ej[own]]})


def _windows(day: np.ndarray, per_window: int) -> list[tuple[int, int]]:
    """[lo, hi) day ranges holding about `per_window` events each; events without a date get their own."""
    days, counts = np.unique(day, return_counts=True)
    out: list[tuple[int, int]] = []
    lo, acc = None, 0
    for d, c in zip(days.tolist(), counts.tolist()):
        if d == aggregate.NO_DATE:
            out.append((d, d + 1))
            continue
        if lo is None:
            lo = d
        acc += c
        if acc >= per_window:
            out.append((lo, d + 1))
            lo, acc = None, 0
    if lo is not None:
        out.append((lo, int(days.max()) + 1))
    return out


class DaskEngine:
    """A Dask client for one run: an existing cluster (scheduler address) or a local one."""

    def __init__(self, scheduler: str | None = None, files_per_partition: int | None = None,
                 events_per_window: int | None = None, **cluster_kw):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the Dask engine needs the 'dask' extra: pip install 'strikemap[dask]'") from None
        self.files_per_partition = files_per_partition or FILES_PER_PARTITION
        self.events_per_window = events_per_window or EVENTS_PER_WINDOW
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                cluster_kw.setdefault("n_workers", os.cpu_count() or 1)
                cluster_kw.setdefault("threads_per_worker", 1)
                cluster_kw.setdefault("dashboard_address", None)
                self._cluster = LocalCluster(**cluster_kw)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}") from None

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def run(self, paths: Iterable[str], published: date | None = None, extra_gazetteer: Iterable[str | Path] = (),
            stdin=None, include_outside: bool = False) -> Run:
        """Reports → events on the workers, in the local engine's order (input order, then the stable sort)."""
        from .reports import expand, iter_reports

        problems: list[InputProblem] = []
        items: list = []
        seen: set[str] = set()
        for item in expand(paths, problems):
            if item == "-":  # standard input is only on the client
                items.extend(iter_reports(["-"], published, problems, stdin))
                continue
            try:
                key = str(Path(item).resolve())
            except (OSError, RuntimeError) as exc:
                problems.append(InputProblem(str(item), f"cannot be read ({exc})"))
                continue
            if key not in seen:
                seen.add(key)
                items.append(str(item))
        extra = tuple(str(Path(e).resolve()) for e in extra_gazetteer)
        futures = self.client.map(_extract_partition, _partitions(items, self.files_per_partition),
                                  published=published, extra_gazetteer=extra, include_outside=include_outside,
                                  pure=False)
        rows, failed, unlocated, n_reports = [], [], [], 0
        for p in self.client.gather(futures):
            problems.extend(p["read_problems"])
            failed.extend(p["failed"])
            rows.extend(p["rows"])
            unlocated.extend(p["unlocated"])
            n_reports += p["n_reports"]
        problems.extend(failed)  # extraction failures after the reading problems, as in the local engine
        events = [Event(**dict(d, evidence_all=d["evidence_all"].split(" || ") if d["evidence_all"] else []))
                  for d in rows]
        events.sort(key=_sort_key)
        return Run(n_reports, events, problems, unlocated=unlocated)

    def group_events(self, rows: list[dict]) -> list[list[int]]:
        """aggregate.group_events, with the pair search spread over date partitions."""
        if not rows:
            return []
        return self.group_frame(aggregate.frame(rows))

    def group_frame(self, df: pd.DataFrame) -> list[list[int]]:
        """group_events() on the grouping columns alone (aggregate.frame())."""
        import dask.dataframe as dd

        if len(df) == 0:
            return []
        df = df.copy()
        df["row"] = np.arange(len(df))
        day = df["day"].to_numpy()
        windows = _windows(day, self.events_per_window)
        # one partition per date window, holding a day more on either side
        futures = [self.client.submit(_window_edges, df[(day >= lo - 1) & (day <= hi)], lo, hi, pure=False)
                   for lo, hi in windows]
        meta = pd.DataFrame({"first": [], "off": [], "i": [], "j": []}, dtype=np.int64)
        edges = dd.from_delayed(futures, meta=meta, verify_meta=False).compute()
        order = np.lexsort((edges["j"].to_numpy(), edges["i"].to_numpy(), edges["off"].to_numpy(),
                            edges["first"].to_numpy()))
        ei, ej = edges["i"].to_numpy()[order], edges["j"].to_numpy()[order]
        return aggregate.groups_from_labels(aggregate.labels_from_edges(df, ei, ej))

    def incidents(self, rows: list[dict]) -> list[dict]:
        return aggregate.incidents(rows, grouper=self.group_events)

