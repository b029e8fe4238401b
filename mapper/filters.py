"""Narrowing events to a period, an area, a kind: the same filters for every output.

Filters apply to events before they are aggregated, so the map, the GeoJSON
and the CSVs always show the same slice. Areas are tested with shapely's
`covers`, so a point on a polygon's edge is inside and a point in a hole is not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from gazetteer import Gazetteer


class FilterError(ValueError):
    """A filter value that cannot be used; the message says what is wrong."""


@dataclass
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, radius km
    bbox: tuple[float, float, float, float] | None = None  # W, S, E, N
    areas: list = field(default_factory=list)  # shapely geometries, all must cover
    types: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    max_precision: int | None = None  # --min-precision 2 keeps precision 1 and 2

    def active(self) -> bool:
        return any([self.date_from, self.date_to, self.near, self.bbox, self.areas, self.types, self.statuses,
                    self.max_precision])

    def keep(self, r: dict) -> bool:
        d = r.get("event_date")
        if (self.date_from or self.date_to) and not d:
            return False
        if self.date_from and d < self.date_from.isoformat():
            return False
        if self.date_to and d > self.date_to.isoformat():
            return False
        if self.types and r.get("event_type") not in self.types:
            return False
        if self.statuses and r.get("status") not in self.statuses:
            return False
        if self.max_precision is not None and r.get("geo_precision", 3) > self.max_precision:
            return False
        lat, lon = r["lat"], r["lon"]
        if self.bbox:
            w, s, e, n = self.bbox
            if not (s <= lat <= n and w <= lon <= e):
                return False
        if self.near:
            from geopy.distance import geodesic

            if geodesic((self.near[0], self.near[1]), (lat, lon)).km > self.near[2]:
                return False
        if self.areas:
            from shapely.geometry import Point

            pt = Point(lon, lat)
            if not all(a.covers(pt) for a in self.areas):
                return False
        return True

    def apply(self, rows: list[dict]) -> list[dict]:
        return [r for r in rows if self.keep(r)] if self.active() else list(rows)


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    parts = text.split(",")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise FilterError(f"--bbox {text!r}: expected four numbers W,S,E,N (e.g. 39.5,34.2,41.3,35.9)") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90):
        raise FilterError(f"--bbox {text!r}: longitudes must be within ±180 and latitudes within ±90")
    if w >= e or s >= n:
        raise FilterError(f"--bbox {text!r}: west must be less than east and south less than north")
    return w, s, e, n


def read_area(path: str):
    """Union of the polygons in a GeoJSON file (Feature, FeatureCollection or bare geometry)."""
    import shapely
    from shapely.geometry import shape

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise FilterError(f"--within {path}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FilterError(f"--within {path}: not valid GeoJSON ({exc})") from None
    if not isinstance(doc, dict) or "type" not in doc:
        raise FilterError(f"--within {path}: not a GeoJSON object")
    if doc["type"] == "FeatureCollection":
        geoms = [f.get("geometry") for f in doc.get("features") or []]
    elif doc["type"] == "Feature":
        geoms = [doc.get("geometry")]
    else:
        geoms = [doc]
    polys = []
    for g in geoms:
        if not isinstance(g, dict) or g.get("type") not in ("Polygon", "MultiPolygon"):
            raise FilterError(f"--within {path}: every geometry must be a Polygon or MultiPolygon "
                              f"(found {g.get('type') if isinstance(g, dict) else g!r})")
        try:
            geom = shape(g)
        except (ValueError, TypeError, IndexError, AttributeError) as exc:
            raise FilterError(f"--within {path}: malformed {g.get('type')} ({exc})") from None
        if not geom.is_valid:
            raise FilterError(f"--within {path}: invalid {g.get('type')} ({shapely.is_valid_reason(geom)})")
        polys.append(geom)
    if not polys:
        raise FilterError(f"--within {path}: no polygons in the file")
    area = shapely.union_all(polys)
    shapely.prepare(area)
    return area


def build_filters(gaz: Gazetteer, date_from: date | None = None, date_to: date | None = None,
                  near: str | None = None, radius_km: float | None = None, bbox: str | None = None,
                  within: str | None = None, district: str | None = None, subdistrict: str | None = None,
                  types=(), statuses=(), min_precision: int | None = None) -> Filters:
    f = Filters(date_from=date_from, date_to=date_to, types=set(types), statuses=set(statuses),
                max_precision=min_precision)
    if date_from and date_to and date_from > date_to:
        raise FilterError(f"--from {date_from} is after --to {date_to}")
    if near:
        cands = gaz.lookup(near)
        if not cands:
            raise FilterError(f"--near {near!r}: no such place in the gazetteer; closest: {', '.join(gaz.suggest(near))}")
        p = cands[0].place
        f.near = (p.lat, p.lon, radius_km if radius_km is not None else 10.0)
    elif radius_km is not None:
        raise FilterError("--radius-km needs --near PLACE")
    if bbox:
        f.bbox = parse_bbox(bbox)
    if within:
        f.areas.append(read_area(within))
    for name, level in ((district, "district"), (subdistrict, "subdistrict")):
        if not name:
            continue
        area = gaz.areas.find(name, level) if gaz.areas else None
        if area is None:
            names = sorted(a.name for a in gaz.areas.areas if a.level == level) if gaz.areas else []
            from rapidfuzz import process

            close = [n for n, _, _ in process.extract(name, names, limit=3)]
            raise FilterError(f"--{level} {name!r}: no such {level}; closest: {', '.join(close)} "
                              f"(all: {', '.join(names)})")
        f.areas.append(area.geometry)
    return f
