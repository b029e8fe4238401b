"""Choosing among the places one name can mean, from the words around it.

"Deir ez-Zor" is a city, a governorate and (with "Airport") an airport; "al-Sina'a"
is a quarter of two cities. A careful reader settles it from the words beside the
mention, from the other places the report names, and failing both from which
kind of place a bare name usually means. Every candidate keeps its score.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from geographiclib.geodesic import Geodesic

from .matcher import Candidate, Match
from .places import TYPE_RANK

# Context words and the place types they point to, read in a short window
# after the mention (and "the city of X" before it).
_CONTEXT_TYPES = [
    (re.compile(r"^\W{0,3}(city|town|'s city)\b", re.I), {"city", "town"}),
    (re.compile(r"^\W{0,3}(province|governorate|region)\b", re.I), {"governorate", "region"}),
    (re.compile(r"^\W{0,3}(countryside|rural|suburbs)\b", re.I), {"region", "governorate"}),
    (re.compile(r"^\W{0,3}(military )?(airport|air ?base|airfield)\b", re.I), {"airport"}),
    (re.compile(r"^\W{0,3}(neighbou?rhood|district|quarter)\b", re.I), {"neighbourhood", "region"}),
    (re.compile(r"^\W{0,3}(desert|badia|steppe)\b", re.I), {"desert"}),
    (re.compile(r"^\W{0,3}((border )?crossing)\b", re.I), {"border_crossing"}),
    (re.compile(r"^\W{0,3}((oil|gas) ?field)\b", re.I), {"oil_field", "gas_field"}),
    (re.compile(r"^\W{0,3}(bridge)\b", re.I), {"bridge"}),
    (re.compile(r"^\W{0,3}(mountains?|hill|heights)\b", re.I), {"mountain"}),
    (re.compile(r"^\W{0,3}(village)\b", re.I), {"village"}),
]
_BEFORE_TYPES = [
    (re.compile(r"\b(city|town) of\W{0,3}$", re.I), {"city", "town"}),
    (re.compile(r"\b(province|governorate) of\W{0,3}$", re.I), {"governorate"}),
    (re.compile(r"\b(countryside|outskirts|suburbs|desert|badia) of\W{0,3}$", re.I), {"region", "city", "town"}),
    (re.compile(r"\b(village) of\W{0,3}$", re.I), {"village"}),
    (re.compile(r"(مدينة|بلدة)\s*$"), {"city", "town"}),
    (re.compile(r"(محافظة)\s*$"), {"governorate"}),
    (re.compile(r"(ريف|بادية)\s*$"), {"region", "city", "town"}),
    (re.compile(r"(قرية)\s*$"), {"village"}),
    (re.compile(r"(حي)\s*$"), {"neighbourhood"}),
    (re.compile(r"(مطار)\s*$"), {"airport"}),
]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS 84 (geographiclib, the engine behind geopy's geodesic).

    Cached, either way round: the same few hundred gazetteer points are compared in report after report, as the
    candidate in one and the place already settled in the next, and an ellipsoidal inverse costs more than the rest
    of a candidate's scoring."""
    if (lat1, lon1) <= (lat2, lon2):
        return _km(lat1, lon1, lat2, lon2)
    return _km(lat2, lon2, lat1, lon1)


@lru_cache(maxsize=65536)
def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE)["s12"] / 1000.0


def _rough_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the mean radius: within 0.6% of the geodesic on WGS 84."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _nearest_km(p, settled: list) -> float | None:
    """The geodesic distance from p to the nearest other settled place.

    An ellipsoidal inverse for every candidate against every settled place was a tenth of extraction on a cold
    cache. The sphere finds the few places that can be nearest (its error is under 0.6%, so the nearest on the
    ellipsoid is within 2% of the nearest on the sphere) and only those are measured on the ellipsoid: the same
    figure as measuring them all, since two villages 2 km apart can swap on a rougher one."""
    rough = [(_rough_km(p.lat, p.lon, q.lat, q.lon), q) for q in settled if q.id != p.id]
    if not rough:
        return None
    bound = min(r for r, _ in rough) * 1.02 + 0.01
    return min(km(p.lat, p.lon, q.lat, q.lon) for r, q in rough if r <= bound)


def context_types(text: str, m: Match) -> set[str]:
    after = text[m.end:m.end + 30]
    before = text[max(0, m.start - 30):m.start]
    types: set[str] = set()
    for rx, ts in _CONTEXT_TYPES:
        if rx.search(after):
            types |= ts
    for rx, ts in _BEFORE_TYPES:
        if rx.search(before):
            types |= ts
    return types


# "Al-Hawaij village, west of Deir Ezzor", "al-Hari, a few kilometres south-east of the border town of Albu Kamal",
# "قرية الحوايج غربي دير الزور": the direction in which the place lies from the next place named
_DIRECTION_AFTER = re.compile(
    r"^\W{0,3}(?:(?:village|town|city|area)\s*)?,?\s*(?:(?:located|lying|about|some|around|a\s+few)\s+)*"
    r"(?:[\d.,]+\s*|[\w-]+\s+)?(?:km|kilomet(?:re|er)s?|miles?)?\s*(?:to\s+the\s+)?"
    r"(?P<d>north|south|east|west)(?:-?(?P<d2>east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+)?$|"
    r"^\s*[،,]?\s*(?:(?:الواقعة|الواقع)\s+)?(?:على\s+بعد\s+\S+\s+(?:كم|كيلومترات?|كيلومترا)\s+)?"
    r"(?P<da>شمال|جنوب|شرق|غرب)ي?(?:\s*[-–]?\s*(?P<da2>شرق|غرب)ي?)?\s+(?:مدينة\s+|بلدة\s+|قرية\s+)?$", re.I)
_BEARINGS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0,
             "شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}


def _direction(text: str, matches: list[Match], i: int):
    """(bearing in degrees, the place it is measured from) when the words after matches[i] say in which direction it
    lies from the next place named, else None."""
    if i + 1 >= len(matches) or "of" not in text[matches[i].end:matches[i + 1].start] and not any(
            w in text[matches[i].end:matches[i + 1].start] for w in ("شمال", "جنوب", "شرق", "غرب")):
        return None
    nxt = matches[i + 1]
    if nxt.start - matches[i].end > 70:
        return None
    d = _DIRECTION_AFTER.match(text[matches[i].end:nxt.start])
    if d is None:
        return None
    first, second = (d.group("d"), d.group("d2")) if d.group("d") else (d.group("da"), d.group("da2"))
    bearing = _BEARINGS[first.lower()]
    if second:
        # "south-east" lies between its two bearings (north-west: 315, not 135)
        other = _BEARINGS[second.lower()]
        bearing = (bearing + other) / 2 if abs(bearing - other) <= 180 else ((bearing + other + 360) / 2) % 360
    ref = next((c.place for c in nxt.candidates if c.place.type in ("city", "town", "village")), nxt.candidates[0].place)
    return bearing, ref


def _bearing_off(ref, p, bearing: float) -> float:
    """Degrees between the stated direction from ref and the direction in which p lies from it."""
    dx = (p.lon - ref.lon) * math.cos(math.radians((p.lat + ref.lat) / 2))
    dy = p.lat - ref.lat
    actual = math.degrees(math.atan2(dx, dy)) % 360
    off = abs(actual - bearing) % 360
    return min(off, 360 - off)


# "the villages of al-Suwayiyyah and al-Salihiyah", "قريتي السويعية والصالحية": places listed together lie together
# (an address line, "al-Kashma, Deir Ezzor, Syria", lists its containers with commas alone and is no such list)
_LIST_SEP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:the\s+)?(?:(?:villages?|towns?)\s+of\s+)?|\s*[،,]?\s*و?\s*", re.I)
_AND = re.compile(r"\b(?:and|or)\b|&|(?<![\u0621-\u064a])و", re.I)


def _listed_with(text: str, matches: list[Match], i: int) -> list:
    """The unambiguous places (not countries or regions) listed together with matches[i], in a list joined by "and"."""
    out, joined = [], False
    for step in (-1, 1):
        j, k = i + step, i
        while 0 <= j < len(matches):
            a, b = (matches[j].end, matches[k].start) if step < 0 else (matches[k].end, matches[j].start)
            if b - a > 40 or not _LIST_SEP.fullmatch(text, a, b):
                break
            joined = joined or bool(_AND.search(text, a, b))
            o = matches[j]
            if not o.ambiguous and not o.candidates[0].place.is_region:
                out.append(o.candidates[0].place)
            j, k = j + step, j
    return out if joined else []


def resolve(text: str, matches: list[Match]) -> list[Match]:
    """Score and choose each match's candidate; returns the same matches."""
    # distinct places only: a long text names the same few places thousands of times
    settled = list({m.candidates[0].place.id: m.candidates[0].place for m in matches if not m.ambiguous}.values())
    memo: dict[tuple, list[Candidate]] = {}
    for i, m in enumerate(matches):
        if not m.ambiguous:
            m.chosen = m.candidates[0]
            continue
        hinted = context_types(text, m)
        direction = _direction(text, matches, i)
        # a name is read where the report first names it, beside the places listed with it, and kept after, however
        # it is spelt again ("al-Salihiyah" … "Salihiyah")
        memo_key = (frozenset(c.place.id for c in m.candidates), frozenset(hinted),
                    direction[1].id if direction else "", direction[0] if direction else -1)
        if memo_key in memo:
            m.candidates = memo[memo_key]
            m.chosen = m.candidates[0]
            continue
        beside = _listed_with(text, matches, i) if settled else []
        scored = []
        for c in m.candidates:
            p = c.place
            score = 0.5
            why = []
            if p.type in hinted:
                score += 0.3
                why.append(f"context says {p.type}")
            if direction is not None and direction[1].id != p.id:
                off = _bearing_off(direction[1], p, direction[0])
                if off <= 90:
                    score += 0.3
                    why.append(f"lies the way the text says from {direction[1].name} ({off:.0f}° off)")
            for others, what in ((settled, "other places named"), (beside, "the places listed with it")):
                near = _nearest_km(p, others) if others else None
                if near is not None:
                    score += 0.15 * max(0.0, 1 - near / 150)
                    why.append(f"{near:.0f} km from {what}")
            score -= 0.01 * TYPE_RANK.get(p.type, 20)
            if p.outside:
                score -= 0.05
            scored.append(Candidate(p, round(min(score, 1.0), 3), "; ".join(why) or "type rank"))
        scored.sort(key=lambda c: (-c.score, TYPE_RANK.get(c.place.type, 20), c.place.id))
        m.candidates = scored
        m.chosen = scored[0]
        memo[memo_key] = scored
    return matches
