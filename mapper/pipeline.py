"""Reports → events → outputs, as one library call the CLI wraps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from gazetteer import Gazetteer, load

from .extract import extract_events
from .model import EVENT_COLUMNS, Event, InputProblem, Report
from .reports import read_reports


@dataclass
class Run:
    """What a run produced: events (small, kept for aggregation), not the report texts."""

    report_count: int
    events: list[Event]
    problems: list[InputProblem] = field(default_factory=list)

    def summary(self) -> dict:
        dates = sorted(e.event_date for e in self.events if e.event_date)
        return {
            "reports": self.report_count,
            "events": len(self.events),
            "places": len({e.place_id for e in self.events}),
            "date_range": (dates[0], dates[-1]) if dates else None,
            "skipped": [str(p) for p in self.problems],
        }


def extract_all(reports: Iterable[Report], gazetteer: Gazetteer | None = None,
                problems: list[InputProblem] | None = None) -> list[Event]:
    """Events of every report; a report that cannot be read is named, the rest go on."""
    gaz = gazetteer or load()
    events: list[Event] = []
    for r in reports:
        try:
            events.extend(extract_events(r, gaz))
        except Exception as exc:  # one bad report must not lose the others
            if problems is None:
                raise
            problems.append(InputProblem(r.path or r.id, f"extraction failed ({exc.__class__.__name__}: {exc})"))
    events.sort(key=lambda e: (e.report_id, e.span_start, e.place_id, e.event_id))
    return events


def run(paths: Iterable[str], published: date | None = None, extra_gazetteer: Iterable[str | Path] = (),
        stdin=None) -> Run:
    gaz = load(tuple(extra_gazetteer))
    reports, problems = read_reports(paths, published=published, stdin=stdin)
    reports.sort(key=lambda r: (r.id, r.path))
    events = extract_all(reports, gaz, problems)
    return Run(len(reports), events, problems)


def events_frame(reports: Iterable[Report], gazetteer: Gazetteer | None = None):
    """One row per event (a pandas DataFrame), columns as in the exports."""
    import pandas as pd

    events = extract_all(list(reports), gazetteer)
    return pd.DataFrame([e.as_dict() for e in events], columns=EVENT_COLUMNS)
