"""Narrowing events to a period, an area, a kind: the same filters for every output.

Filters apply to events before they are aggregated, so the map, the GeoJSON
and the CSVs always show the same slice. Areas are tested with shapely's
`covers`, so a point on a polygon's edge is inside and a point in a hole is not.
"""

from __future__ import annotations

import json
import re
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


MAX_NESTING = 16  # GeometryCollections inside GeometryCollections; real files use one or two levels


def _polygons_of(doc: dict, path: str) -> list[dict]:
    """The Polygon and MultiPolygon geometries of a GeoJSON object, walked without recursion.

    A hostile file can nest GeometryCollections thousands deep; a bounded loop
    turns that into a message instead of a RecursionError.
    """
    if doc["type"] == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise FilterError(f"--within {path}: 'features' must be a list")
        todo = [(f.get("geometry") if isinstance(f, dict) else f, 0) for f in features]
    elif doc["type"] == "Feature":
        todo = [(doc.get("geometry"), 0)]
    else:
        todo = [(doc, 0)]
    polys = []
    while todo:
        g, depth = todo.pop(0)
        kind = g.get("type") if isinstance(g, dict) else None
        if kind == "GeometryCollection":
            if depth >= MAX_NESTING:
                raise FilterError(f"--within {path}: GeometryCollection nested more than {MAX_NESTING} levels deep")
            parts = g.get("geometries")
            if not isinstance(parts, list):
                raise FilterError(f"--within {path}: a GeometryCollection without a 'geometries' list")
            todo.extend((part, depth + 1) for part in parts)
        elif kind in ("Polygon", "MultiPolygon"):
            polys.append(g)
        else:
            raise FilterError(f"--within {path}: every geometry must be a Polygon or MultiPolygon "
                              f"(found {kind or type(g).__name__})")
    return polys


def read_area(path: str):
    """Union of the polygons in a GeoJSON file (Feature, FeatureCollection, GeometryCollection or bare geometry)."""
    import shapely
    from shapely.geometry import shape

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise FilterError(f"--within {path}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FilterError(f"--within {path}: not valid GeoJSON ({exc})") from None
    except RecursionError:
        raise FilterError(f"--within {path}: not valid GeoJSON (nested too deeply to read)") from None
    if not isinstance(doc, dict) or "type" not in doc:
        raise FilterError(f"--within {path}: not a GeoJSON object")
    polys = []
    for g in _polygons_of(doc, path):
        try:
            geom = shape(g)
        except (ValueError, TypeError, IndexError, AttributeError, KeyError) as exc:
            raise FilterError(f"--within {path}: malformed {g.get('type')} ({exc})") from None
        except RecursionError:
            raise FilterError(f"--within {path}: malformed {g.get('type')} (coordinates nested too deeply)") from None
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
        if name:
            f.areas.append(resolve_area(gaz, name, level).geometry)
    return f


_AREA_WORDS = re.compile(r"\b(?:sub-?district|district|nahiy[ae]h?|mantiqa|area)\b|ناحية|منطقة", re.I)


def _area_keys(name: str) -> set[str]:
    """The matcher's folded keys of a name, without the words that say it is an area."""
    from gazetteer.keys import name_keys

    return set(name_keys(_AREA_WORDS.sub(" ", name).strip(" -")))


def resolve_area(gaz: Gazetteer, name: str, level: str):
    """The district or sub-district a user means, spelled any way the gazetteer knows a place.

    Districts and sub-districts are named after their seat, so "Albukamal",
    "Abou Kamal" or "البوكمال" must pick the same polygon that --near picks a
    point for. The area's own name is tried under the matcher's keys first
    (article forms, ayn and hamza), then the name is looked up as a place and
    the area named after that place (or the place that is the area) is taken.
    """
    if not gaz.areas:
        raise FilterError(f"--{level} {name!r}: the gazetteer has no district polygons")
    areas = [a for a in gaz.areas.areas if a.level == level]
    want = _area_keys(name)
    for a in areas:
        if want & _area_keys(a.name):
            return a
    cands = gaz.lookup(_AREA_WORDS.sub(" ", name).strip(" -") or name) or gaz.lookup(name)
    for c in cands:
        for a in areas:
            if c.place.id == a.id or _area_keys(c.place.name) & _area_keys(a.name):
                return a
    names = sorted(a.name for a in areas)
    other = "subdistrict" if level == "district" else "district"
    elsewhere = [a.name for a in gaz.areas.areas if a.level == other
                 and (want & _area_keys(a.name) or any(_area_keys(c.place.name) & _area_keys(a.name) for c in cands))]
    if elsewhere:
        raise FilterError(f"--{level} {name!r}: no such {level}, but there is a {other} {elsewhere[0]!r} "
                          f"(use --{other}); {level}s: {', '.join(names)}")
    from rapidfuzz import fuzz, process

    from gazetteer.normalize import fold

    folded = {fold(n): n for n in names}
    close = [folded[k] for k, _, _ in process.extract(fold(_AREA_WORDS.sub(" ", name)), list(folded),
                                                       scorer=fuzz.WRatio, limit=3)]
    raise FilterError(f"--{level} {name!r}: no such {level}; closest: {', '.join(close)} (all: {', '.join(names)})")
