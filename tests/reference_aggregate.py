"""The incident aggregation as it was before it was vectorised, kept only as the tests' reference.

It compares the events of each (type, day, grid cell) bucket pair by pair with a geodesic call;
mapper.aggregate must give the same incidents, byte for byte. Copied unchanged from mapper/aggregate.py
at commit 1fcb47d (tables() and the column list dropped).

Incidents: the same strike told by several reports, merged into one row.

Reports of one strike differ in spelling, precision and counts. Two events are
the same incident when they are of the same kind, their dates are at most a
day apart, and they name the same place or lie within 2 km of each other.
Counts from different reports are never added (the largest stated count
stands), fatalities become a range across sources, and "reported" beats
"unconfirmed" only when two or more independent outlets report the strike.
A denial is kept beside the status, never silently dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta


from gazetteer.resolve import km

from mapper.model import stable_id

SAME_PLACE_KM = 2.0
SAME_DAYS = 1
CERTAINTY_ORDER = ["claimed", "attributed", "presumed", "unidentified", "unknown", ""]


class _Sets:
    """Union-find that refuses to join two groups holding different places from one report:
    a report that names two places is telling two strikes."""

    def __init__(self, n: int, rows: list[dict]):
        self.parent = list(range(n))
        self.told = [{rows[i]["report_id"]: {rows[i]["place_id"]}} for i in range(n)]

    def compatible(self, a: int, b: int) -> bool:
        ta, tb = self.told[self.find(a)], self.told[self.find(b)]
        small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return all(rid not in big or big[rid] == places for rid, places in small.items())

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            self.parent[gone] = keep
            for rid, places in self.told[gone].items():
                self.told[keep].setdefault(rid, set()).update(places)
            self.told[gone] = {}


def _same(a: dict, b: dict) -> bool:
    if a["event_type"] != b["event_type"]:
        return False
    if a["place_id"] == b["place_id"]:
        return True
    return km(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_PLACE_KM


def group_events(rows: list[dict]) -> list[list[int]]:
    """Indexes of the events that form each incident (grid and date buckets keep it near linear)."""
    sets = _Sets(len(rows), rows)
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        d = r.get("event_date") or ""
        buckets[(r["event_type"], d, round(r["lat"] / 0.05), round(r["lon"] / 0.05))].append(i)
    for (etype, d, gy, gx), members in buckets.items():
        days = [d]
        if d:
            day = date.fromisoformat(d)
            days = [(day + timedelta(days=k)).isoformat() for k in range(-SAME_DAYS, SAME_DAYS + 1)]
        for dd in days:
            for ny in (gy - 1, gy, gy + 1):
                for nx in (gx - 1, gx, gx + 1):
                    other = buckets.get((etype, dd, ny, nx))
                    if not other:
                        continue
                    for i in members:
                        for j in other:
                            if i < j and sets.find(i) != sets.find(j) and _same(rows[i], rows[j]) and sets.compatible(i, j):
                                sets.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[sets.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: min(g))


def _status(evs: list[dict]) -> tuple[str, str]:
    denied_by = sorted({e.get("source") or e["report_id"] for e in evs if e["status"] == "denied"})
    rest = [e for e in evs if e["status"] != "denied"]
    if not rest:
        return "denied", "; ".join(denied_by)
    reporting = {e.get("source") or e["report_id"] for e in rest if e["status"] == "reported"}
    unconfirmed = any(e["status"] == "unconfirmed" for e in rest)
    if reporting and (len(reporting) >= 2 or not unconfirmed):
        return "reported", "; ".join(denied_by)
    return "unconfirmed", "; ".join(denied_by)


def _max_pair(evs: list[dict], low: str, high: str) -> tuple:
    best = None
    for e in evs:
        if e.get(low) is None:
            continue
        if best is None or e[low] > best[0]:
            best = (e[low], e.get(high))
    return best or (None, None)


def incident(evs: list[dict]) -> dict:
    evs = sorted(evs, key=lambda e: (e["geo_precision"], e["uncertainty_km"] or 0, e["report_id"], e["event_id"]))
    best = evs[0]  # the most precisely located telling gives the point
    status, denied_by = _status(evs)
    fat_low = [e["fatalities"] for e in evs if e.get("fatalities") is not None]
    fat_high = [e["fatalities_max"] if e.get("fatalities_max") is not None else e["fatalities"] for e in evs
                if e.get("fatalities") is not None]
    attrs = Counter(e["attribution"] for e in evs if e.get("attribution"))
    attribution = attrs.most_common(1)[0][0] if attrs else ""
    certs = [e.get("attribution_certainty") or "" for e in evs if e.get("attribution") == attribution]
    certainty = min(certs, key=lambda c: CERTAINTY_ORDER.index(c) if c in CERTAINTY_ORDER else 99) if certs else ""
    dates = sorted(e["event_date"] for e in evs if e.get("event_date"))
    published = sorted(e["published"] for e in evs if e.get("published"))
    by_report = {}
    for e in sorted(evs, key=lambda e: (e.get("published") or "", e["report_id"])):
        by_report.setdefault(e["report_id"], {"report_id": e["report_id"], "source": e.get("source") or "",
                                               "url": e.get("url") or "", "published": e.get("published") or ""})
    sources = list(by_report.values())
    evidence_all = []
    for e in evs:
        for s in e.get("evidence_all") or [e["evidence"]]:
            if s not in evidence_all:
                evidence_all.append(s)
    strikes = _max_pair(evs, "strikes", "strikes_max")
    group = _max_pair(evs, "group_strikes", "group_strikes_max")
    event_ids = sorted(e["event_id"] for e in evs)
    return {
        "incident_id": stable_id(*event_ids), "event_ids": event_ids, "n_events": len(evs),
        "n_reports": len(by_report), "n_outlets": len({s["source"] or s["report_id"] for s in sources}),
        "event_date": dates[0] if dates else None, "event_date_last": dates[-1] if dates else None,
        "event_type": best["event_type"], "place": best["place"], "place_ar": best.get("place_ar", ""),
        "place_id": best["place_id"], "place_type": best.get("place_type", ""), "mention": best.get("mention", ""),
        "lat": best["lat"], "lon": best["lon"], "anchor_lat": best["anchor_lat"], "anchor_lon": best["anchor_lon"],
        "geo_precision": best["geo_precision"], "uncertainty_km": best["uncertainty_km"],
        "qualifier": best.get("qualifier", ""), "district": best.get("district", ""),
        "subdistrict": best.get("subdistrict", ""), "status": status, "denied_by": denied_by,
        "attribution": attribution, "attribution_certainty": certainty,
        "target": "; ".join(dict.fromkeys(t for e in evs for t in (e.get("target") or "").split("; ") if t)),
        "strikes": strikes[0], "strikes_max": strikes[1], "group_strikes": group[0], "group_strikes_max": group[1],
        "fatalities": min(fat_low) if fat_low else None,
        "fatalities_max": max(x for x in fat_high if x is not None) if fat_high and any(x is not None for x in fat_high) else None,
        "sources": sources, "report_ids": [s["report_id"] for s in sources], "urls": [s["url"] for s in sources if s["url"]],
        "first_report": published[0] if published else None, "last_report": published[-1] if published else None,
        "cited_sources": "; ".join(dict.fromkeys(c for e in evs for c in (e.get("cited_sources") or "").split("; ") if c)),
        "evidence": best["evidence"], "evidence_all": evidence_all,
        "language": ",".join(sorted({e.get("language") or "" for e in evs} - {""})),
        "flags": ",".join(sorted({f for e in evs for f in (e.get("flags") or "").split(",") if f})),
    }


def incidents(rows: list[dict]) -> list[dict]:
    """One row per incident from event rows (Event.as_dict() or the exported properties)."""
    rows = [dict(r, evidence_all=_as_list(r.get("evidence_all"), r.get("evidence"))) for r in rows]
    out = [incident([rows[i] for i in g]) for g in group_events(rows)]
    out.sort(key=lambda r: (r["event_date"] or "", r["place_id"], r["incident_id"]))
    return out


def _as_list(v, fallback) -> list[str]:
    if isinstance(v, list):
        return v
    if isinstance(v, str) and v:
        return [x for x in v.split(" || ") if x]
    return [fallback] if fallback else []
