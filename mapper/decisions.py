"""What extraction decided about each place mention, and why, as data.

Every place mention in a report ends as an event or not, for a reason a reader can check against the sentence:
"origin: 'fired from'", "region with places inside", "background paragraph". `strikemap explain` prints these;
journalists verifying a map and developers tuning a rule read the same records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Event


@dataclass(frozen=True)
class Decision:
    """One place mention: the place it names, whether it became (part of) an event, and the reason in words."""

    start: int
    end: int
    mention: str
    place_id: str
    event: bool
    reason: str
    sentence: str
    event_id: str = ""


@dataclass(frozen=True)
class Unlocated:
    """A strike sentence whose struck place is not in the gazetteer: the words that look like a place."""

    report_id: str
    sentence: str
    words: str
    why: str
    source: str = ""
    url: str = ""
    published: str | None = None


UNLOCATED_COLUMNS = ["report_id", "source", "url", "published", "words", "why", "sentence"]


@dataclass
class Extraction:
    """What one report yields: its events, a decision per place mention, and the strikes no place was found for."""

    events: list[Event]
    decisions: list[Decision] = field(default_factory=list)
    unlocated: list[Unlocated] = field(default_factory=list)


def unlocated_rows(items: list[Unlocated]) -> list[dict]:
    """Rows for unlocated.csv; exports.csv_text neutralises every cell against spreadsheet formulas."""
    return [{"report_id": u.report_id, "source": u.source, "url": u.url, "published": u.published or "",
             "words": u.words, "why": u.why, "sentence": " ".join(u.sentence.split())} for u in items]
