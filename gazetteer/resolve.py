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


@lru_cache(maxsize=65536)
def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS 84 (geographiclib, the engine behind geopy's geodesic).

    Cached: the same few hundred gazetteer points are compared in report after report, and an ellipsoidal inverse
    costs more than the rest of a candidate's scoring."""
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


def resolve(text: str, matches: list[Match]) -> list[Match]:
    """Score and choose each match's candidate; returns the same matches."""
    # distinct places only: a long text names the same few places thousands of times
    settled = list({m.candidates[0].place.id: m.candidates[0].place for m in matches if not m.ambiguous}.values())
    memo: dict[tuple, list[Candidate]] = {}
    for m in matches:
        if not m.ambiguous:
            m.chosen = m.candidates[0]
            continue
        hinted = context_types(text, m)
        memo_key = (m.key, frozenset(hinted))
        if memo_key in memo:
            m.candidates = memo[memo_key]
            m.chosen = m.candidates[0]
            continue
        scored = []
        for c in m.candidates:
            p = c.place
            score = 0.5
            why = []
            if p.type in hinted:
                score += 0.3
                why.append(f"context says {p.type}")
            if settled:
                near = _nearest_km(p, settled)
                if near is not None:
                    bonus = 0.15 * max(0.0, 1 - near / 150)
                    score += bonus
                    why.append(f"{near:.0f} km from other places named")
            score -= 0.01 * TYPE_RANK.get(p.type, 20)
            if p.outside:
                score -= 0.05
            scored.append(Candidate(p, round(min(score, 1.0), 3), "; ".join(why) or "type rank"))
        scored.sort(key=lambda c: (-c.score, TYPE_RANK.get(c.place.type, 20), c.place.id))
        m.candidates = scored
        m.chosen = scored[0]
        memo[memo_key] = scored
    return matches
