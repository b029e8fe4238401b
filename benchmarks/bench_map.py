"""Map size and speed at scale: HTML size, generation time, time until drawn in headless Chromium.

    python benchmarks/bench_map.py [1000 10000 50000]

Incidents are synthetic (seeded random points in the governorate, real-length
evidence sentences); the map is the one `strikemap build` writes. Prints figures:
"drawn" is every incident in the cluster layer and clusters on screen (the
reader sees the map); "all clustered" is when the last slice of markers has been
clustered (markercluster's chunked loading goes on between frames).
Target (issue 13) at 50,000 incidents: at most 10 MB and drawn in under 3 s.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ["airstrike", "drone strike", "missile strike", "shelling", "explosion"]
STATUS = ["reported"] * 6 + ["unconfirmed"] * 3 + ["denied"]


def records(n: int) -> list[dict]:
    rng = random.Random(42)
    out = []
    for i in range(n):
        lat, lon = rng.uniform(34.4, 35.9), rng.uniform(39.8, 41.2)
        prec = rng.choice([1, 1, 2, 3])
        out.append({
            "incident_id": f"i{i}", "place": f"Place {i % 400}", "place_ar": "البوكمال", "place_id": f"p{i % 400}",
            "event_date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}", "event_type": rng.choice(TYPES),
            "status": rng.choice(STATUS), "lat": lat, "lon": lon, "anchor_lat": lat, "anchor_lon": lon,
            "geo_precision": prec, "uncertainty_km": {1: 0, 2: 5, 3: 25}[prec], "qualifier": "near" if prec == 2 else "",
            "district": rng.choice(["Deir ez-Zor", "al-Mayadin", "al-Bukamal"]), "strikes": rng.choice([None, 1, 3, 12]),
            "strikes_max": None, "group_strikes": None, "fatalities": rng.choice([None, 2]), "fatalities_max": None,
            "attribution": "unidentified", "attribution_certainty": "unidentified", "target": "warehouses",
            "sources": [{"source": "SOHR", "url": f"https://example.org/{i}", "published": "2021-01-13"}],
            "cited_sources": "", "mention": f"Place {i % 400}",
            "evidence_all": [f"Unidentified warplanes carried out {1 + i % 9} strikes on militia positions in Place {i % 400} at dawn on day {i}, local activists told outlet {i % 37}."],  # unique per incident, as real evidence is
        })
    return out


def main() -> None:
    from playwright.sync_api import sync_playwright

    from mapper.mapview import write_map

    sizes = [int(x) for x in sys.argv[1:]] or [1000, 10000, 50000]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        for n in sizes:
            recs = records(n)
            path = Path(tmp) / f"map-{n}.html"
            t = time.perf_counter()
            write_map(recs, path)
            gen = time.perf_counter() - t
            size = path.stat().st_size / 1e6
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.route("**/*", lambda r: r.abort() if r.request.url.startswith(("http://", "https://")) else r.continue_())
            t = time.perf_counter()
            page.goto(path.as_uri(), timeout=120000)
            page.wait_for_function(f"window.strikemapVisible === {n} && document.querySelectorAll('.marker-cluster, path.leaflet-interactive').length > 0",
                                   timeout=120000, polling=50)
            drawn = time.perf_counter() - t
            page.wait_for_function("window.strikemapReady === true", timeout=120000, polling=50)
            clustered = time.perf_counter() - t
            t_ = page.evaluate("window.strikemapTimings")
            steps = ", ".join(f"{k} {(t_[k] - t_['start']) / 1000:.2f}" for k in ("inflated", "parsed", "rows", "points", "markers", "controls", "refreshed", "drawn", "clustered") if k in t_)
            page.close()
            print(f"{n:>6} incidents: HTML {size:6.2f} MB, generated in {gen:6.2f} s, drawn in {drawn:5.2f} s, "
                  f"all clustered in {clustered:5.2f} s (in page, s after start: {steps})")
        browser.close()


if __name__ == "__main__":
    main()
