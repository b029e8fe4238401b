"""Spatial qualifiers: "south of X", "near X", "desert areas in X", "X countryside".

A qualifier means the strike was not at the named place itself. The named place
stays the anchor; the mapped point moves along the stated bearing by a
distance that depends on the kind of place, and an uncertainty radius says how
far the truth may lie. The distances (km) are documented in docs/qualifiers.md
and chosen to match how Syrian reporting uses the words: a town's "south of"
means its fields and the desert edge, a few km out; a city's reaches further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geopy.distance import geodesic

from .scripts import has_arabic, has_latin

BEARINGS = {
    "north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
    "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315,
    "شمال": 0, "شمال شرق": 45, "شمال شرقي": 45, "شرق": 90, "جنوب شرق": 135, "جنوب شرقي": 135, "جنوب": 180,
    "جنوب غرب": 225, "جنوب غربي": 225, "غرب": 270, "شمال غرب": 315, "شمال غربي": 315,
    "شمالي": 0, "شرقي": 90, "جنوبي": 180, "غربي": 270,
}
# Offset (km) of a bearing qualifier, by the anchor's kind of place.
OFFSET_KM = {"city": 8.0, "town": 5.0, "village": 3.0, "default": 4.0}
# Uncertainty (km) of each qualifier kind, before the anchor's own radius is added.
UNCERTAINTY_KM = {
    "bearing": 5.0, "near": 5.0, "around": 4.0, "outskirts": 3.0, "desert": 15.0, "countryside": 25.0,
    "farms": 4.0, "vicinity": 4.0, "between": 10.0,
}

_DIRS = r"north-?east|north-?west|south-?east|south-?west|north|south|east|west"
_AR_DIRS = r"شمال شرقي?|شمال غربي?|جنوب شرقي?|جنوب غربي?|شمالي?|جنوبي?|شرقي?|غربي?"
# Qualifier phrases written before the place; the last words before the mention.
_BEFORE = [
    ("bearing", re.compile(rf"(?:(?P<km>\d+(?:\.\d+)?)\s*(?:km|kilometers?|kilometres?)\s+)?(?:the\s+)?(?:\w+\s+){{0,2}}?(?P<dir>{_DIRS})(?:ern)?(?:\s+(?:of|outskirts of|countryside of|desert of|side of))?\s+(?:the\s+)?$", re.I)),
    # ("the desert around Mayadin", "desert areas near al-Bukamal": the desert, before the "around" or "near" in it)
    ("desert", re.compile(r"\b(?:desert|badia|steppe)(?:\s+areas?)?\s+(?:of|in|near|around|surrounding)\s+(?:the\s+)?$", re.I)),
    # "close to the coalition base at the al-Omar field": near the facility that stands at the place
    ("near", re.compile(r"\b(?:near|close to|nearby|next to|adjacent to|neighbou?ring|on the edge of)\s+(?:the\s+)?"
                        r"(?:(?:[\w-]+\s+){0,2}?(?:base|airport|bridge|crossing|checkpoint|headquarters)\s+(?:in|at|of)\s+(?:the\s+)?|"
                        r"(?:city|town|village)\s+of\s+)?$",
                        re.I)),
    ("around", re.compile(r"\b(?:around|surrounding|areas? around|environs of|the surroundings of|surroundings of)\s+(?:the\s+)?$", re.I)),
    ("vicinity", re.compile(r"\b(?:vicinity of|in the vicinity of|the area of|the perimeter of|perimeter of)\s+(?:the\s+)?$", re.I)),
    ("outskirts", re.compile(r"\b(?:outskirts of|edge of|entrance of|entrance to|suburbs of|outside)\s+(?:the\s+)?$", re.I)),
    ("countryside", re.compile(r"\b(?:countryside|rural areas?|rural|countryside areas?|villages)\s+(?:of|in|around)\s+(?:the\s+)?$", re.I)),
    ("farms", re.compile(r"\b(?:farms?|farmlands?|farm areas?|fields|orchards)\s+(?:of|in|near|around)\s+(?:the\s+)?$", re.I)),
    # Arabic: بادية الميادين, ريف دير الزور, محيط البوكمال, قرب, جنوب الميادين
    ("bearing", re.compile(rf"(?P<dir>{_AR_DIRS})\s*(?:مدينة|بلدة|قرية)?\s*$")),
    ("near", re.compile(r"(?:قرب|بالقرب من|على مقربة من|قريب(?:ة|اً|ا)? من|بجوار|أطراف|اطراف)\s*"
                        r"(?:(?:قاعدة|مطار|جسر|معبر|حاجز|مقر)\s+(?:\S+\s+){0,2}?(?:في|ب)\s*)?(?:مدينة|بلدة|قرية)?\s*$")),
    ("around", re.compile(r"(?:محيط|حول|بمحيط|في محيط)\s*(?:مدينة|بلدة|قرية)?\s*$")),
    ("desert", re.compile(r"(?:بادية|ببادية|صحراء)\s*$")),
    ("countryside", re.compile(r"(?:ريف|بريف|أرياف)\s*(?:مدينة)?\s*$")),
]
_BEFORE_ARABIC = [has_arabic(rx.pattern) for _, rx in _BEFORE]  # else English: Latin words
# Words written after the place that make it an area around it: "al-Quriyah desert area".
_AFTER = [
    ("desert", re.compile(r"^\s+(?:desert|badia)(?:\s+areas?)?\b", re.I)),
    ("countryside", re.compile(r"^(?:'s|’s)?\s+(?:countryside|rural areas|outskirts)\b", re.I)),
    ("outskirts", re.compile(r"^(?:'s|’s)?\s+(?:outskirts|suburbs|periphery)\b", re.I)),
    ("farms", re.compile(r"^\s+(?:farms|farmlands)\b", re.I)),
]


@dataclass(frozen=True)
class Qualifier:
    kind: str
    words: str
    bearing: float | None = None
    distance_km: float | None = None
    start: int = 0  # where the qualifier's words start in the text


def find_qualifier(text: str, start: int, end: int, window: int = 60) -> Qualifier | None:
    before = text[max(0, start - window):start]
    # only the current clause: stop at the previous place-list comma or clause mark
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("،"), before.rfind(":"))
    clause = before[cut + 1:] if cut >= 0 else before
    # (a pattern of one script cannot match a clause with no letter of it: most clauses are searched by half the list)
    latin, arabic = has_latin(clause), has_arabic(clause)
    for (kind, rx), is_arabic in zip(_BEFORE, _BEFORE_ARABIC):
        if not (arabic if is_arabic else latin):
            continue
        m = rx.search(clause)
        if m:
            d = m.groupdict().get("dir")
            km = m.groupdict().get("km")
            words = m.group(0).strip()
            bearing = BEARINGS.get(d.lower().replace("ern", "")) if d else None
            if kind == "bearing" and bearing is None:
                continue
            if kind == "countryside" and re.match(r"villages|towns", m.group(0).strip(), re.I) \
                    and re.match(r"\s*(?:,|and\b|و)", text[end:end + 6]):
                continue  # "the villages of Dhiban and al-Hawayij": a list of villages, not Dhiban's countryside
            qstart = start - len(clause) + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            return Qualifier(kind, words, bearing, float(km) if km else None, qstart)
    after = text[end:end + 30]
    for kind, rx in _AFTER:
        m = rx.search(after)
        if m:
            return Qualifier(kind, m.group(0).strip(), None, None, end)
    return None


@lru_cache(maxsize=8192)
def _destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """Cached: reports put the same few bearings on the same towns, and a geodesic step is costly."""
    dest = geodesic(kilometers=km).destination((lat, lon), bearing)
    return round(dest.latitude, 5), round(dest.longitude, 5)


def apply(qual: Qualifier | None, lat: float, lon: float, place_type: str, place_radius_km: float
          ) -> tuple[float, float, float]:
    """(lat, lon, uncertainty_km) of the point a qualifier designates."""
    if qual is None:
        return lat, lon, place_radius_km
    unc = UNCERTAINTY_KM.get(qual.kind, 5.0) + place_radius_km
    if qual.kind == "bearing" and qual.bearing is not None:
        dist = qual.distance_km or OFFSET_KM.get(place_type, OFFSET_KM["default"])
        dest_lat, dest_lon = _destination(lat, lon, dist, qual.bearing)
        unc = max(unc, dist * 0.75)
        return dest_lat, dest_lon, round(unc, 1)
    return lat, lon, round(unc, 1)
