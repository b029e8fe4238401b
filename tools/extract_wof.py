"""Extract Who's On First localities into the gazetteer's committed source table.

    python tools/extract_wof.py /work/shared/data/whosonfirst-admin-sy [--out FILE]

PATH is the folder holding `records.jsonl` (or the file itself): raw WOF GeoJSON
records, one per line, from whosonfirst-data-admin-sy (see that folder's README).
The output, `gazetteer/sources/whosonfirst_localities.csv`, has one row per
current locality, sorted by WOF id, so re-running on the same records gives the
same bytes (a test checks the committed file against a fresh run).

Why a table and not the records: the records are 6 MB of mostly foreign-language
names and polygons of other governorates; the build needs a few columns, and a
reviewer needs to read them. What is left out, and why:
- withdrawn records (`mz:is_current` = 0, `edtf:deprecated`, `wof:superseded_by`):
  WOF keeps them for history, they are not places to map;
- countries, governorates and districts: the project's district polygons come
  from geoBoundaries; their WOF ids and names are kept per row for the hierarchy.
Latin text found in an Arabic name field (a WOF quirk: `name:ara_*` sometimes
holds a transliteration) is moved to the Latin variants, never kept as Arabic.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "gazetteer" / "sources" / "whosonfirst_localities.csv"

COLUMNS = ["wof_id", "geonames_id", "name", "name_ar", "alt_names", "alt_names_ar", "lat", "lon",
           "feature_code", "population", "region_id", "region", "county_id", "county", "point_source", "licence"]

# Name fields read, in order of preference. Other languages' names (Polish
# "Al-Majadin", Persian script) are not how English or Arabic reports write them.
LATIN_FIELDS = ["name:eng_x_preferred", "name:eng_x_variant", "name:und_x_variant",
                "name:fra_x_preferred", "name:fra_x_variant"]
ARABIC_FIELDS = ["name:ara_x_preferred", "name:ara_x_variant", "name:arz_x_preferred"]

# Where the point comes from (`src:geom`) decides its licence.
LICENCE = {"geonames": "CC-BY-4.0", "quattroshapes": "CC-BY-2.0", "qs_pg": "CC-BY-2.0"}
WOF_LICENCE = "CC0-1.0"

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def is_withdrawn(p: dict) -> bool:
    return p.get("mz:is_current") == 0 or bool(p.get("edtf:deprecated")) or bool(p.get("wof:superseded_by"))


def _values(p: dict, key: str) -> list[str]:
    v = p.get(key)
    if v is None:
        return []
    vals = v if isinstance(v, list) else [v]
    return [s.strip() for s in vals if isinstance(s, str) and s.strip()]


def _unique(names: list[str], exclude: str = "") -> list[str]:
    seen = {exclude}
    out = []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


# Labels WOF copied from a mislinked Wikidata item: not names of the place, read and
# checked one by one (record id -> labels to drop).
NOT_NAMES = {
    1259680573: {"Pycnonotidae"},  # the bulbul bird family; the village is Bulbul, بلبل (GeoNames 171213)
}


def names_of(p: dict) -> tuple[str, str, list[str], list[str]]:
    """English name, Arabic name, Latin variants, Arabic variants of one record."""
    latin: list[str] = []
    arabic: list[str] = []
    for key in LATIN_FIELDS:
        latin += [n for n in _values(p, key) if _LATIN.search(n) and not _ARABIC.search(n)]
    for key in ARABIC_FIELDS:
        for n in _values(p, key):
            if _ARABIC.search(n) and not _LATIN.search(n):
                arabic.append(n)
            elif _LATIN.search(n) and not _ARABIC.search(n):
                latin.append(n)  # a transliteration in an Arabic field
    for key in ("gn:asciiname", "gn:name", "wof:name"):
        for n in _values(p, key):
            if _ARABIC.search(n):
                arabic.append(n)
            elif _LATIN.search(n):
                latin.append(n)
    # English name: the English label if WOF has one, else GeoNames' ASCII
    # name, which is how GeoNames-based tools write it.
    eng = _values(p, "name:eng_x_preferred") or _values(p, "gn:asciiname") or latin
    name = next((n for n in eng if _LATIN.search(n) and not _ARABIC.search(n)), "")
    name_ar = arabic[0] if arabic else ""
    junk = NOT_NAMES.get(p.get("wof:id"), set())
    if name in junk:
        name = next((n for n in latin if n not in junk), "")
    latin = [n for n in latin if n not in junk]
    return name, name_ar, _unique(latin, name), _unique(arabic, name_ar)


def read_records(path: Path) -> list[dict]:
    src = path / "records.jsonl" if path.is_dir() else path
    with open(src, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(records: list[dict]) -> list[dict[str, str]]:
    labels = {}
    for r in records:
        p = r["properties"]
        if p.get("wof:placetype") in ("region", "county", "country"):
            labels[p["wof:id"]] = (_values(p, "name:eng_x_preferred") or _values(p, "wof:name"))[0]
    rows = []
    for r in records:
        p = r["properties"]
        if p.get("wof:placetype") != "locality" or is_withdrawn(p):
            continue
        name, name_ar, alts, alts_ar = names_of(p)
        hier = (p.get("wof:hierarchy") or [{}])[0]
        gn = (p.get("wof:concordances") or {}).get("gn:id") or p.get("gn:geonameid") or ""
        src = p.get("src:geom") or ""
        rows.append({
            "wof_id": str(p["wof:id"]), "geonames_id": str(int(gn)) if gn else "",
            "name": name, "name_ar": name_ar, "alt_names": "|".join(alts), "alt_names_ar": "|".join(alts_ar),
            "lat": repr(float(p["geom:latitude"])), "lon": repr(float(p["geom:longitude"])),
            "feature_code": p.get("gn:feature_code") or p.get("gn:fcode") or "",
            "population": str(int(p.get("gn:population") or p.get("wof:population") or 0)),
            "region_id": str(hier.get("region_id", "")), "region": labels.get(hier.get("region_id"), ""),
            "county_id": str(hier.get("county_id", "")), "county": labels.get(hier.get("county_id"), ""),
            "point_source": src or "whosonfirst",
            "licence": LICENCE.get(src, WOF_LICENCE),
        })
    rows.sort(key=lambda row: int(row["wof_id"]))
    return rows


def write(rows: list[dict[str, str]], out: Path) -> None:
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="folder with records.jsonl, or the file")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    try:
        records = read_records(args.path)
    except (OSError, ValueError) as exc:
        print(f"{args.path}: cannot read WOF records ({exc})", file=sys.stderr)
        return 2
    rows = extract(records)
    write(rows, args.out)
    print(f"{args.out.name}: {len(rows)} current localities of {len(records)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
