"""Validation of the gazetteer, for the test suite and `strikemap gazetteer check`.

Problems are what must be fixed before data ships (a point off the map, a
place inside the governorate with no district). Disagreements are reviewed
facts: a curated point and Who's On First's point for the same place more than
DISAGREE_KM apart, with the point kept and the reason from wof_matches.csv.
They only become problems when the review no longer holds (the kept point is
not the place's point, or no reason was given).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import Point

from .keys import name_keys
from .normalize import fold
from .places import DATA_DIR

OUTSIDE_LIMIT_KM = 150.0
DISAGREE_KM = 2.0
CROSS_SOURCE_CSV = DATA_DIR / "cross_source.csv"


@dataclass
class CheckReport:
    places: int = 0
    names: int = 0
    problems: list[str] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    at_parent_point: int = 0
    inside_without_district: int = 0
    disagreements: list[str] = field(default_factory=list)

    @property
    def parent_share(self) -> float:
        return self.at_parent_point / self.places if self.places else 0.0


def read_cross_source(path: Path = CROSS_SOURCE_CSV) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check(gaz, cross_source: list[dict[str, str]] | None = None) -> CheckReport:
    rep = CheckReport(places=len(gaz.places))
    areas = gaz.areas
    owners: dict[str, set[str]] = {}
    for p in gaz.places.values():
        rep.names += len(p.names)
        if p.source.startswith("parent:"):
            rep.at_parent_point += 1
        if not p.source:
            rep.problems.append(f"{p.id}: no source")
        if not p.licence:
            rep.problems.append(f"{p.id}: no licence")
        if p.precision == "approximate" and not p.radius_km:
            rep.problems.append(f"{p.id}: approximate without a radius")
        for n in p.names:
            if not fold(n):
                rep.problems.append(f"{p.id}: name {n!r} normalizes to nothing")
            for k in name_keys(n):
                owners.setdefault(k, set()).add(p.id)
        if p.parent and p.parent not in gaz.places:
            rep.problems.append(f"{p.id}: parent {p.parent!r} is not a place")
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            # Nothing below means anything for a point that is on no map.
            rep.problems.append(f"{p.id}: coordinate out of range ({p.lat}, {p.lon})")
            continue
        if areas is None:
            continue
        if p.outside:
            km = areas.km_outside_governorate(p.lat, p.lon)
            if km > OUTSIDE_LIMIT_KM and p.type not in ("country", "governorate", "region", "desert", "river"):
                rep.problems.append(f"{p.id}: marked outside but {km:.0f} km from the governorate (limit {OUTSIDE_LIMIT_KM:.0f})")
        else:
            if not p.district or not p.subdistrict:
                rep.inside_without_district += 1
                if areas.km_outside_governorate(p.lat, p.lon) == 0.0:
                    rep.problems.append(f"{p.id}: inside a district polygon but has no district or sub-district")
                else:
                    rep.problems.append(f"{p.id}: not marked outside, but its point is outside the governorate")
                continue
            sub = next((a for a in areas.subdistricts if a.name == p.subdistrict), None)
            if sub is None:
                rep.problems.append(f"{p.id}: unknown sub-district {p.subdistrict!r}")
            elif not sub.geometry.covers(Point(p.lon, p.lat)) and sub.geometry.distance(Point(p.lon, p.lat)) * 111 > 8:
                rep.problems.append(f"{p.id}: coordinate not inside its sub-district {p.subdistrict}")
    rep.ambiguous = {k: sorted(ids) for k, ids in sorted(owners.items()) if len(ids) > 1}
    for c in read_cross_source() if cross_source is None else cross_source:
        _check_cross(gaz, c, rep)
    return rep


def _check_cross(gaz, c: dict[str, str], rep: CheckReport) -> None:
    km = float(c["km"])
    if km <= DISAGREE_KM:
        return
    line = (f"{c['place_id']}: {c['other_source']} and {c['kept_source']} are {km:.1f} km apart; "
            f"kept {c['kept_source']}: {c['reason']}")
    rep.disagreements.append(line)
    p = gaz.places.get(c["place_id"])
    if p is None:
        rep.problems.append(f"{c['place_id']}: reviewed disagreement for a place that is not in the gazetteer")
        return
    if not c["reason"].strip():
        rep.problems.append(f"{p.id}: sources {km:.1f} km apart and no reason for the point kept")
    if abs(p.lat - float(c["kept_lat"])) > 1e-4 or abs(p.lon - float(c["kept_lon"])) > 1e-4:
        rep.problems.append(f"{p.id}: sources {km:.1f} km apart, and the place's point is not the one the review kept")
