"""Rebuild gazetteer/data from its inputs: `python -m gazetteer.build`.

Inputs, all in gazetteer/sources:
- geonames_extract.csv: GeoNames rows (CC BY 4.0) extracted by tools/extract_sources.py;
- whosonfirst_localities.csv: Who's On First localities (GeoNames points) extracted
  by tools/extract_wof.py; every one inside the governorate or within 15 km of it
  becomes a place, unless wof_matches.csv says it is a curated place;
- wof_matches.csv: the reviewed table of curated places and their WOF counterparts;
- curated/*.csv: the hand-curated table, one file per area, each row sourced;
- geoboundaries_deir_ez_zor_adm3.geojson: sub-district polygons (geoBoundaries);
- ../mapper/static/rivers.geojson: the Euphrates centreline (Natural Earth), for
  regions defined by one of its banks (gazetteer/extent.py).

Outputs: data/places.csv (one row per place, district assigned from the
polygons), data/areas.geojson (governorate, districts, sub-districts) and
data/ambiguous.csv (folded keys that name several places) and
data/cross_source.csv (curated points beside their WOF counterparts, for
`gazetteer check`). Same inputs, same
bytes: a test rebuilds and compares.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

from . import extent
from .areas import Area, Areas
from .atomic import atomic_writer
from .gate import given_names
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


# Who's On First places kept: inside the governorate or this close to its edge,
# where reports name villages beside the governorate's own.
WOF_NEAR_KM = 15.0
CROSS_COLUMNS = ["place_id", "kept_source", "kept_lat", "kept_lon", "other_source", "other_lat", "other_lon",
                 "km", "reason"]
WOF_DEIR_REGION = "85678381"
WOF_REGIONS = {"85678355": "Raqqa Governorate", "85678377": "al-Hasakah Governorate",
               "85678367": "Homs Governorate"}
MATCH_USES = {"point", "names", "part", "distinct"}


def wof_rows() -> dict[str, dict[str, str]]:
    with open(SOURCES / "whosonfirst_localities.csv", encoding="utf-8", newline="") as f:
        return {r["wof_id"]: r for r in csv.DictReader(f)}


def wof_matches() -> list[dict[str, str]]:
    with open(SOURCES / "wof_matches.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for n, r in enumerate(rows, start=2):
        if r["use"] not in MATCH_USES or not r["reason"].strip():
            raise SystemExit(f"sources/wof_matches.csv:{n}: use must be one of {sorted(MATCH_USES)}, with a reason")
    return rows


def wof_display_name(name: str) -> str:
    """GeoNames' ASCII names write the ayn as a backquote (`Ayyash, Al Ba`um)."""
    return name.lstrip("`'").replace("`", "'")


# Arabic village names that are ordinary words in Arabic reporting: month
# names (تشرين is October/November) and nouns a report uses for any place.
COMMON_ARABIC = frozenset(
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين المدينة القرية البلدة المركز السوق الجسر "
    "المطار الشارع النهر الحدود الريف البادية المعبر الحقل المعمل المحطة المزرعة الحي الجامع".split())


def _wof_names(w: dict[str, str]) -> tuple[list[str], list[str]]:
    latin = [wof_display_name(w["name"]), *w["alt_names"].split("|")]
    arabic = [w["name_ar"], *w["alt_names_ar"].split("|")]
    return ([n for n in latin if n and not is_common_word(n)],
            [n for n in arabic if n and n not in COMMON_ARABIC])


def is_common_word(name: str) -> bool:
    """A WOF name that is an English word or a given name ("Said", "Jihad", "Daman", "al-Ali").

    GeoNames spells many villages as ordinary words; in English text they would
    match every "said". Curated names were chosen by reading and are kept."""
    key = fold(name).replace("'", "")
    key = re.sub(r"^(?:a[lrsntdz]|ash|ath|adh)[ -]", "", key)
    # "Mohammed al-Ali told...": a village called al-Ali or Jasim would match every person of that name
    return key in _dictionary_words() or key in given_names()


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    # GCIDE alone: a dictionary of common English, without web2's proper names
    # (Abbas, Hasan), which are how villages are really called.
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


def _wof_source(w: dict[str, str]) -> str:
    return f"whosonfirst:{w['wof_id']}" + (f" geonames:{w['geonames_id']}" if w["geonames_id"] else "")


def _wof_credit(w: dict[str, str]) -> str:
    by = {"geonames": f"GeoNames {w['geonames_id']}", "quattroshapes": "Quattroshapes",
          "qs_pg": "Quattroshapes point gazetteer"}.get(w["point_source"], "Who's On First")
    return f"Point from {by}, via Who's On First {w['wof_id']}"


def _wof_outside(w: dict[str, str], areas: Areas) -> tuple[str, tuple[str, str] | None]:
    """Where a WOF locality lies: (outside label or '', (district, subdistrict)).

    WOF's own governorate decides along the edge, where the simplified
    polygons are a few km off; the polygons decide inside."""
    lat, lon = float(w["lat"]), float(w["lon"])
    inside = areas.km_outside_governorate(lat, lon) == 0.0
    if w["region_id"] in WOF_REGIONS and not inside:
        return WOF_REGIONS[w["region_id"]], None
    loc = areas.locate(lat, lon)
    if loc:
        return "", loc
    return WOF_REGIONS.get(w["region_id"], "Syria"), None


def _wof_type(w: dict[str, str]) -> str:
    # PPLA3: seat of a sub-district; 10,000 people is where Syrian statistics speak of a town.
    if w["feature_code"] in ("PPLA", "PPLA2", "PPLA3") or int(w["population"] or 0) >= 10000:
        return "town"
    return "village"


def curated_rows() -> list[tuple[dict[str, str], str]]:
    rows = []
    for path in sorted((SOURCES / "curated").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            for n, r in enumerate(csv.DictReader(f), start=2):
                rows.append((r, f"{path.relative_to(SOURCES.parent)}:{n}"))
    return rows


def merge(areas: Areas) -> tuple[list[Place], list[dict[str, str]]]:
    """Places from the curated table and WOF, and the curated points beside WOF's."""
    from .resolve import km

    geonames = geonames_rows()
    wof = wof_rows()
    matches = wof_matches()
    rows = curated_rows()
    by_place: dict[str, list[dict[str, str]]] = {}
    for m in matches:
        if m["wof_id"] not in wof:
            raise SystemExit(f"sources/wof_matches.csv: {m['place_id']}: no current WOF locality {m['wof_id']}")
        by_place.setdefault(m["place_id"], []).append(m)
    unknown = set(by_place) - {r["id"] for r, _ in rows}
    if unknown:
        raise SystemExit(f"sources/wof_matches.csv: no curated place {', '.join(sorted(unknown))}")
    resolved: dict[str, dict[str, str]] = {}
    wheres: dict[str, str] = {}
    cross = []
    shapes = extent_shapes(areas, wof)
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
        else:
            r["alt_names"] = "|".join(_dedupe(r["alt_names"].split("|"), exclude=r["name"]))
            r["alt_names_ar"] = "|".join(_dedupe(r["alt_names_ar"].split("|"), exclude=r["name_ar"]))
        if r["source"].startswith("area:"):
            _point_of_area(r, shapes, where)
        parts = [wof[m["wof_id"]] for m in by_place.get(r["id"], []) if m["use"] == "part"]
        if parts and r["source"].startswith("parent:"):
            _centre_of_parts(r, parts, [m for m in by_place[r["id"]] if m["use"] == "part"])
        for m in by_place.get(r["id"], []):
            if m["use"] in ("distinct", "part"):
                continue
            w = wof[m["wof_id"]]
            latin, arabic = _wof_names(w)
            if not r["name_ar"] and arabic:
                r["name_ar"] = arabic[0]
            r["alt_names"] = "|".join(_dedupe(r["alt_names"].split("|") + latin, exclude=r["name"]))
            r["alt_names_ar"] = "|".join(_dedupe(r["alt_names_ar"].split("|") + arabic, exclude=r["name_ar"]))
            if m["use"] != "point":
                continue
            if not r["lat"]:
                raise SystemExit(f"{where}: no coordinate for {r['id']}")
            d = km(float(r["lat"]), float(r["lon"]), float(w["lat"]), float(w["lon"]))
            if abs(d - float(m["km"])) > 0.15:
                raise SystemExit(f"sources/wof_matches.csv: {r['id']}: reviewed at {m['km']} km, now {d:.1f} km; review again")
            if not r["source"].startswith("parent:"):
                cross.append({"place_id": r["id"], "other_source": r["source"], "other_lat": r["lat"],
                              "other_lon": r["lon"], "kept_source": _wof_source(w), "kept_lat": w["lat"],
                              "kept_lon": w["lon"], "km": f"{d:.1f}", "reason": m["reason"]})
            if r["source"] != f"geonames:{w['geonames_id']}":
                r["lat"], r["lon"], r["licence"] = w["lat"], w["lon"], w["licence"]
            r["source"] = _wof_source(w)
            r["precision"], r["radius_km"] = "exact", ""
            r["note"] = f"{_wof_credit(w)} (wof_matches.csv: {m['reason']}). Earlier: {r['note']}"
        resolved[r["id"]] = r
        wheres[r["id"]] = where
    for r in resolved.values():
        # A place kept at its parent's point follows the parent's final point.
        if r["source"].startswith("parent:"):
            parent = resolved[r["source"].split(":", 1)[1]]
            r["lat"], r["lon"] = parent["lat"], parent["lon"]
    new = _wof_places(wof, matches, areas, set(resolved))
    places = []
    for pid, r in [*resolved.items(), *new]:
        if not r.get("lat"):
            raise SystemExit(f"{wheres.get(pid, pid)}: no coordinate for {pid}")
        lat, lon = float(r["lat"]), float(r["lon"])
        if not r.get("district") and not r["outside"]:
            r["district"] = r["subdistrict"] = ""
            loc = areas.locate(lat, lon)
            if loc:
                r["district"], r["subdistrict"] = loc
        places.append(place_from_row(r, wheres.get(pid, f"sources/whosonfirst_localities.csv {pid}")))
    places.sort(key=lambda p: p.id)
    cross.sort(key=lambda c: c["place_id"])
    return places, cross


# Towns whose bank of the Euphrates nobody disputes, by GeoNames id (their points
# via Who's On First): they tell the river's two sides apart for `area:` extents.
LEFT_BANK_GEONAMES = {"173927": "al-Busayrah", "172413": "al-Suwar"}  # the Jazira: the Khabur's mouth and its course
RIGHT_BANK_GEONAMES = {"173480": "al-Mayadin", "174448": "al-Bukamal"}  # the Shamiya


def extent_shapes(areas: Areas, wof: dict[str, dict[str, str]]) -> dict[str, object]:
    """The shapes an `area:` extent may name: the polygons, the Euphrates and its two banks."""
    by_geonames = {w["geonames_id"]: w for w in wof.values() if w["geonames_id"]}

    def towns(ids: dict[str, str]) -> dict[str, tuple[float, float]]:
        return {name: (float(by_geonames[g]["lat"]), float(by_geonames[g]["lon"])) for g, name in ids.items()}

    try:
        return extent.named_shapes(areas, towns(LEFT_BANK_GEONAMES), towns(RIGHT_BANK_GEONAMES))
    except extent.ExtentError as e:
        raise SystemExit(f"{extent.RIVERS}: {e}") from None


def _point_of_area(r: dict[str, str], shapes: dict[str, object], where: str) -> None:
    """A region whose extent is sourced geometry (a sub-district or district
    polygon, a union of them, one bank of the Euphrates within one, the river
    itself): its own point is a point of that extent, not the seat's.

    The point is a representative point of the extent, approximate, with a
    radius reaching the extent's furthest vertex, so it covers the area (see
    gazetteer/extent.py for the syntax and why)."""
    expr = r["source"].split(":", 1)[1]
    try:
        geom = extent.evaluate(expr, shapes)
    except extent.ExtentError as e:
        raise SystemExit(f"{where}: {r.get('id', '')}: source {r['source']!r}: {e}") from None
    lat, lon, reach = extent.point_and_reach(geom)
    r["lat"], r["lon"] = f"{lat:.5f}", f"{lon:.5f}"
    r["precision"], r["radius_km"] = "approximate", f"{int(reach) + 1}"
    r["licence"] = "CC-BY-4.0"
    if len(expr.split()) == 1 and not expr.startswith("euphrates"):
        r["note"] = (f"Point: representative point of its own polygon {expr} (geoBoundaries SYR ADM3, "
                     f"from OCHA's COD; computed by gazetteer.build with shapely), radius to the polygon's "
                     f"furthest vertex. {r['note']}")
        return
    river = " and the Euphrates centreline (Natural Earth, public domain, as the map's base layer draws it)" \
        if "euphrates" in expr else ""
    r["note"] = (f"Point: representative point of its own extent {expr} (geoBoundaries SYR ADM3 polygons, from "
                 f"OCHA's COD{river}; computed by gazetteer.build with shapely), radius to the extent's furthest "
                 f"vertex. {r['note']}")


def _centre_of_parts(r: dict[str, str], parts: list[dict[str, str]], matches: list[dict[str, str]]) -> None:
    """A curated name for several WOF villages ("al-Jurdi" for its eastern and
    western halves): the centre of their points, with a radius that covers them.

    Only for a row that had no point of its own (it was at its parent's)."""
    from .resolve import km

    lat = sum(float(w["lat"]) for w in parts) / len(parts)
    lon = sum(float(w["lon"]) for w in parts) / len(parts)
    reach = max(km(lat, lon, float(w["lat"]), float(w["lon"])) for w in parts)
    r["lat"], r["lon"] = f"{lat:.5f}", f"{lon:.5f}"
    r["precision"], r["radius_km"] = "approximate", f"{int(reach) + 2}"
    r["source"] = " ".join(_wof_source(w) for w in parts)
    r["licence"] = parts[0]["licence"]
    r["note"] = (f"Centre of {', '.join(w['name'] for w in parts)} (Who's On First, GeoNames points); "
                 f"wof_matches.csv: {matches[0]['reason']}. Earlier: {r['note']}")


_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|At|Ath|Ad|Adh|Az|An|Ad|Ay|Al-)[ -](?=[A-Z'])")


def _wof_places(wof, matches, areas: Areas, taken: set[str]) -> list[tuple[str, dict[str, str]]]:
    """Every WOF locality in or near the governorate that is no curated place."""
    claimed = {m["wof_id"] for m in matches if m["use"] in ("point", "names")}
    distinct = {m["wof_id"]: m for m in matches if m["use"] == "distinct"}
    rows = []
    for wid in sorted(wof, key=int):
        w = wof[wid]
        if wid in claimed or areas.km_outside_governorate(float(w["lat"]), float(w["lon"])) > WOF_NEAR_KM:
            continue
        outside, loc = _wof_outside(w, areas)
        latin, arabic = _wof_names(w)
        # The first name that is no English word; English reporting writes the
        # article as al-, not GeoNames' assimilated As/Ash/At.
        source_name = latin[0] if latin else wof_display_name(w["name"])
        name = _ARTICLE.sub("al-", source_name)
        if not latin:
            # Every Latin name is an English word ("Daman", "Quran"): matched
            # alone it would find the word in every report, so the English name
            # says what it is and the place is found by its Arabic name.
            name = f"{name} {_wof_type(w)}"
        note = f"{_wof_credit(w)}; GeoNames feature {w['feature_code'] or 'unknown'}."
        if not latin:
            note += f" Its name {wof_display_name(w['name'])!r} is an English word or a given name, so it is written with its type."
        if wid in distinct:
            note += f" Not the curated {distinct[wid]['place_id']}: {distinct[wid]['reason']}."
        name_ar = arabic[0] if arabic else ""
        if w["name_ar"] in COMMON_ARABIC:
            # "قرية تشرين" is how an Arabic report names the village, never the month.
            name_ar = f"{'بلدة' if _wof_type(w) == 'town' else 'قرية'} {w['name_ar']}"
            arabic = [name_ar, *arabic]
            note += f" Its Arabic name {w['name_ar']} is an ordinary word, so it is written with 'village'."
        rows.append({
            "id": slug(name), "name": name, "name_ar": name_ar,
            "alt_names": "|".join(_dedupe(latin, exclude=name)),
            "alt_names_ar": "|".join(_dedupe(arabic[1:], exclude=arabic[0] if arabic else "")),
            "type": _wof_type(w), "parent": "", "outside": outside,
            "district": loc[0] if loc else "", "subdistrict": loc[1] if loc else "",
            "lat": w["lat"], "lon": w["lon"], "precision": "exact", "radius_km": "",
            "source": _wof_source(w), "licence": w["licence"], "note": note, "_suffix": w["geonames_id"] or wid,
        })
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["id"]] = counts.get(r["id"], 0) + 1
    out = []
    for r in rows:
        suffix = r.pop("_suffix")
        if counts[r["id"]] > 1 or r["id"] in taken:
            r["id"] = f"{r['id']}-{suffix}"
        out.append((r["id"], r))
    return out


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
    places, cross = merge(areas)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_places(places, out_dir / "places.csv")
    write_areas(area_list, out_dir / "areas.geojson")
    amb = ambiguous_keys(places)
    with atomic_writer(out_dir / "ambiguous.csv", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "place_ids"])
        for k, ids in amb:
            w.writerow([k, "|".join(ids)])
    with atomic_writer(out_dir / "cross_source.csv", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CROSS_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(cross)
    return {"places": len(places), "names": sum(len(p.names) for p in places), "ambiguous_keys": len(amb)}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_DIR
    print(build(out))
