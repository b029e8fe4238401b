"""Scoring extraction against hand-coded gold events.

A predicted event matches an expected one when both come from the same report,
on the same date, and name the same gazetteer place or lie within 5 km of it.
Matching is one-to-one, so two predictions for one expected event count one
hit and one false positive. Figures are kept per report language.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer import Gazetteer, load
from gazetteer.resolve import km

from .pipeline import extract_all
from .reports import read_reports

MATCH_KM = 5.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows = gold.setdefault(row["report_id"].strip(), [])
            if row.get("place_id", "").strip():
                rows.append({k: (v or "").strip() for k, v in row.items()})
    return gold


def evaluate(gold_paths: list[Path], report_paths: list[str], gazetteer: Gazetteer | None = None) -> dict[str, Score]:
    gaz = gazetteer or load()
    gold: dict[str, list[dict]] = {}
    for p in gold_paths:
        gold.update(read_gold(Path(p)))
    reports, problems = read_reports(report_paths)
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    by_id = {r.id: r for r in reports}
    missing = sorted(set(gold) - set(by_id))
    if missing:
        raise ValueError(f"gold names reports that were not found: {', '.join(missing)}")
    scores: dict[str, Score] = {}
    for rid in sorted(gold):
        report = by_id[rid]
        lang = report.language or "en"
        s = scores.setdefault(lang, Score())
        predicted = extract_all([report], gaz)
        expected = list(gold[rid])
        used = set()
        for e in expected:
            gp = gaz.places.get(e["place_id"])
            hit = None
            for i, p in enumerate(predicted):
                if i in used or p.event_date != e["event_date"]:
                    continue
                same = p.place_id == e["place_id"] or (
                    gp is not None and km(gp.lat, gp.lon, p.lat, p.lon) <= MATCH_KM)
                if same:
                    hit = i
                    break
            if hit is None:
                s.fn += 1
                s.misses.append(f"{rid}: {e['place_id']} {e['event_date']} {e.get('event_type', '')} {e.get('status', '')}")
            else:
                used.add(hit)
                s.tp += 1
        for i, p in enumerate(predicted):
            if i not in used:
                s.fp += 1
                s.extras.append(f"{rid}: {p.place_id} {p.event_date} {p.event_type} {p.status} <- {p.mention!r}")
    total = Score()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    scores["all"] = total
    return scores
