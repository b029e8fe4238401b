"""The map's own base layer, drawn from data inside the file so the map reads offline.

Online tiles are a bonus; the map is most often opened from an e-mail with no
network. What a reader of this region finds their way by goes into the page:
the Euphrates and the Khabur (Natural Earth centre lines, `static/rivers.geojson`,
with source and licence inside), the governorate, district and sub-district
outlines with their names, and every gazetteer place as a label that appears
by zoom level (cities, then towns, then villages), in English and Arabic.
Search keys are the gazetteer's own folded name keys, so the search box finds
a place by any spelling the extractor matches.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache

from gazetteer.keys import ARTICLES, name_keys
from gazetteer.normalize import fold

from .assets import static

# Zoom from which a place's label is drawn, by gazetteer type: cities first, towns next, villages zoomed in.
LABEL_ZOOM = {"city": 7, "town": 9, "village": 11, "neighbourhood": 13}
OTHER_LABEL_ZOOM = 12  # airports, bridges, fields, sites
NO_LABEL = {"governorate", "region", "desert", "river", "country", "type"}
# Outline names: the governorate when zoomed out, districts, then sub-districts.
AREA_ZOOM = {"governorate": (5, 7), "district": (8, 9), "subdistrict": (10, 11)}
SEARCH_RANK = {"city": 1, "town": 2, "village": 3}


def _decimals(coords, n: int = 4):
    if isinstance(coords, (int, float)):
        return round(coords, n)
    return [_decimals(c, n) for c in coords]


@lru_cache(maxsize=1)
def rivers() -> dict:
    return json.loads(static("rivers.geojson"))


def _river_label_points(fc: dict, step: float = 0.9) -> list[tuple[float, float]]:
    """Points along each river, about 90 km apart, so one label is in view at any zoom."""
    out = []
    for f in fc["features"]:
        for line in f["geometry"]["coordinates"]:
            last = None
            for lon, lat in line[len(line) // 10:]:
                if last is None or abs(lon - last[0]) + abs(lat - last[1]) >= step:
                    out.append((f["properties"]["name"], f["properties"].get("name_ar", ""), lat, lon))
                    last = (lon, lat)
    return out


def search_key(key: str) -> str:
    """A folded key without its articles (al-, el-, ad-, ash- ...): the page strips them from the
    query the same way, which keeps the shipped key list a fifth of the extractor's."""
    toks = key.split()
    return " ".join(t for i, t in enumerate(toks) if not (t in ARTICLES and i + 1 < len(toks)))


def base_layer(gazetteer) -> dict:
    """Outlines, rivers, labels and the search index, as one JSON-able value."""
    places = [p for p in gazetteer.places.values()] if isinstance(gazetteer.places, dict) else list(gazetteer.places)
    by_name = {}
    for p in places:
        by_name.setdefault(fold(p.name), p)
    outlines, labels = [], []
    if gazetteer.areas is not None:
        from shapely.geometry import mapping

        for a in gazetteer.areas.areas:
            match = by_name.get(fold(a.name.replace(" Governorate", "")))
            name_ar = match.name_ar if match else ""
            geom = a.geometry.simplify(0.001, preserve_topology=True)
            outlines.append({"type": "Feature", "properties": {"name": a.name, "name_ar": name_ar, "level": a.level},
                             "geometry": {**mapping(geom), "coordinates": _decimals(mapping(geom)["coordinates"])}})
            if a.level in AREA_ZOOM:
                pt = a.geometry.representative_point()
                lo, hi = AREA_ZOOM[a.level]
                labels.append([a.name, name_ar, round(pt.y, 4), round(pt.x, 4), lo, hi, "area-" + a.level])
    for en, ar, lat, lon in _river_label_points(rivers()):
        labels.append([en, ar, lat, lon, 7, 18, "river"])
    # A place not located by any source sits on its parent's point; a label there would name the
    # wrong spot, so only places with a point of their own get one (all are still found by search).
    at = Counter((round(p.lat, 4), round(p.lon, 4)) for p in places)
    search = []
    for p in sorted(places, key=lambda p: (SEARCH_RANK.get(p.type, 4), p.name)):
        borrowed = p.precision != "exact" and at[(round(p.lat, 4), round(p.lon, 4))] > 1
        if p.type not in NO_LABEL and not borrowed:
            labels.append([p.name, p.name_ar, round(p.lat, 5), round(p.lon, 5),
                           LABEL_ZOOM.get(p.type, OTHER_LABEL_ZOOM), 18, "place-" + ("city" if p.type == "city" else
                           "town" if p.type == "town" else "village" if p.type == "village" else "other")])
        keys = sorted({search_key(k) for n in p.names for k, trim in name_keys(n).items() if trim == 0})
        search.append([p.id, p.name, p.name_ar, round(p.lat, 5), round(p.lon, 5), SEARCH_RANK.get(p.type, 4),
                       p.type, keys])
    return {"outlines": {"type": "FeatureCollection", "features": outlines}, "rivers": rivers(),
            "labels": labels, "places": search}
