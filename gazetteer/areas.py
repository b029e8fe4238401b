"""Administrative areas of the governorate: which district a point lies in.

The polygons are geoBoundaries' simplified ADM3 (nahiya) shapes, 12-56
vertices each, so a town on the Euphrates can fall a kilometre or two outside
its own sub-district. A point outside every polygon but within SNAP_KM of one
is given that nearest sub-district.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import shapely
from shapely.geometry import Point, shape

SNAP_KM = 8.0
KM_PER_DEG = 111.0


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    level: str  # governorate, district, subdistrict
    district: str
    geometry: object


class Areas:
    def __init__(self, areas: list[Area]):
        self.areas = areas
        self.by_id = {a.id: a for a in areas}
        for a in areas:
            shapely.prepare(a.geometry)

    @classmethod
    def from_geojson(cls, path: Path) -> "Areas":
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        areas = []
        for f in doc["features"]:
            p = f["properties"]
            areas.append(Area(p["id"], p["name"], p["level"], p.get("district", ""), shape(f["geometry"])))
        return cls(areas)

    @cached_property
    def subdistricts(self) -> list[Area]:
        return [a for a in self.areas if a.level == "subdistrict"]

    @cached_property
    def districts(self) -> list[Area]:
        return [a for a in self.areas if a.level == "district"]

    @cached_property
    def governorate(self) -> Area:
        return next(a for a in self.areas if a.level == "governorate")

    def locate(self, lat: float, lon: float) -> tuple[str, str] | None:
        """(district, subdistrict) names for a point, or None outside the governorate."""
        pt = Point(lon, lat)
        for a in self.subdistricts:
            if a.geometry.covers(pt):
                return a.district, a.name
        best = min(self.subdistricts, key=lambda a: a.geometry.distance(pt))
        if best.geometry.distance(pt) * KM_PER_DEG <= SNAP_KM:
            return best.district, best.name
        return None

    def km_outside_governorate(self, lat: float, lon: float) -> float:
        """Geodesic km from a point to the nearest edge of the governorate (0 inside)."""
        from shapely.ops import nearest_points

        from .resolve import km

        pt = Point(lon, lat)
        gov = self.governorate.geometry
        if gov.covers(pt):
            return 0.0
        near = nearest_points(gov, pt)[0]
        return km(lat, lon, near.y, near.x)

    def find(self, name: str, level: str | None = None) -> Area | None:
        from .normalize import fold

        key = fold(name).replace("district", "").replace("subdistrict", "").strip()
        for a in self.areas:
            if (level is None or a.level == level) and fold(a.name) == key:
                return a
        return None
