"""Rebuild mapper/static/rivers.geojson, the map's offline rivers, from Natural Earth.

    python tools/base_layer.py ne_10m_rivers_lake_centerlines.json ne_10m_rivers_europe.json \
        > mapper/static/rivers.geojson

Both inputs are Natural Earth 1:10m physical vectors (public domain):
- rivers_lake_centerlines as TopoJSON, the copy in github.com/ZhuYaci/FIT3179Week9
  (commit 3467264, ne_10m_rivers_lake_centerlines.json). Every feature whose name_en is
  Euphrates (Natural Earth splits it into Euphrates, Firat and Al Furat) is merged.
- the Europe supplement rivers_europe as GeoJSON, the copy in
  github.com/martynafford/natural-earth-geojson (commit 0b9a6ce, 10m/physical/ne_10m_rivers_europe.json).
  The basic file has no Khabur; the supplement (derived from the JRC's CCM 2.1 river network, which
  reaches the Euphrates-Tigris basin) has it, unnamed. It is picked by its course, not drawn by hand:
  the one line passing within 3 km of the gazetteer points of al-Busayrah (its mouth), al-Suwar and
  al-Shaddadi, three towns on the Khabur. Exactly one line must qualify, or the tool stops.
Each river is clipped to the region around Deir ez-Zor and simplified to ~150 m.
The gazetteer build reads the Euphrates back from the output for regions defined by one of its banks
(gazetteer/extent.py): after rebuilding this file, run `python -m gazetteer.build`.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from shapely.geometry import LineString, MultiLineString, Point, box, shape
from shapely.ops import linemerge

BBOX = (38.0, 33.8, 42.2, 36.6)  # west, south, east, north
TOLERANCE = 0.0015  # degrees, about 150 m
KHABUR_TOWNS = ("al-busayrah", "al-suwar", "al-shaddadi")
KHABUR_NEAR = 0.03  # degrees, about 3 km
PLACES = Path(__file__).resolve().parent.parent / "gazetteer" / "data" / "places.csv"
CLIP = "clipped to lon 38.0-42.2, lat 33.8-36.6, simplified to 0.0015 degrees (about 150 m) and rounded to 4 decimals"
EUPHRATES_SOURCE = ("Natural Earth 1:10m physical vectors, rivers_lake_centerlines (public domain, naturalearthdata.com), "
                    "read from the TopoJSON copy in github.com/ZhuYaci/FIT3179Week9 (commit 3467264, "
                    "ne_10m_rivers_lake_centerlines.json); the features whose name_en is Euphrates (Euphrates, Firat, "
                    "Al Furat), merged, " + CLIP)
KHABUR_SOURCE = ("Natural Earth 1:10m physical vectors, rivers_europe supplement (public domain; derived with permission "
                 "from the European Commission JRC's CCM 2.1 river network), read from the GeoJSON copy in "
                 "github.com/martynafford/natural-earth-geojson (commit 0b9a6ce, 10m/physical/ne_10m_rivers_europe.json); "
                 "unnamed in the source (rivernum {rivernum}), identified as the Khabur by its course: the only line "
                 "within 3 km of al-Busayrah, al-Suwar and al-Shaddadi; " + CLIP)
SOURCE = ("Natural Earth 1:10m rivers (public domain): the Euphrates from rivers_lake_centerlines, the Khabur from the "
          "rivers_europe supplement; each feature's own source says which copy and commit; built by tools/base_layer.py")


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


def town_points(ids=KHABUR_TOWNS) -> list[Point]:
    """The gazetteer's own points of the towns the Khabur runs through."""
    with PLACES.open(encoding="utf-8") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    return [Point(float(rows[i]["lon"]), float(rows[i]["lat"])) for i in ids]


def khabur(geojson: dict) -> tuple[dict, LineString]:
    """The one source line that runs past every Khabur town; an error when none or several do."""
    towns = town_points()
    found = [(f["properties"], shape(f["geometry"])) for f in geojson["features"] if f.get("geometry")]
    found = [(p, g) for p, g in found if all(g.distance(t) <= KHABUR_NEAR for t in towns)]
    if len(found) != 1:
        raise SystemExit(f"expected one line past {', '.join(KHABUR_TOWNS)}, found {len(found)}")
    return found[0]


def _feature(geom, name: str, name_ar: str, source: str) -> dict:
    geom = geom.intersection(box(*BBOX)).simplify(TOLERANCE, preserve_topology=False)
    parts = getattr(geom, "geoms", [geom])
    coords = [[[round(x, 4), round(y, 4)] for x, y in part.coords] for part in parts]
    return {"type": "Feature", "properties": {"kind": "river", "name": name, "name_ar": name_ar, "source": source},
            "geometry": {"type": "MultiLineString", "coordinates": coords}}


def main(topo_path: str, europe_path: str) -> None:
    with open(topo_path, encoding="utf-8") as f:
        topo = json.load(f)
    with open(europe_path, encoding="utf-8") as f:
        europe = json.load(f)
    lines = [ln for props, ls in lines_from_topojson(topo) if props.get("name_en") == "Euphrates" for ln in ls]
    props, line = khabur(europe)
    doc = {"type": "FeatureCollection", "source": SOURCE, "licence": "public domain (Natural Earth terms of use)",
           "features": [_feature(linemerge(MultiLineString(lines)), "Euphrates", "الفرات", EUPHRATES_SOURCE),
                        _feature(line, "Khabur", "الخابور", KHABUR_SOURCE.format(rivernum=props.get("rivernum")))]}
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
