"""Why each place mention of a report became an event or not, in words a reader can check.

`strikemap explain REPORT` prints these lines; `explain()` gives the same decisions as data.
"""

from __future__ import annotations

from gazetteer import Gazetteer

from .decisions import Decision, Extraction
from .extract import extract_report
from .model import Report


def explain(report: Report, gazetteer: Gazetteer | None = None, include_outside: bool = False) -> Extraction:
    """The report's events with a decision for every place mention and the strikes no place was found for."""
    return extract_report(report, gazetteer, include_outside)


def _short(sentence: str, limit: int = 160) -> str:
    one = " ".join(sentence.split())
    return one if len(one) <= limit else one[:limit - 1] + "…"


def explain_lines(report: Report, result: Extraction) -> list[str]:
    """One block per mention: the mention and place, EVENT or no event with the reason, then the sentence."""
    lines = [f"{report.id}: {len(result.events)} events, {len(result.decisions)} place mentions"]
    for d in result.decisions:
        lines.extend(_decision_lines(d))
    for u in result.unlocated:
        lines.append(f"  '{u.words}' -> UNLOCATED: {u.why}")
        lines.append(f"      {_short(u.sentence)}")
    return lines


def _decision_lines(d: Decision) -> list[str]:
    verdict = "EVENT" if d.event else "no event"
    out = [f"  '{d.mention}' [{d.place_id}] @{d.start} -> {verdict}: {d.reason}"]
    if d.sentence:
        out.append(f"      {_short(d.sentence)}")
    return out
