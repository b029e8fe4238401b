"""Reading back the events.geojson or incidents.geojson of an earlier run, for `strikemap export`.

The file may have been edited in QGIS or by hand, or be some other GeoJSON
entirely, so every feature is checked before anything is converted: a bad
coordinate or a missing field is one error naming the file and the feature,
and no partial output is written. The kind of file (events or incidents) is
read from its features, so a user never has to tell it, and a file that holds
neither is refused.
"""

from __future__ import annotations

import json
import math
from pathlib import Path


class RunFileError(ValueError):
    """A GeoJSON file that is not a strikemap run's events or incidents; the message says where and why."""


TEXT, NUMBER, INT, LIST = "text", "number", "integer", "list"
# What each kind's outputs (KML popup, CSV columns, filters, aggregation) rely on.
_COMMON = {"event_type": TEXT, "status": TEXT, "place": TEXT, "place_id": TEXT, "geo_precision": INT,
           "anchor_lat": NUMBER, "anchor_lon": NUMBER, "evidence": TEXT}
REQUIRED = {
    "events": {"event_id": TEXT, "report_id": TEXT, **_COMMON},
    "incidents": {"incident_id": TEXT, "event_ids": LIST, "sources": LIST, **_COMMON},
}
# Optional, but when present they must have the right type (null is allowed).
TYPED = {"event_date": TEXT, "uncertainty_km": NUMBER, "lat": NUMBER, "lon": NUMBER, "strikes": INT, "strikes_max": INT, "fatalities": INT,
         "fatalities_max": INT, "group_strikes": INT, "group_strikes_max": INT}


def _is(value, kind: str) -> bool:
    if kind == TEXT:
        return isinstance(value, str)
    if kind == LIST:
        return isinstance(value, list)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and (kind == NUMBER or float(value).is_integer())


def _kind_of(props: dict) -> str | None:
    if "incident_id" in props:
        return "incidents"
    if "event_id" in props:
        return "events"
    return None


def read_run_geojson(path: str | Path) -> tuple[str, list[dict]]:
    """('events' or 'incidents', one dict per feature with lat/lon from its geometry)."""
    where = str(path)
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise RunFileError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RunFileError(f"{where}: not UTF-8 text, not a GeoJSON file") from None
    except json.JSONDecodeError as exc:
        raise RunFileError(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise RunFileError(f"{where}: not valid GeoJSON (nested too deeply to read)") from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise RunFileError(f"{where}: not a GeoJSON FeatureCollection written by strikemap")
    kind = None
    rows = []
    for n, f in enumerate(doc["features"], start=1):
        at = f"{where}: feature {n}"
        if not isinstance(f, dict) or not isinstance(f.get("properties"), dict):
            raise RunFileError(f"{at}: not a Feature with properties")
        props = f["properties"]
        this = _kind_of(props)
        if this is None:
            raise RunFileError(f"{at}: has neither 'event_id' nor 'incident_id'; not an events or incidents file "
                               "written by strikemap")
        if kind and this != kind:
            raise RunFileError(f"{at}: holds {this} but the features before it hold {kind}; one kind per file")
        kind = this
        geom = f.get("geometry")
        coords = geom.get("coordinates") if isinstance(geom, dict) and geom.get("type") == "Point" else None
        if not isinstance(coords, list) or len(coords) < 2 or not all(_is(c, NUMBER) for c in coords[:2]):
            raise RunFileError(f"{at}: geometry must be a Point with two numbers [longitude, latitude] "
                               f"(found {json.dumps(geom)[:80]})")
        lon, lat = coords[:2]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise RunFileError(f"{at}: coordinate [{lon}, {lat}] is off the globe "
                               "(longitude must be within ±180, latitude within ±90)")
        for field, want in REQUIRED[kind].items():
            if field not in props or not _is(props[field], want):
                found = "missing" if field not in props else f"{json.dumps(props[field])[:40]}"
                raise RunFileError(f"{at}: property {field!r} must be {want} ({found})")
        for field, want in TYPED.items():
            if props.get(field) is not None and not _is(props[field], want):
                raise RunFileError(f"{at}: property {field!r} must be {want} or null "
                                   f"({json.dumps(props[field])[:40]})")
        if kind == "incidents" and not all(isinstance(s, dict) for s in props["sources"]):
            raise RunFileError(f"{at}: property 'sources' must be a list of objects")
        row = dict(props)
        row["lon"], row["lat"] = float(lon), float(lat)
        rows.append(row)
    return kind or "events", rows
