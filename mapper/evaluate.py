"""Scoring extraction against hand-coded gold events.

Two questions are kept apart, because they fail for different reasons: did the tool find the
places a report says were struck (place level), and did it give them the right day (date
accuracy)? A predicted event matches an expected one when both come from the same report and
name the same gazetteer place or lie within 5 km of it. Matching is one-to-one and prefers a
prediction on the gold date, then the same place id, then the nearest point, so a report that
names one place on two days is paired day by day. Precision, recall and F1 are place-level;
date accuracy is the share of matched places whose date equals the gold date; the "strict"
figures count only matches that also agree on the date (the definition used before dates were
scored separately).

Gold rows without a place id are strikes at places the gazetteer does not hold. They cannot be
matched to a point, so they are counted as ``unlocated`` and left out of precision and recall.

Gold files are grouped into splits by name: ``heldout_en.csv`` and ``heldout_ar.csv`` form the
split ``heldout``; a file named only by a language code (``en.csv``) belongs to ``tuning``.
Figures are kept per split and per report language.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer import Gazetteer, load
from gazetteer.resolve import km

from .pipeline import extract_all
from .reports import read_reports

MATCH_KM = 5.0
TUNING = "tuning"
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    unlocated: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)
    unlocated_rows: list[str] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.tp if self.tp else 0.0

    @property
    def strict_precision(self) -> float:
        return self.date_ok / self.predicted if self.predicted else 0.0

    @property
    def strict_recall(self) -> float:
        return self.date_ok / self.expected if self.expected else 0.0

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.date_ok += other.date_ok
        self.unlocated += other.unlocated


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def split_of(path: Path) -> str:
    """The split a gold file belongs to, read from its name (see the module docstring)."""
    stem = Path(path).stem.lower()
    if _LANG_CODE.match(stem):
        return TUNING
    head, sep, tail = stem.rpartition("_")
    if sep and _LANG_CODE.match(tail) and head:
        return head
    return stem


def read_gold(path: Path) -> dict[str, list[dict]]:
    """Located gold rows by report id; a report with no located row maps to an empty list."""
    return {rid: [r for r in rows if r["place_id"]] for rid, rows in read_gold_rows(path).items()}


def read_gold_rows(path: Path) -> dict[str, list[dict]]:
    """Every gold row that names a strike, located or not, by report id."""
    gold: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            row = {k: (v or "").strip() for k, v in row.items() if k is not None}
            rows = gold.setdefault(row.get("report_id", ""), [])
            if row.get("place_id") or row.get("event_date"):
                rows.append(row)
    gold.pop("", None)
    return gold


def _match(expected: list[dict], predicted: list, gaz: Gazetteer) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index) of the same place, best pairs first."""
    pairs = []
    for gi, e in enumerate(expected):
        gp = gaz.places.get(e["place_id"])
        for pi, p in enumerate(predicted):
            same_id = p.place_id == e["place_id"]
            dist = km(gp.lat, gp.lon, p.lat, p.lon) if gp is not None else (0.0 if same_id else float("inf"))
            if same_id or dist <= MATCH_KM:
                pairs.append((p.event_date != e["event_date"], not same_id, dist, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for *_, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _score_report(rid: str, rows: list[dict], predicted: list, gaz: Gazetteer, s: Score) -> None:
    expected = [r for r in rows if r["place_id"]]
    for r in rows:
        if not r["place_id"]:
            s.unlocated += 1
            s.unlocated_rows.append(f"{rid}: {r['event_date']} {r.get('event_type', '')} {r.get('note', '')}")
    pairs = _match(expected, predicted, gaz)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        s.tp += 1
        e, p = expected[gi], predicted[pi]
        if p.event_date == e["event_date"]:
            s.date_ok += 1
        else:
            s.wrong_dates.append(f"{rid}: {e['place_id']} gold {e['event_date']} predicted {p.event_date} <- {p.mention!r}")
    for gi, e in enumerate(expected):
        if gi not in matched_g:
            s.fn += 1
            s.misses.append(f"{rid}: {e['place_id']} {e['event_date']} {e.get('event_type', '')} {e.get('status', '')}")
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            s.fp += 1
            s.extras.append(f"{rid}: {p.place_id} {p.event_date} {p.event_type} {p.status} <- {p.mention!r}")


def _reports_for(gold_ids: set[str], report_paths: list[str]) -> dict:
    """The reports the gold names, by id. Unreadable files the gold does not need are ignored
    (a test corpus may hold deliberately hostile files); when a needed report is missing, the
    reading problems are part of the error, since one of them is usually why."""
    reports, problems = read_reports(report_paths)
    by_id = {r.id: r for r in reports}
    missing = sorted(gold_ids - set(by_id))
    if missing:
        why = f" ({'; '.join(str(p) for p in problems)})" if problems else ""
        raise ValueError(f"gold names reports that were not found: {', '.join(missing)}{why}")
    return by_id


def _score_gold(gold: dict[str, list[dict]], by_id: dict, gaz: Gazetteer) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for rid in sorted(gold):
        report = by_id[rid]
        s = scores.setdefault(report.language or "en", Score())
        _score_report(rid, gold[rid], extract_all([report], gaz), gaz, s)
    total = Score()
    for s in scores.values():
        total.add(s)
    scores["all"] = total
    return scores


def evaluate_splits(gold_paths: list[Path], report_paths: list[str],
                    gazetteer: Gazetteer | None = None) -> dict[str, dict[str, Score]]:
    """Scores by split, then by report language, each split with an ``all`` total."""
    gaz = gazetteer or load()
    by_split: dict[str, dict[str, list[dict]]] = {}
    for p in gold_paths:
        by_split.setdefault(split_of(Path(p)), {}).update(read_gold_rows(Path(p)))
    by_id = _reports_for({rid for gold in by_split.values() for rid in gold}, report_paths)
    return {split: _score_gold(gold, by_id, gaz) for split, gold in by_split.items()}


def evaluate(gold_paths: list[Path], report_paths: list[str], gazetteer: Gazetteer | None = None) -> dict[str, Score]:
    """Scores by report language over all the gold files taken together, with an ``all`` total."""
    gaz = gazetteer or load()
    gold: dict[str, list[dict]] = {}
    for p in gold_paths:
        gold.update(read_gold_rows(Path(p)))
    return _score_gold(gold, _reports_for(set(gold), report_paths), gaz)
