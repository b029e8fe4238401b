"""Rebuild gazetteer/data from its inputs: `python -m gazetteer.build`.

Inputs, all in gazetteer/sources:
- geonames_extract.csv: GeoNames rows (CC BY 4.0) extracted by tools/extract_sources.py;
- curated/*.csv: the hand-curated table, one file per area, each row sourced;
- geoboundaries_deir_ez_zor_adm3.geojson: sub-district polygons (geoBoundaries).

Outputs: data/places.csv (one row per place, district assigned from the
polygons), data/areas.geojson (governorate, districts, sub-districts) and
data/ambiguous.csv (folded keys that name several places). Same inputs, same
bytes: a test rebuilds and compares.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

from .areas import Area, Areas
from .atomic import atomic_writer
from .keys import name_keys
from .normalize import fold, is_arabic
from .places import DATA_DIR, Place, place_from_row, write_places

SOURCES = Path(__file__).resolve().parent / "sources"
DISTRICT_NAMES = {"Deir ez-Zor": "Deir ez-Zor", "al-Mayadin": "al-Mayadin", "al-Bukamal": "al-Bukamal"}
SUBDISTRICT_NAMES = {
    "Deir-ez-Zor": "Deir ez-Zor", "Khasham": "Khasham", "Tabni": "al-Tabni", "Kisreh": "al-Kasrah",
    "Basira": "al-Busayrah", "Sur": "al-Sur", "Muhasan": "Muhasan", "Al Mayadin": "al-Mayadin",
    "Thiban": "Dhiban", "Ashara": "al-Asharah", "Abu Kamal": "al-Bukamal", "Hajin": "Hajin",
    "Jalaa": "al-Jalaa", "Susat": "al-Susah",
}


def slug(s: str) -> str:
    return "-".join(fold(s).replace("'", "").split())


def build_areas() -> list[Area]:
    doc = json.loads((SOURCES / "geoboundaries_deir_ez_zor_adm3.geojson").read_text(encoding="utf-8"))
    subs = []
    for f in doc["features"]:
        p = f["properties"]
        if p["outside"]:
            continue
        name = SUBDISTRICT_NAMES[p["subdistrict"]]
        subs.append(Area(f"subdistrict-{slug(name)}", name, "subdistrict", p["district"], shape(f["geometry"])))
    subs.sort(key=lambda a: a.id)
    districts = []
    for d in sorted({a.district for a in subs}):
        geom = shapely.union_all([a.geometry for a in subs if a.district == d])
        districts.append(Area(f"district-{slug(d)}", d, "district", d, geom))
    gov = Area("governorate-deir-ez-zor", "Deir ez-Zor Governorate", "governorate", "",
               shapely.union_all([a.geometry for a in subs]))
    return [gov, *districts, *subs]


def write_areas(areas: list[Area], path: Path) -> None:
    feats = []
    for a in areas:
        geom = shapely.set_precision(a.geometry, 1e-5)
        feats.append({"type": "Feature",
                      "properties": {"id": a.id, "name": a.name, "level": a.level, "district": a.district},
                      "geometry": mapping(geom)})
    doc = {"type": "FeatureCollection",
           "attribution": "geoBoundaries (Runfola et al. 2020, www.geoboundaries.org), SYR ADM3; see gazetteer/sources/README.md",
           "features": feats}
    with atomic_writer(path) as f:
        f.write(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")


def geonames_rows() -> dict[str, dict[str, str]]:
    with open(SOURCES / "geonames_extract.csv", encoding="utf-8", newline="") as f:
        return {r["geonameid"]: r for r in csv.DictReader(f)}


def _useful_alternate(name: str) -> bool:
    """GeoNames alternate names worth matching: Latin or Arabic script, not codes."""
    if len(name) < 4 or name.isupper() or any(ch.isdigit() for ch in name):
        return False
    if is_arabic(name):
        return all(("\u0600" <= c <= "\u06ff") or c in " -" for c in name)
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" or c in "‘’ʻʼ`'" for c in name)


def curated_rows() -> list[tuple[dict[str, str], str]]:
    rows = []
    for path in sorted((SOURCES / "curated").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            for n, r in enumerate(csv.DictReader(f), start=2):
                rows.append((r, f"{path.relative_to(SOURCES.parent)}:{n}"))
    return rows


def merge(areas: Areas) -> list[Place]:
    geonames = geonames_rows()
    rows = curated_rows()
    by_id = {r["id"]: r for r, _ in rows}
    places = []
    for r, where in rows:
        r = dict(r)
        if r["source"].startswith("geonames:"):
            g = geonames[r["source"].split(":", 1)[1]]
            r["lat"], r["lon"] = g["lat"], g["lon"]
            alts = [a for a in g["alternatenames"].split("|") if _useful_alternate(a)]
            latin = [a for a in alts if not is_arabic(a)] + [g["name"]]
            arabic = [a for a in alts if is_arabic(a)]
            r["alt_names"] = "|".join(_dedupe(r["alt_names"].split("|") + latin, exclude=r["name"]))
            r["alt_names_ar"] = "|".join(_dedupe(r["alt_names_ar"].split("|") + arabic, exclude=r["name_ar"]))
        elif r["source"].startswith("parent:") and not r["lat"]:
            parent = by_id[r["source"].split(":", 1)[1]]
            r["lat"], r["lon"] = parent["lat"], parent["lon"]
        else:
            r["alt_names"] = "|".join(_dedupe(r["alt_names"].split("|"), exclude=r["name"]))
            r["alt_names_ar"] = "|".join(_dedupe(r["alt_names_ar"].split("|"), exclude=r["name_ar"]))
        if not r.get("lat"):
            raise SystemExit(f"{where}: no coordinate for {r['id']}")
        lat, lon = float(r["lat"]), float(r["lon"])
        r["district"] = r["subdistrict"] = ""
        if not r["outside"]:
            loc = areas.locate(lat, lon)
            if loc:
                r["district"], r["subdistrict"] = loc
        places.append(place_from_row(r, where))
    places.sort(key=lambda p: p.id)
    return places


def _dedupe(names: list[str], exclude: str) -> list[str]:
    seen = {fold(exclude)}
    out = []
    for n in names:
        n = n.strip()
        k = fold(n)
        if n and k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def ambiguous_keys(places: list[Place]) -> list[tuple[str, list[str]]]:
    owners: dict[str, set[str]] = {}
    for p in places:
        for n in p.names:
            for k in name_keys(n):
                owners.setdefault(k, set()).add(p.id)
    return sorted((k, sorted(ids)) for k, ids in owners.items() if len(ids) > 1)


def build(out_dir: Path = DATA_DIR) -> dict[str, int]:
    area_list = build_areas()
    areas = Areas(area_list)
    places = merge(areas)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_places(places, out_dir / "places.csv")
    write_areas(area_list, out_dir / "areas.geojson")
    amb = ambiguous_keys(places)
    with atomic_writer(out_dir / "ambiguous.csv", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "place_ids"])
        for k, ids in amb:
            w.writerow([k, "|".join(ids)])
    return {"places": len(places), "names": sum(len(p.names) for p in places), "ambiguous_keys": len(amb)}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_DIR
    print(build(out))
