"""Validation of the gazetteer, for the test suite and `strikemap gazetteer check`."""

from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry import Point

from .keys import name_keys
from .normalize import fold

OUTSIDE_LIMIT_KM = 150.0


@dataclass
class CheckReport:
    places: int = 0
    names: int = 0
    problems: list[str] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)


def check(gaz) -> CheckReport:
    rep = CheckReport(places=len(gaz.places))
    areas = gaz.areas
    owners: dict[str, set[str]] = {}
    for p in gaz.places.values():
        rep.names += len(p.names)
        if not p.source:
            rep.problems.append(f"{p.id}: no source")
        if not p.licence:
            rep.problems.append(f"{p.id}: no licence")
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            rep.problems.append(f"{p.id}: coordinate out of range")
        if p.precision == "approximate" and not p.radius_km:
            rep.problems.append(f"{p.id}: approximate without a radius")
        for n in p.names:
            if not fold(n):
                rep.problems.append(f"{p.id}: name {n!r} normalizes to nothing")
            for k in name_keys(n):
                owners.setdefault(k, set()).add(p.id)
        if p.parent and p.parent not in gaz.places:
            rep.problems.append(f"{p.id}: parent {p.parent!r} is not a place")
        if areas is None:
            continue
        if p.outside:
            km = areas.km_outside_governorate(p.lat, p.lon)
            if km > OUTSIDE_LIMIT_KM and p.type not in ("country", "governorate", "region", "desert", "river"):
                rep.problems.append(f"{p.id}: marked outside but {km:.0f} km from the governorate (limit {OUTSIDE_LIMIT_KM:.0f})")
        else:
            if not p.district:
                rep.problems.append(f"{p.id}: inside the governorate but in no district polygon")
                continue
            sub = next((a for a in areas.subdistricts if a.name == p.subdistrict), None)
            if sub is None:
                rep.problems.append(f"{p.id}: unknown sub-district {p.subdistrict!r}")
            elif not sub.geometry.covers(Point(p.lon, p.lat)) and sub.geometry.distance(Point(p.lon, p.lat)) * 111 > 8:
                rep.problems.append(f"{p.id}: coordinate not inside its sub-district {p.subdistrict}")
    rep.ambiguous = {k: sorted(ids) for k, ids in sorted(owners.items()) if len(ids) > 1}
    return rep
