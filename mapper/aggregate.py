"""Incidents: the same strike told by several reports, merged into one row.

Reports of one strike differ in spelling, precision and counts. Two events are
the same incident when they are of the same kind, their dates are at most a
day apart, and they name the same place or lie within 2 km of each other.
Counts from different reports are never added (the largest stated count
stands), fatalities become a range across sources, and "reported" beats
"unconfirmed" only when two or more independent outlets report the strike.
A denial is kept beside the status, never silently dropped.

Grouping is done on whole columns: candidate pairs come from a self-merge of
(type, day, grid cell) buckets with their neighbours, distances for all pairs
at once, incidents as connected components. It gives the same incidents as
comparing pairs one by one (tests/reference_aggregate.py, kept for the tests)
in about n log n.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from gazetteer.resolve import km

from .model import stable_id

SAME_PLACE_KM = 2.0
SAME_DAYS = 1
CERTAINTY_ORDER = ["claimed", "attributed", "presumed", "unidentified", "unknown", ""]
INCIDENT_COLUMNS = [
    "incident_id", "event_ids", "n_events", "n_reports", "n_outlets", "event_date", "event_date_last", "event_type",
    "place", "place_ar", "place_id", "place_type", "mention", "lat", "lon", "anchor_lat", "anchor_lon", "geo_precision",
    "uncertainty_km", "qualifier", "district", "subdistrict", "status", "denied_by", "attribution",
    "attribution_certainty", "target", "strikes", "strikes_max", "group_strikes", "group_strikes_max", "fatalities",
    "fatalities_max", "sources", "report_ids", "urls", "first_report", "last_report", "cited_sources", "evidence",
    "evidence_all", "language", "flags",
]


GRID_DEG = 0.05  # a cell is 5.5 km by 4.5 km here, so two points within 2 km are always in neighbouring cells
NO_DATE = -10  # no real day is within one day of it
# WGS 84, as the geodesic (geographiclib) that decides one pair at a time
_A_KM, _F = 6378.137, 1 / 298.257223563
_B_KM = _A_KM * (1 - _F)
# Vincenty's formulae agree with geographiclib to well under a millimetre at these distances; inside this
# band (10 cm either side of 2 km), or where they do not converge, the exact geodesic decides.
_BORDER_KM = 1e-4
_R_KM, _SPHERE_ERR = 6371.0088, 0.01  # mean radius; the sphere's distances are within 0.6% of WGS 84's
_PAIR_CHUNK = 1_000_000  # candidate pairs held at once (about 100 MB), so a crowded corpus cannot exhaust memory
_BUCKET_CHUNK = 10_000  # buckets whose neighbours are looked up at once (about 20 MB)
# (day, row, column) offsets in the order the buckets are compared, which the union order follows.
_OFFSETS = np.array([(dd, dy, dx) for dd in (-1, 0, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1)], dtype=np.int64)


def frame(rows: list[dict]) -> pd.DataFrame:
    """The columns grouping needs: coordinates, and integer codes for the rest."""
    return frame_from_columns([r["event_type"] for r in rows], [r.get("event_date") for r in rows],
                              [r["lat"] for r in rows], [r["lon"] for r in rows],
                              [r["place_id"] for r in rows], [r["report_id"] for r in rows])


def frame_from_columns(event_type, event_date, lat, lon, place_id, report_id) -> pd.DataFrame:
    """frame() from one list per field, for callers that never hold whole rows (mapper.spill)."""
    df = pd.DataFrame({
        "event_type": event_type,
        "event_date": [d or "" for d in event_date],
        "lat": np.array(lat, dtype=np.float64),
        "lon": np.array(lon, dtype=np.float64),
        "place_id": place_id,
        "report_id": report_id,
    })
    codes, uniq = pd.factorize(df["event_date"], sort=False)
    ordinals = np.array([date.fromisoformat(d).toordinal() if d else NO_DATE for d in uniq], dtype=np.int64)
    df["day"] = ordinals[codes] if len(uniq) else np.zeros(0, dtype=np.int64)
    df["type_code"] = pd.factorize(df["event_type"], sort=False)[0]
    df["gy"] = np.round(df["lat"].to_numpy() / GRID_DEG).astype(np.int64)  # half to even, as Python's round()
    df["gx"] = np.round(df["lon"].to_numpy() / GRID_DEG).astype(np.int64)
    df["place"] = pd.factorize(df["place_id"], sort=False)[0]
    df["report"] = pd.factorize(df["report_id"], sort=False)[0]
    return df.drop(columns=["event_type", "event_date", "place_id", "report_id"])


def _bucket_pairs(df: pd.DataFrame) -> tuple[np.ndarray, ...]:
    """Buckets (type, day, cell) numbered in order of first appearance, and every pair of neighbouring
    buckets (day ±1, cell ±1), looked up by one integer key per bucket, ordered as the buckets are compared."""
    keys = ["type_code", "day", "gy", "gx"]
    bucket = df.groupby(keys, sort=False).ngroup().to_numpy()  # numbered in order of first appearance
    lead = df[keys].drop_duplicates(keep="first")  # row k is bucket k
    t, d, y, x = (lead[k].to_numpy(dtype=np.int64) for k in keys)
    # one int64 per bucket: the merge is then on a single column (cells and days are shifted into range)
    y0, x0, d0 = y.min() - 2, x.min() - 2, d.min() - 2
    ny, nx, nd = int(y.max() - y0) + 3, int(x.max() - x0) + 3, int(d.max() - d0) + 3

    def code(t, d, y, x):
        return ((t * nd + (d - d0)) * ny + (y - y0)) * nx + (x - x0)

    nb = len(t)
    have = code(t, d, y, x)  # distinct: one per bucket
    by_key = np.argsort(have, kind="stable")
    sorted_keys = have[by_key]
    bs, b2s, offs = [], [], []
    # a slice of buckets at a time: the 27 neighbours of every bucket at once took about 2 kB per event,
    # the largest part of a build's memory. Rows are made in (bucket, offset) order and a key names at
    # most one bucket, so the matches come out in the order the buckets are compared.
    for lo in range(0, nb, _BUCKET_CHUNK):
        hi = min(nb, lo + _BUCKET_CHUNK)
        off = np.tile(np.arange(len(_OFFSETS)), hi - lo)
        b = np.repeat(np.arange(lo, hi), len(_OFFSETS))
        key = code(t[b], d[b] + _OFFSETS[off, 0], y[b] + _OFFSETS[off, 1], x[b] + _OFFSETS[off, 2])
        pos = np.minimum(np.searchsorted(sorted_keys, key), nb - 1)
        hit = sorted_keys[pos] == key
        bs.append(b[hit])
        b2s.append(by_key[pos[hit]])
        offs.append(off[hit])
    empty = [np.zeros(0, dtype=np.int64)]
    return (bucket, lead.index.to_numpy(), np.concatenate(bs or empty), np.concatenate(b2s or empty),
            np.concatenate(offs or empty))


def _haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * _R_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def _vincenty_km(lat1, lon1, lat2, lon2) -> tuple[np.ndarray, np.ndarray]:
    """Geodesic distances on WGS 84 for whole arrays, and which ones converged."""
    u1 = np.arctan((1 - _F) * np.tan(np.radians(lat1)))
    u2 = np.arctan((1 - _F) * np.tan(np.radians(lat2)))
    big_l = np.radians(lon2 - lon1)
    su1, cu1, su2, cu2 = np.sin(u1), np.cos(u1), np.sin(u2), np.cos(u2)
    lam = big_l.copy()
    done = np.zeros(len(lam), dtype=bool)
    for _ in range(50):
        sl, cl = np.sin(lam), np.cos(lam)
        ss = np.hypot(cu2 * sl, cu1 * su2 - su1 * cu2 * cl)
        cs = su1 * su2 + cu1 * cu2 * cl
        sigma = np.arctan2(ss, cs)
        with np.errstate(invalid="ignore", divide="ignore"):
            sa = np.where(ss > 0, cu1 * cu2 * sl / ss, 0.0)
            c2a = 1 - sa * sa
            c2sm = np.where(c2a > 0, cs - 2 * su1 * su2 / c2a, 0.0)
        c = _F / 16 * c2a * (4 + _F * (4 - 3 * c2a))
        prev = lam
        lam = big_l + (1 - c) * _F * sa * (sigma + c * ss * (c2sm + c * cs * (-1 + 2 * c2sm * c2sm)))
        done = np.abs(lam - prev) < 1e-13
        if done.all():
            break
    u_sq = c2a * (_A_KM**2 - _B_KM**2) / _B_KM**2
    k_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    k_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    ds = k_b * ss * (c2sm + k_b / 4 * (cs * (-1 + 2 * c2sm**2) - k_b / 6 * c2sm * (-3 + 4 * ss**2) * (-3 + 4 * c2sm**2)))
    return _B_KM * k_a * (sigma - ds), done


def _same_pairs(df: pd.DataFrame, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Which candidate pairs name the same place or lie within SAME_PLACE_KM (geodesic)."""
    place = df["place"].to_numpy()
    lat, lon = df["lat"].to_numpy(), df["lon"].to_numpy()
    same = place[i] == place[j]
    rest = np.flatnonzero(~same)
    # the sphere is within 0.6% of the ellipsoid: only pairs it puts near 2 km need the ellipsoid
    d = _haversine_km(lat[i[rest]], lon[i[rest]], lat[j[rest]], lon[j[rest]])
    same[rest[d <= SAME_PLACE_KM * (1 - _SPHERE_ERR)]] = True
    rest = rest[np.abs(d - SAME_PLACE_KM) < SAME_PLACE_KM * _SPHERE_ERR]
    d, ok = _vincenty_km(lat[i[rest]], lon[i[rest]], lat[j[rest]], lon[j[rest]])
    same[rest[ok & (d <= SAME_PLACE_KM - _BORDER_KM)]] = True
    for k in rest[~ok | (np.abs(d - SAME_PLACE_KM) < _BORDER_KM)]:
        same[k] = km(lat[i[k]], lon[i[k]], lat[j[k]], lon[j[k]]) <= SAME_PLACE_KM
    return same


def edges_with_order(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every pair (i < j) of events that tell the same strike, before the one-report rule, in comparison
    order; with the first row of i's bucket and the neighbour offset, which together give that order
    when pairs found in several date partitions are put back together."""
    df = df.reset_index(drop=True)
    bucket, lead, b1, b2, boff = _bucket_pairs(df)
    order = np.argsort(bucket, kind="stable")  # members of a bucket by row index
    counts = np.bincount(bucket, minlength=int(bucket.max()) + 1 if len(bucket) else 0)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(counts) else counts
    sizes = counts[b1] * counts[b2]
    out: list[tuple] = []
    lo = 0
    cum = np.cumsum(sizes)
    while lo < len(b1):
        base = cum[lo - 1] if lo else 0
        hi = max(lo + 1, int(np.searchsorted(cum, base + _PAIR_CHUNK, side="right")))
        s2, sz = counts[b2[lo:hi]], sizes[lo:hi]
        pair = np.repeat(np.arange(hi - lo), sz)
        k = np.arange(int(sz.sum())) - np.repeat(np.cumsum(sz) - sz, sz)
        i = order[starts[b1[lo:hi]][pair] + k // s2[pair]]
        j = order[starts[b2[lo:hi]][pair] + k % s2[pair]]
        keep = i < j
        i, j, pair = i[keep], j[keep], pair[keep]
        same = _same_pairs(df, i, j)
        pair = pair[same] + lo
        out.append((i[same], j[same], lead[b1[pair]], boff[pair]))
        lo = hi
    if not out:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    return tuple(np.concatenate([o[k] for o in out]).astype(np.int64) for k in range(4))


def _edges(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    ei, ej, _, _ = edges_with_order(df)
    return ei, ej


def group_labels(df: pd.DataFrame) -> np.ndarray:
    """A label per event; events with one label are one incident."""
    if len(df) == 0:
        return np.zeros(0, dtype=np.int64)
    ei, ej = _edges(df)
    return labels_from_edges(df, ei, ej)


def labels_from_edges(df: pd.DataFrame, ei: np.ndarray, ej: np.ndarray) -> np.ndarray:
    """Connected components of the same-strike graph, except where a component holds two places told by
    one report: there the pairs (in comparison order) are joined one by one, refusing any join that
    would merge the two places."""
    n = len(df)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    graph = coo_matrix((np.ones(len(ei), dtype=np.int8), (ei, ej)), shape=(n, n)).tocsr()
    _, comp = connected_components(graph, directed=False)
    told = pd.DataFrame({"comp": comp, "report": df["report"].to_numpy(), "place": df["place"].to_numpy()})
    told = told.drop_duplicates()
    bound = np.unique(told.loc[told.duplicated(["comp", "report"]), "comp"].to_numpy())
    labels = comp.astype(np.int64)
    if len(bound):
        in_bound = np.isin(comp, bound)
        nodes = np.flatnonzero(in_bound)
        local = np.full(n, -1, dtype=np.int64)
        local[nodes] = np.arange(len(nodes))
        labels[nodes] = n + _replay(df["report"].to_numpy()[nodes].tolist(), df["place"].to_numpy()[nodes].tolist(),
                                    local[ei[in_bound[ei]]].tolist(), local[ej[in_bound[ei]]].tolist())
    return labels


def _replay(reports: list, places: list, ea: list, eb: list) -> np.ndarray:
    """The root of each node after joining the pairs (ea, eb) in order, refusing a join that would put two
    places of one report into one incident (this loop is the one place left in Python)."""
    parent = list(range(len(reports)))
    told = [{r: {p}} for r, p in zip(reports, places)]

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in zip(ea, eb):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ta, tb = told[ra], told[rb]
        small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if any(rid in big and big[rid] != ps for rid, ps in small.items()):
            continue
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        parent[gone] = keep
        kept = told[keep]
        for rid, ps in told[gone].items():
            if rid in kept:
                kept[rid] |= ps
            else:
                kept[rid] = ps
        told[gone] = {}
    return np.array([find(k) for k in range(len(reports))], dtype=np.int64)


def groups_from_labels(labels: np.ndarray) -> list[list[int]]:
    """Indexes of each label's events, groups ordered by their first event."""
    if len(labels) == 0:
        return []
    codes = pd.factorize(labels, sort=False)[0]  # numbered by each group's first (smallest) index
    order = np.argsort(codes, kind="stable").tolist()
    ends = np.cumsum(np.bincount(codes)).tolist()
    return [order[lo:hi] for lo, hi in zip([0] + ends[:-1], ends)]


def group_events(rows: list[dict]) -> list[list[int]]:
    """Indexes of the events that form each incident, ordered by their first event."""
    if not rows:
        return []
    return group_frame(frame(rows))


def group_frame(df: pd.DataFrame) -> list[list[int]]:
    """group_events() on the grouping columns alone (frame())."""
    if len(df) == 0:
        return []
    return groups_from_labels(group_labels(df))


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
    attrs: dict[str, int] = {}
    for e in evs:
        if e.get("attribution"):
            attrs[e["attribution"]] = attrs.get(e["attribution"], 0) + 1
    attribution = max(attrs, key=attrs.get) if attrs else ""  # the first of the most common, as Counter gives
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
        for s in _as_list(e.get("evidence_all"), e.get("evidence")) or [e["evidence"]]:
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


def incidents(rows: list[dict], grouper=group_events) -> list[dict]:
    """One row per incident from event rows (Event.as_dict() or the exported properties).
    `grouper` finds the groups (the Dask engine passes its own)."""
    out = [incident([rows[i] for i in g]) for g in grouper(rows)]
    out.sort(key=lambda r: (r["event_date"] or "", r["place_id"], r["incident_id"]))
    return out


def _as_list(v, fallback) -> list[str]:
    if isinstance(v, list):
        return v
    if isinstance(v, str) and v:
        return [x for x in v.split(" || ") if x]
    return [fallback] if fallback else []


def tables(inc: list[dict]) -> dict[str, pd.DataFrame]:
    """Incidents by place, by day and by district."""
    df = pd.DataFrame(inc, columns=INCIDENT_COLUMNS)
    if df.empty:
        empty = pd.DataFrame(columns=["incidents", "reports", "fatalities_min", "fatalities_max"])
        return {"by_place": empty, "by_day": empty, "by_district": empty}
    df["district"] = df["district"].replace("", "outside the governorate")
    agg = {"incidents": ("incident_id", "count"), "reports": ("n_reports", "sum"),
           "fatalities_min": ("fatalities", "sum"), "fatalities_max": ("fatalities_max", "sum")}
    by_place = (df.groupby(["place_id", "place", "district"]).agg(first=("event_date", "min"), last=("event_date", "max"), **agg)
                .reset_index().sort_values(["incidents", "place_id"], ascending=[False, True]))
    by_day = df.groupby("event_date").agg(**agg).reset_index().sort_values("event_date")
    by_district = df.groupby("district").agg(**agg).reset_index().sort_values("district")
    return {"by_place": by_place, "by_day": by_day, "by_district": by_district}
