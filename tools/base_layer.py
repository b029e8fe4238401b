"""Rebuild mapper/static/rivers.geojson, the map's offline river, from Natural Earth.

    python tools/base_layer.py ne_10m_rivers_lake_centerlines.json > mapper/static/rivers.geojson

The input is Natural Earth's 1:10m rivers_lake_centerlines (public domain) as
TopoJSON, e.g. the copy in github.com/ZhuYaci/FIT3179Week9. Every feature whose
name_en is Euphrates (Natural Earth splits it into Euphrates, Firat and Al Furat)
is merged, clipped to the region around Deir ez-Zor and simplified to ~150 m.
Natural Earth has no Khabur, so the file holds the Euphrates only.
"""

from __future__ import annotations

import json
import sys

from shapely.geometry import MultiLineString, box
from shapely.ops import linemerge

BBOX = (38.0, 33.8, 42.2, 36.6)  # west, south, east, north
TOLERANCE = 0.0015  # degrees, about 150 m
SOURCE = ("Natural Earth 1:10m physical vectors, rivers_lake_centerlines v5 (public domain, naturalearthdata.com), "
          "read from the TopoJSON copy in github.com/ZhuYaci/FIT3179Week9 (ne_10m_rivers_lake_centerlines.json); "
          "the features whose name_en is Euphrates (Euphrates, Firat, Al Furat), merged, clipped to lon 38.0-42.2, "
          "lat 33.8-36.6, simplified to 0.0015 degrees (about 150 m) and rounded to 4 decimals by tools/base_layer.py")


def lines_from_topojson(topo: dict, obj: str = "ne_10m_rivers_lake_centerlines"):
    """(properties, [line, ...]) per geometry, with TopoJSON's quantised delta arcs decoded."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def line(idx):
        out = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(a if not out else a[1:])
        return out

    for g in topo["objects"][obj]["geometries"]:
        if g["type"] == "LineString":
            yield g.get("properties", {}), [line(g["arcs"])]
        elif g["type"] == "MultiLineString":
            yield g.get("properties", {}), [line(part) for part in g["arcs"]]


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    lines = [ln for props, ls in lines_from_topojson(topo) if props.get("name_en") == "Euphrates" for ln in ls]
    geom = linemerge(MultiLineString(lines)).intersection(box(*BBOX)).simplify(TOLERANCE, preserve_topology=False)
    parts = getattr(geom, "geoms", [geom])
    coords = [[[round(x, 4), round(y, 4)] for x, y in part.coords] for part in parts]
    doc = {"type": "FeatureCollection", "source": SOURCE, "licence": "public domain (Natural Earth terms of use)",
           "features": [{"type": "Feature", "properties": {"kind": "river", "name": "Euphrates", "name_ar": "الفرات"},
                         "geometry": {"type": "MultiLineString", "coordinates": coords}}]}
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main(sys.argv[1])
