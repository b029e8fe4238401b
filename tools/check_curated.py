"""Check curated gazetteer CSVs before they are merged: columns, ids, and where each point falls.

    python tools/check_curated.py gazetteer/sources/curated/*.csv
"""

import csv
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import Point, shape

SRC = Path(__file__).resolve().parent.parent / "gazetteer" / "sources"
COLUMNS = ["id", "name", "name_ar", "alt_names", "alt_names_ar", "type", "parent", "outside",
           "lat", "lon", "precision", "radius_km", "source", "licence", "note"]
TYPES = set("city town village neighbourhood street site military_site airport oil_field gas_field "
            "border_crossing bridge desert mountain region river facility governorate country".split())


def main(paths):
    polys = [(f["properties"], shape(f["geometry"])) for f in
             json.loads((SRC / "geoboundaries_deir_ez_zor_adm3.geojson").read_text())["features"]]
    gov = shapely.union_all([g for p, g in polys if not p["outside"]])
    seen = {}
    problems = 0
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != COLUMNS:
                print(f"{path}: header must be exactly {','.join(COLUMNS)}")
                problems += 1
                continue
            for n, row in enumerate(reader, start=2):
                where = f"{path}:{n} {row['id']}"
                if row["id"] in seen:
                    print(f"{where}: duplicate id (also {seen[row['id']]})"); problems += 1
                seen[row["id"]] = where
                if row["type"] not in TYPES:
                    print(f"{where}: unknown type {row['type']!r}"); problems += 1
                if not row["source"]:
                    print(f"{where}: no source"); problems += 1
                if row["precision"] not in ("exact", "approximate"):
                    print(f"{where}: precision must be exact or approximate"); problems += 1
                if row["precision"] == "approximate" and not row["radius_km"]:
                    print(f"{where}: approximate needs radius_km"); problems += 1
                if not row["lat"]:
                    if not row["source"].startswith(("geonames:", "area:")):
                        print(f"{where}: no coordinate"); problems += 1
                    continue
                try:
                    pt = Point(float(row["lon"]), float(row["lat"]))
                except ValueError:
                    print(f"{where}: bad lat/lon"); problems += 1
                    continue
                inside = [p["subdistrict"] for p, g in polys if not p["outside"] and g.covers(pt)]
                dist_km = gov.distance(pt) * 100
                if row["outside"]:
                    status = f"outside ({row['outside']}), ~{dist_km:.0f} km from governorate"
                    if inside:
                        status += f" BUT inside subdistrict {inside[0]}"
                else:
                    status = f"subdistrict {inside[0]}" if inside else f"NOT INSIDE any subdistrict (~{dist_km:.1f} km off)"
                print(f"{where}: {row['name']} -> {status}")
    print(f"{len(seen)} rows, {problems} problems")


if __name__ == "__main__":
    main(sys.argv[1:])
