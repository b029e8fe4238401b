"""A build's events and incidents on disk, so its memory does not grow with every evidence sentence.

An event row is some forty fields and its evidence sentences, a few kB; at
100,000 reports holding them all (and the incidents made from them) was most of
a build's 1.7 GB. Here each event goes to a JSON-lines file in the build's
staging folder as it is extracted, and only the columns that sorting, the
filters and grouping read stay in memory, one list each. The writers read the
full rows back in output order, one at a time. Incidents are made group by
group from the rows read back and spilled the same way.

JSON keeps every value a row holds (strings, ints, floats by repr, None,
lists, dicts) exactly, so the rows read back are the rows that went in and the
files are the same bytes as when every row was held in memory.
"""

from __future__ import annotations

import json
import sys
from array import array
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .model import Event

_intern = sys.intern


class _Spill:
    """Rows appended to one file, read back by number."""

    def __init__(self, path: Path):
        self.path = path
        self._f = open(path, "w+b")
        self._offsets = array("q")
        self._end = 0
        self._reading = False

    def append(self, row: dict) -> int:
        if self._reading:
            self._f.seek(0, 2)
            self._reading = False
        line = json.dumps(row).encode("ascii") + b"\n"  # ASCII: lone surrogates in hostile text survive too
        self._offsets.append(self._end)
        self._f.write(line)
        self._end += len(line)
        return len(self._offsets) - 1

    def __len__(self) -> int:
        return len(self._offsets)

    def read(self, numbers: Iterable[int]) -> Iterator[dict]:
        """The rows with these numbers, in the order given."""
        f = self._f
        if not self._reading:
            f.flush()
            self._reading = True
        offsets = self._offsets
        for i in numbers:
            f.seek(offsets[i])
            yield json.loads(f.readline())

    def close(self) -> None:
        self._f.close()
        self.path.unlink(missing_ok=True)


class EventStore:
    """Every event of a build: full rows in a file, sort keys and grouping columns in memory."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self._rows = _Spill(folder / "events.jsonl")
        self._incidents = _Spill(folder / "incidents.jsonl")
        self.report_id: list[str] = []
        self.span_start = array("q")
        self.place_id: list[str] = []
        self.event_id: list[str] = []
        self.event_type: list[str] = []
        self.event_date: list[str | None] = []
        self.status: list[str] = []
        self.geo_precision = array("q")
        self.lat = array("d")
        self.lon = array("d")
        self._inc_keys: list[tuple] = []

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, events: Iterable[Event]) -> None:
        for e in events:
            self._rows.append(e.as_dict())
            self.report_id.append(_intern(e.report_id))
            self.span_start.append(e.span_start)
            self.place_id.append(_intern(e.place_id))
            self.event_id.append(e.event_id)
            self.event_type.append(_intern(e.event_type))
            self.event_date.append(_intern(e.event_date) if e.event_date else e.event_date)
            self.status.append(_intern(e.status))
            self.geo_precision.append(e.geo_precision)
            self.lat.append(e.lat)
            self.lon.append(e.lon)

    def summary(self, report_count: int, problems) -> dict:
        """Run.summary()'s figures, from the columns."""
        dates = [d for d in self.event_date if d]
        return {"reports": report_count, "events": len(self), "places": len(set(self.place_id)),
                "date_range": (min(dates), max(dates)) if dates else None,
                "skipped": [str(p) for p in problems]}

    def order(self) -> list[int]:
        """Event numbers in the order the outputs list them (pipeline's sort key, stable)."""
        rid, span, pid, eid = self.report_id, self.span_start, self.place_id, self.event_id
        return sorted(range(len(self)), key=lambda i: (rid[i], span[i], pid[i], eid[i]))

    def select(self, order: list[int], keep: Callable[[dict], bool] | None) -> list[int]:
        """The events a filter keeps, in `order`; `keep` sees the fields filters read."""
        if keep is None:
            return order
        return [i for i in order if keep({"event_date": self.event_date[i], "event_type": self.event_type[i],
                                          "status": self.status[i], "geo_precision": self.geo_precision[i],
                                          "lat": self.lat[i], "lon": self.lon[i]})]

    def frame(self, numbers: list[int]):
        """The grouping columns of these events (mapper.aggregate.frame)."""
        from .aggregate import frame_from_columns

        return frame_from_columns([self.event_type[i] for i in numbers], [self.event_date[i] for i in numbers],
                                  [self.lat[i] for i in numbers], [self.lon[i] for i in numbers],
                                  [self.place_id[i] for i in numbers], [self.report_id[i] for i in numbers])

    def rows(self, numbers: Iterable[int]) -> Iterator[dict]:
        """Full event rows (Event.as_dict()), read back in the order given."""
        return self._rows.read(numbers)

    def make_incidents(self, numbers: list[int], groups: list[list[int]]) -> int:
        """Spill one incident per group (indexes into `numbers`); returns how many."""
        from .aggregate import incident

        for g in groups:
            inc = incident(list(self._rows.read(numbers[i] for i in g)))
            self._inc_keys.append((_intern(inc["event_date"] or ""), _intern(inc["place_id"]), inc["incident_id"]))
            self._incidents.append(inc)
        return len(self._incidents)

    def incidents(self) -> Iterator[dict]:
        """The incidents in output order (mapper.aggregate.incidents' sort)."""
        keys = self._inc_keys
        return self._incidents.read(sorted(range(len(keys)), key=keys.__getitem__))

    def close(self) -> None:
        self._rows.close()
        self._incidents.close()

    def write_outputs(self, path: Callable[[str], Path], keep: Callable[[dict], bool] | None,
                      group_frame: Callable, write_map: Callable, gazetteer=None) -> tuple[int, int]:
        """events.geojson/.csv, incidents.geojson/.csv and map.html of a build, each file written as its
        rows are read back; returns (events after the filter, incidents)."""
        from .aggregate import INCIDENT_COLUMNS
        from .exports import csv_writer, geojson_writer
        from .model import EVENT_COLUMNS

        numbers = self.select(self.order(), keep)
        with geojson_writer(path("events.geojson")) as gj, csv_writer(path("events.csv"), EVENT_COLUMNS) as cs:
            for r in self.rows(numbers):
                gj(r)
                cs(r)
        n_inc = self.make_incidents(numbers, group_frame(self.frame(numbers)))
        with geojson_writer(path("incidents.geojson")) as gj, csv_writer(path("incidents.csv"), INCIDENT_COLUMNS) as cs:
            for r in self.incidents():
                gj(r)
                cs(r)
        write_map(self.incidents, path("map.html"), gazetteer=gazetteer)
        return len(numbers), n_inc
