"""The place table: what a gazetteer row holds and how it is read from CSV."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
PLACES_CSV = DATA_DIR / "places.csv"
AREAS_GEOJSON = DATA_DIR / "areas.geojson"

COLUMNS = ["id", "name", "name_ar", "alt_names", "alt_names_ar", "type", "parent", "outside",
           "district", "subdistrict", "lat", "lon", "precision", "radius_km", "source", "licence", "note"]

# Broad types first: when one name is shared, a report means the city before
# the village of the same name, the village before a building.
TYPE_RANK = {
    "country": 0, "governorate": 1, "city": 2, "town": 3, "region": 4, "desert": 5,
    "village": 6, "airport": 7, "military_site": 8, "border_crossing": 9, "oil_field": 10,
    "gas_field": 10, "mountain": 11, "river": 11, "bridge": 12, "neighbourhood": 13,
    "facility": 14, "street": 15, "site": 16,
}
# Types that stand for an area rather than a point (ACLED precision 3).
REGION_TYPES = {"country", "governorate", "region", "desert", "river"}


class GazetteerError(Exception):
    """A gazetteer file is missing or malformed; the message names the file."""


class GazetteerRowsError(GazetteerError):
    """Rows of a places CSV that cannot be places, each named by file and line.

    A user's extra CSV is checked whole before any of it is used: a latitude of
    999 would be mapped off the globe and a repeated id would silently drop a
    place, so one bad row refuses the file, and every bad row is listed so it can
    be fixed in one pass.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


REQUIRED = ("id", "name", "lat", "lon")


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_ar: str
    alt_names: tuple[str, ...]
    alt_names_ar: tuple[str, ...]
    type: str
    parent: str
    outside: str
    district: str
    subdistrict: str
    lat: float
    lon: float
    precision: str
    radius_km: float
    source: str
    licence: str
    note: str = field(default="", compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.name_ar, *self.alt_names, *self.alt_names_ar) if n)

    @property
    def is_region(self) -> bool:
        return self.type in REGION_TYPES

    def row(self) -> dict[str, str]:
        return {
            "id": self.id, "name": self.name, "name_ar": self.name_ar,
            "alt_names": "|".join(self.alt_names), "alt_names_ar": "|".join(self.alt_names_ar),
            "type": self.type, "parent": self.parent, "outside": self.outside,
            "district": self.district, "subdistrict": self.subdistrict,
            "lat": f"{self.lat:.5f}", "lon": f"{self.lon:.5f}", "precision": self.precision,
            "radius_km": _num(self.radius_km), "source": self.source, "licence": self.licence,
            "note": self.note,
        }


def _num(x: float) -> str:
    return "" if not x else (f"{x:g}")


def _split(v: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (v or "").split("|") if s.strip())


def place_from_row(row: dict[str, str], where: str) -> Place:
    try:
        return Place(
            id=row["id"].strip(), name=row["name"].strip(), name_ar=(row.get("name_ar") or "").strip(),
            alt_names=_split(row.get("alt_names")), alt_names_ar=_split(row.get("alt_names_ar")),
            type=(row.get("type") or "").strip(), parent=(row.get("parent") or "").strip(),
            outside=(row.get("outside") or "").strip(), district=(row.get("district") or "").strip(),
            subdistrict=(row.get("subdistrict") or "").strip(),
            lat=float(row["lat"]), lon=float(row["lon"]),
            precision=(row.get("precision") or "exact").strip() or "exact",
            radius_km=float(row.get("radius_km") or 0), source=(row.get("source") or "").strip(),
            licence=(row.get("licence") or "").strip(), note=(row.get("note") or "").strip(),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise GazetteerError(f"{where}: bad row ({exc.__class__.__name__}: {exc})") from exc


def read_places(path: Path) -> list[Place]:
    """Read a places CSV (the package's own, or a user's --gazetteer extra file)."""
    return [p for _, p in read_numbered(path)]


def row_problems(row: dict[str, str]) -> list[str]:
    """What makes one CSV row unusable as a place, in words."""
    out = []
    for col in REQUIRED:
        if not (row.get(col) or "").strip():
            out.append(f"empty {col}")
    for col, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
        v = (row.get(col) or "").strip()
        if not v:
            continue
        try:
            x = float(v)
        except ValueError:
            out.append(f"{col} {v!r} is not a number")
            continue
        if not lo <= x <= hi:  # also rejects nan
            out.append(f"{col} {v} is outside {lo}..{hi}")
    v = (row.get("radius_km") or "").strip()
    if v:
        try:
            float(v)
        except ValueError:
            out.append(f"radius_km {v!r} is not a number")
    return out


def read_numbered(path: Path) -> list[tuple[int, Place]]:
    """Places with the CSV line each came from; every bad row is reported at once."""
    places, problems = read_checked(path)
    if problems:
        raise GazetteerRowsError(problems)
    return places


def read_checked(path: Path) -> tuple[list[tuple[int, Place]], list[str]]:
    """The good rows of a places CSV with their lines, and a line per bad row."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = set(REQUIRED) - set(reader.fieldnames or [])
            if missing:
                raise GazetteerRowsError([f"{path}:1: missing column(s) {', '.join(sorted(missing))}"])
            places, problems, seen = [], [], {}
            for n, r in enumerate(reader, start=2):
                if None in r:
                    problems.append(f"{path}:{n}: more cells than columns")
                    continue
                bad = row_problems(r)
                pid = (r.get("id") or "").strip()
                if pid and pid in seen:
                    bad.append(f"duplicate id {pid!r} (first on line {seen[pid]})")
                elif pid:
                    seen[pid] = n
                if bad:
                    problems.append(f"{path}:{n}: " + "; ".join(bad))
                    continue
                places.append((n, place_from_row(r, f"{path}:{n}")))
            return places, problems
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 text") from exc
    except csv.Error as exc:
        raise GazetteerError(f"{path}: malformed CSV ({exc})") from exc


def write_places(places: list[Place], path: Path) -> None:
    from .atomic import atomic_writer

    with atomic_writer(path, newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for p in places:
            w.writerow(p.row())
