"""What flows through the pipeline: reports in, events out.

Typed records rather than dicts, so that every stage agrees on field names and
a typo is an error, not a silently empty column.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date


@dataclass(frozen=True)
class Report:
    id: str
    text: str
    path: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    language: str = ""
    title: str = ""


@dataclass(frozen=True)
class InputProblem:
    """An input that was rejected, and why; printed as one line on stderr."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class Event:
    """One strike (or explosion) at one place, as one report tells it."""

    event_id: str
    report_id: str
    source: str
    url: str
    published: str | None
    event_date: str | None
    date_precision: str
    event_type: str
    place: str
    place_ar: str
    place_id: str
    place_type: str
    mention: str
    lat: float
    lon: float
    anchor_lat: float
    anchor_lon: float
    geo_precision: int
    uncertainty_km: float
    qualifier: str
    district: str
    subdistrict: str
    status: str
    attribution: str
    attribution_certainty: str
    target: str
    fatalities: int | None
    fatalities_max: int | None
    fatalities_text: str
    strikes: int | None
    strikes_max: int | None
    strike_group: str
    group_strikes: int | None
    group_strikes_max: int | None
    count_text: str
    cited_sources: str
    evidence: str
    evidence_all: list[str] = field(default_factory=list)
    span_start: int = 0
    span_end: int = 0
    language: str = "en"
    flags: str = ""

    def as_dict(self) -> dict:
        """The export row: a shallow dict (every value is immutable or joined), no deepcopy."""
        d = {name: getattr(self, name) for name in EVENT_COLUMNS}
        d["evidence_all"] = " || ".join(self.evidence_all)
        return d

    def to_record(self) -> dict:
        """A JSON-safe dict that `Event.from_record` turns back into the same event (the cache's form)."""
        d = {name: getattr(self, name) for name in EVENT_COLUMNS}
        d["evidence_all"] = list(self.evidence_all)
        return d

    @classmethod
    def from_record(cls, d: dict) -> "Event":
        return cls(**d)


EVENT_COLUMNS = [f.name for f in fields(Event)]


def stable_id(*parts: object, length: int = 16) -> str:
    """An id that depends only on what identifies the thing, so reruns agree."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:length]
