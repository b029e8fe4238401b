"""Synthetic event rows for the aggregation benchmark and its equivalence tests.

Real corpora tell one strike in several reports, a report names several places, qualifiers move points
a few kilometres off their place, and dates drift by a day between outlets. These rows do the same on the
gazetteer's own places, deterministically from a seed, so grouping meets every case it decides: the same
place, points either side of 2 km, dates a day apart, one report's two places, and events with no date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gazetteer import load

TYPES = ["airstrike", "drone strike", "missile strike", "shelling", "explosion", "strike"]
OUTLETS = ["SOHR", "North Press", "Deir Ezzor 24", "Enab Baladi", "SANA", "Eye of Euphrates", "", "Reuters"]
STATUSES = ["reported"] * 6 + ["unconfirmed", "denied"]


def events(n: int, seed: int = 0, days: int | None = None, places: int | None = None,
           jitter_km: float = 3.0) -> list[dict]:
    """About n event rows. `days` and `places` (the nearest `places` to one place) narrow the spread (a crowded corpus); `jitter_km` is how far
    a qualifier may move a point off its place."""
    rnd = random.Random(seed)
    gaz = load()
    pool = sorted(gaz.places.values(), key=lambda p: p.id)
    if places:  # the places nearest one drawn at random: close enough for chains of tellings to link them
        centre = rnd.choice(pool)
        pool = sorted(pool, key=lambda p: ((p.lat - centre.lat) ** 2 + (p.lon - centre.lon) ** 2, p.id))[:places]
    span = days or max(30, n // 40)
    start = date(2017, 1, 1)
    rows: list[dict] = []
    report = 0
    while len(rows) < n:
        # one strike, told by one to four outlets
        day = start + timedelta(days=rnd.randrange(span))
        etype = rnd.choice(TYPES[:3]) if rnd.random() < 0.8 else rnd.choice(TYPES)
        struck = [rnd.choice(pool) for _ in range(rnd.choice([1, 1, 1, 2, 2, 3, 5]))]
        for _ in range(rnd.choice([1, 1, 2, 2, 3, 4])):
            report += 1
            rid = f"r{report:07d}"
            source = rnd.choice(OUTLETS)
            told_day = None if rnd.random() < 0.03 else day + timedelta(days=rnd.choice([0, 0, 0, 0, 1, -1, 2]))
            for k, p in enumerate(struck):
                if rnd.random() < 0.15:
                    continue  # this outlet did not name that place
                moved = rnd.random() < 0.4
                dlat = rnd.uniform(-jitter_km, jitter_km) / 111.0 if moved else 0.0
                dlon = rnd.uniform(-jitter_km, jitter_km) / 91.0 if moved else 0.0
                rows.append(_row(rid, source, told_day, etype, p, k, dlat, dlon, rnd))
    return rows[:n]


def _row(rid, source, day, etype, place, k, dlat, dlon, rnd) -> dict:
    d = day.isoformat() if day else None
    lat, lon = round(place.lat + dlat, 5), round(place.lon + dlon, 5)
    fat = rnd.choice([None, None, None, 0, 1, 2, 3, 5, 12])
    strikes = rnd.choice([None, None, 1, 2, 3, 6, 12])
    return {
        "event_id": f"{rid}-{k}", "report_id": rid, "source": source, "url": f"https://example.org/{rid}",
        "published": d, "event_date": d, "date_precision": "day", "event_type": etype, "place": place.name,
        "place_ar": place.name_ar, "place_id": place.id, "place_type": place.type, "mention": place.name,
        "lat": lat, "lon": lon, "anchor_lat": place.lat, "anchor_lon": place.lon,
        "geo_precision": 2 if (dlat or dlon) else 1, "uncertainty_km": 3.0 if (dlat or dlon) else 0.0,
        "qualifier": "near" if (dlat or dlon) else "", "district": place.district, "subdistrict": place.subdistrict,
        "status": rnd.choice(STATUSES), "attribution": rnd.choice(["", "", "US-led coalition", "Russia", "Israel"]),
        "attribution_certainty": rnd.choice(["", "claimed", "attributed", "presumed"]), "target": "",
        "fatalities": fat, "fatalities_max": (fat + rnd.choice([0, 2])) if fat is not None else None,
        "fatalities_text": "", "strikes": strikes, "strikes_max": strikes, "strike_group": "",
        "group_strikes": None, "group_strikes_max": None, "count_text": "", "cited_sources": "",
        "evidence": f"Evidence sentence of {rid} about {place.name}.", "evidence_all": f"Evidence sentence of {rid} about {place.name}.",
        "span_start": k * 40, "span_end": k * 40 + len(place.name), "language": rnd.choice(["en", "ar"]), "flags": "",
    }
