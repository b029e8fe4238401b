"""The map as a reader opens it, offline: one self-contained file, a base layer to read it by,
search, a date window, exports of what is shown, stacks that open one by one, escaped text."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from mapper.mapview import TYPE_COLOURS, read_map_data, write_map

from .conftest import CHROMIUM, ROOT, TEST_REPORTS, chromium_available

SCREENSHOT = ROOT / "docs" / "map.png"


def _build(invoke, out, *paths):
    code, _, err = invoke("build", *(paths or (str(ROOT / "seeds"),)), "--out", str(out))
    assert code == 0, err
    return (out / "map.html").read_text(encoding="utf-8")


def test_map_is_one_file_with_no_network_dependency(invoke, tmp_path):
    page = _build(invoke, tmp_path)
    assert not re.search(r'<script[^>]+src=', page), "every script must be inline"
    assert not re.search(r'<link[^>]+rel="stylesheet"', page), "every stylesheet must be inline"
    assert "L.markerClusterGroup" in page and "L.heatLayer" in page
    assert "tile.openstreetmap.org" in page  # tiles are the only thing fetched, when online


def test_report_text_travels_packed_and_whole(invoke, tmp_path):
    page = _build(invoke, tmp_path, str(TEST_REPORTS / "unsafe"))
    assert "window.__pwned=3" not in page and "<img src=x" not in page
    data = read_map_data(page)
    assert any("<script>window.__pwned=3</script>" in s for s in data["strings"])  # decoded only in the browser


def test_base_layer_carries_river_outlines_and_names(invoke, tmp_path):
    data = read_map_data(_build(invoke, tmp_path))
    base = data["base"]
    river = base["rivers"]["features"][0]
    assert river["properties"]["name"] == "Euphrates" and "Natural Earth" in base["rivers"]["source"]
    lons = [c[0] for line in river["geometry"]["coordinates"] for c in line]
    lats = [c[1] for line in river["geometry"]["coordinates"] for c in line]
    assert min(lons) < 39.8 and max(lons) > 40.9 and min(lats) < 34.5 and max(lats) > 35.6  # Raqqa side to al-Qaim
    levels = {f["properties"]["level"] for f in base["outlines"]["features"]}
    assert levels == {"governorate", "district", "subdistrict"}
    labels = {(lab[0], lab[6]) for lab in base["labels"]}
    assert ("al-Mayadin", "place-city") in labels and ("Hajin", "place-town") in labels
    mayadin = next(p for p in base["places"] if p[0] == "al-mayadin")
    assert mayadin[2] == "الميادين" and "mayadin" in mayadin[7] and "الميادين" in mayadin[7]


# ------------------------------------------------------------------------------------------ browser

def _browser():
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(f"chromium not found at {CHROMIUM}; .ci/run installs it")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND"])
    return pw, browser


@pytest.fixture(scope="module")
def browser():
    pw, b = _browser()
    yield b
    b.close()
    pw.stop()


# Reach one marker and open its popup, whatever cluster it is in.
SHOW = """(p) => { const m = window.strikemap.map;
    m.setView([p.lat, p.lon], m.getMaxZoom(), {animate: false});
    window.strikemap.open(p); return true; }"""


def _open(browser, path: Path):
    # offline: the browser itself has no network (tiles fail at once, with no round trip through the test)
    page = browser.new_page(viewport={"width": 1200, "height": 800}, accept_downloads=True, offline=True)
    errors, console = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.strikemap !== undefined", timeout=15000)
    return page, errors, console


def _incident(i: int, **kw) -> dict:
    """An incident row as `build` writes it, for maps made directly with write_map."""
    lat, lon = kw.pop("lat", 35.0 + (i % 7) * 0.05), kw.pop("lon", 40.2 + (i % 5) * 0.08)
    rec = {"incident_id": f"inc-{i:03d}", "event_ids": [f"ev-{i}"], "n_events": 1, "n_reports": 1, "n_outlets": 1,
           "event_date": "2021-03-01", "event_date_last": "2021-03-01", "event_type": "airstrike", "place": f"Place {i}",
           "place_ar": "", "place_id": f"place-{i}", "place_type": "village", "mention": f"Place {i}", "lat": lat,
           "lon": lon, "anchor_lat": lat, "anchor_lon": lon, "geo_precision": 1, "uncertainty_km": 0.0, "qualifier": "",
           "district": "al-Mayadin", "subdistrict": "al-Mayadin", "status": "reported", "denied_by": "",
           "attribution": "", "attribution_certainty": "unknown", "target": "", "strikes": None, "strikes_max": None,
           "group_strikes": None, "group_strikes_max": None, "fatalities": None, "fatalities_max": None,
           "sources": [{"report_id": f"r{i}", "source": "Outlet", "url": f"https://example.org/{i}", "published": "2021-03-02"}],
           "report_ids": [f"r{i}"], "urls": [f"https://example.org/{i}"], "first_report": "2021-03-02",
           "last_report": "2021-03-02", "cited_sources": "", "evidence": f"Warplanes struck Place {i}, strike number {i}.",
           "evidence_all": [f"Warplanes struck Place {i}, strike number {i}."], "language": "en", "flags": ""}
    rec.update(kw)
    return rec


def _labels(page) -> list[dict]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('.sm-labels .sm-label')).map(e => ({
        kind: e.className.replace(/.*sm-label-/, ''), text: e.innerText}))""")


@pytest.mark.browser
def test_map_works_offline_in_chromium(browser, invoke, tmp_path):
    _build(invoke, tmp_path)
    n_events = len(json.loads((tmp_path / "incidents.geojson").read_text())["features"])  # one marker per incident
    page, errors, console = _open(browser, tmp_path / "map.html")
    assert page.evaluate("window.strikemapVisible") == n_events
    shown = page.evaluate("""() => document.querySelectorAll('.leaflet-marker-icon.marker-cluster').length
        + document.querySelectorAll('path.leaflet-interactive').length""")
    assert shown > 0
    # open a popup and read it
    page.evaluate(f"() => ({SHOW})(window.strikemap.points.find(p => p.type === 'explosion'))")
    page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    popup = page.inner_text(".leaflet-popup-content")
    assert "al-Thalathat" in popup and "2021-01-12" in popup and "explosion" in popup
    assert page.query_selector(".leaflet-popup-content mark") is not None  # the place highlighted in the evidence
    anchors = page.evaluate("""() => { let n = 0; window.strikemap.map.eachLayer(l => {
        if (l.getTooltip && l.getTooltip() && l.getTooltip().getContent() === 'named place') n++; }); return n; }""")
    assert anchors == 1  # an approximate point shows the named place it hangs from
    page.evaluate("() => window.strikemap.map.closePopup()")
    # toggle a layer switch: hiding explosions leaves the others
    box = page.locator("input[data-f=types][value=explosion]")
    box.dispatch_event("click")
    assert not box.is_checked() and page.evaluate("window.strikemapVisible") == n_events - 1
    box.dispatch_event("click")
    assert box.is_checked() and page.evaluate("window.strikemapVisible") == n_events
    # a tooltip with place and date on hover
    page.evaluate("() => { const p = window.strikemap.points.find(p => p.type === 'explosion'); window.strikemap.cluster.fire('mouseover', {layer: p.marker}); }")
    assert page.inner_text(".leaflet-tooltip") == "al-Thalathat · 2021-01-12"
    page.evaluate("() => window.strikemap.cluster.fire('mouseout', {})")
    assert page.evaluate("window.smDistricts.getLayers().length") >= 14  # outlines drawn with no tiles
    assert errors == []
    assert [c for c in console if "Failed to load resource" not in c] == []
    page.close()


@pytest.mark.browser
def test_offline_base_layer_draws_river_and_names_by_zoom(browser, invoke, tmp_path):
    _build(invoke, tmp_path)
    page, errors, _ = _open(browser, tmp_path / "map.html")
    river = page.evaluate("""() => Array.from(document.querySelectorAll('path.sm-river')).map(p => p.getBBox().width * p.getBBox().height)""")
    assert river and max(river) > 1000  # the Euphrates is drawn, not a dot
    assert page.query_selector("path.sm-river.leaflet-interactive") is None  # and never takes a click
    # the Khabur too, thinner than the Euphrates, below the labels and markers, in the page's own river layer
    khabur = page.evaluate("""() => { const p = document.querySelector('path.sm-river-khabur'); if (!p) return null;
        const b = p.getBBox(); return {w: b.width, h: b.height, width: +p.getAttribute('stroke-width'),
        stroke: p.getAttribute('stroke'), pane: p.closest('.leaflet-pane').className}; }""")
    euphrates_width = page.evaluate("+document.querySelector('path.sm-river-euphrates').getAttribute('stroke-width')")
    assert khabur and khabur["h"] > 50 and khabur["stroke"] == "#5b9bd5", khabur  # runs north-south, drawn blue
    assert 0 < khabur["width"] < euphrates_width and "smBase" in khabur["pane"]
    assert page.evaluate("window.strikemap.river.getLayers().map(l => l.feature.properties.name).sort().join()") == "Euphrates,Khabur"
    assert page.evaluate("document.querySelectorAll('path.sm-outline-district').length") >= 3
    # the reader's first view: the governorate's cities and the river, named in English and Arabic
    texts = " | ".join(x["text"] for x in _labels(page))
    for name in ("Deir ez-Zor", "al-Mayadin", "al-Bukamal", "الميادين", "البوكمال", "Euphrates"):
        assert name in texts, (name, texts)
    # zoomed out: cities only among places; zoomed in near Hajin: villages appear too
    # along the Khabur, its name in English and Arabic
    page.evaluate("() => window.strikemap.map.setView([35.55, 40.6], 9, {animate: false})")
    rivers = [x["text"] for x in _labels(page) if x["kind"] == "river"]
    assert any("Khabur" in t and "الخابور" in t for t in rivers), rivers
    page.evaluate("() => window.strikemap.map.setView([35.0, 40.45], 7, {animate: false})")
    kinds = {x["kind"] for x in _labels(page)}
    assert "place-city" in kinds and not kinds & {"place-town", "place-village"}, kinds
    page.evaluate("() => window.strikemap.map.setView([34.55, 40.85], 10, {animate: false})")
    labels = _labels(page)
    assert any(x["text"].startswith("Hajin") for x in labels) and "al-Sukkariyah" not in str(labels)
    page.evaluate("() => window.strikemap.map.setView([34.52, 40.86], 12, {animate: false})")
    labels = _labels(page)
    assert {"place-town", "place-village"} <= {x["kind"] for x in labels}, labels
    assert any(x["text"].startswith("al-Sukkariyah") for x in labels)
    # labels never overlap one another
    boxes = page.evaluate("""() => Array.from(document.querySelectorAll('.sm-labels .sm-label span')).map(s => {
        const r = s.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, s.parentNode === null ? 0 : Array.from(s.parentNode.parentNode.children).indexOf(s.parentNode)]; })""")
    clashes = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[4] != b[4] and a[0] < b[2] - 2 and b[0] < a[2] - 2 and a[1] < b[3] - 2 and b[1] < a[3] - 2]
    assert clashes == []
    # the screenshot a reader sees with no network: README's docs/map.png
    page.evaluate("() => window.strikemap.fit()")
    page.wait_for_timeout(300)
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot), animations="disabled", timeout=20000)
    assert shot.stat().st_size > 30000
    if os.environ.get("STRIKEMAP_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copy(shot, SCREENSHOT)
    assert errors == []
    page.close()


@pytest.mark.browser
def test_search_finds_places_by_any_spelling(browser, invoke, tmp_path, gaz):
    _build(invoke, tmp_path)
    incidents = json.loads((tmp_path / "incidents.geojson").read_text())["features"]
    page, errors, _ = _open(browser, tmp_path / "map.html")
    box = page.locator("input.sm-search-input")
    for query, place_id, (lat, lon) in (("Abu Kamal", "al-bukamal", (34.45, 40.92)), ("الميادين", "al-mayadin", (35.02, 40.45))):
        box.fill("")
        box.type(query)
        assert place_id in page.evaluate("() => Array.from(document.querySelectorAll('.sm-search-result')).map(li => li.innerText).join('|')") \
            or page.query_selector(".sm-search-result") is not None
        box.press("Enter")
        page.wait_for_function(f"() => Math.abs(window.strikemap.map.getCenter().lat - {lat}) < 0.05 && Math.abs(window.strikemap.map.getCenter().lng - {lon}) < 0.05", timeout=5000)
        listed = page.evaluate("window.strikemapSearch")
        expected = [f["properties"]["incident_id"] for f in incidents if f["properties"]["place_id"] == place_id]
        got = [page.evaluate(f"() => window.strikemap.points[{i}].row") for i in listed["incidents"]]
        assert listed["place"] == place_id and len(got) == len(expected) > 0
        assert page.locator(".sm-search-incident").count() == len(expected)
    # click an incident in the list: its popup opens
    page.locator(".sm-search-incident").first.click()
    page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    assert "al-Mayadin" in page.inner_text(".leaflet-popup-content")
    # every spelling the extractor knows for these places finds them first among equals
    for pid in ("al-bukamal", "al-mayadin", "deir-ez-zor", "hajin", "al-quriyah"):
        place = gaz.places[pid]
        for name in place.names:
            hits = page.evaluate("(q) => window.strikemap.findPlaces(q).map(p => p.id)", name)
            assert pid in hits, (pid, name, hits)
    # spellings folded the way the gazetteer folds them: case, hyphens, hamza, diacritics, article forms
    for query, pid in (("ABU-KAMAL", "al-bukamal"), ("el Mayadin", "al-mayadin"), ("Deir Ezzor", "deir-ez-zor"),
                       ("المَيادين", "al-mayadin"), ("Mayādīn", "al-mayadin")):
        hits = page.evaluate("(q) => window.strikemap.findPlaces(q).map(p => p.id)", query)
        assert hits and hits[0] == pid, (query, hits)
    assert page.evaluate("(q) => window.strikemap.findPlaces(q).length", "Zzyzx") == 0
    assert errors == []
    page.close()


def _dated_records() -> list[dict]:
    return [_incident(i, event_date=f"2021-03-{1 + i:02d}", event_date_last=f"2021-03-{1 + i:02d}",
                      event_type=["airstrike", "drone strike"][i % 2]) for i in range(20)] + [_incident(99, event_date=None, event_date_last=None)]


@pytest.mark.browser
def test_date_window_filters_and_plays(browser, tmp_path):
    recs = _dated_records()
    write_map(recs, tmp_path / "map.html")
    page, errors, _ = _open(browser, tmp_path / "map.html")
    assert page.evaluate("window.strikemapVisible") == 21  # the whole span shows the undated incident too
    page.evaluate("""() => { const f = document.querySelector('.sm-from'), t = document.querySelector('.sm-to');
        f.value = '2021-03-05'; f.dispatchEvent(new Event('change')); t.value = '2021-03-11'; t.dispatchEvent(new Event('change')); }""")
    assert page.evaluate("window.strikemapVisible") == 7
    assert "2021-03-05 to 2021-03-11" in page.inner_text(".sm-window")
    assert "7 of 21" in page.inner_text(".sm-window")
    visible_ids = page.evaluate("() => window.strikemap.shown().map(p => p.i)")
    assert visible_ids == list(range(4, 11))
    # the two handles are the same window
    assert page.evaluate("[document.querySelector('.sm-from-slider').value, document.querySelector('.sm-to-slider').value]") == ["4", "10"]
    # play with a 1-week window: the first step shows the first week, then the window moves
    page.select_option(".sm-width", "7")
    page.click(".sm-play")
    assert "2021-03-01 to 2021-03-07" in page.inner_text(".sm-window")
    assert page.evaluate("window.strikemapVisible") == 7
    page.wait_for_function("() => document.querySelector('.sm-from').value === '2021-03-02'", timeout=3000)
    assert page.evaluate("window.strikemapVisible") == 7 and "2021-03-02 to 2021-03-08" in page.inner_text(".sm-window")
    page.click(".sm-play")  # stop
    page.click(".sm-all")
    assert page.evaluate("window.strikemapVisible") == 21 and "all dates" in page.inner_text(".sm-window")
    assert errors == []
    page.close()


def _download(page, selector: str) -> str:
    with page.expect_download(timeout=5000) as d:
        page.click(selector)
    return Path(d.value.path()).read_bytes().decode("utf-8")  # no newline translation: \r stays \r


@pytest.mark.browser
def test_export_buttons_download_exactly_what_is_shown(browser, invoke, tmp_path):
    from mapper.aggregate import INCIDENT_COLUMNS
    from mapper.exports import csv_text

    _build(invoke, tmp_path)
    doc = json.loads((tmp_path / "incidents.geojson").read_text())
    page, errors, _ = _open(browser, tmp_path / "map.html")
    page.locator("input[data-f=types][value=explosion]").dispatch_event("click")  # type filter
    page.locator("input[data-f=districts][value='al-Bukamal']").dispatch_event("click")  # district filter
    page.evaluate("() => window.strikemapTime.set('2021-01-13', '2021-01-13')")  # date window
    want = [f for f in doc["features"] if f["properties"]["event_type"] != "explosion"
            and f["properties"]["district"] != "al-Bukamal" and f["properties"]["event_date"] == "2021-01-13"]
    assert 0 < len(want) < len(doc["features"]) and page.evaluate("window.strikemapVisible") == len(want)
    got = json.loads(_download(page, "button.sm-export-geojson"))
    assert got["type"] == "FeatureCollection"
    assert got["features"] == want  # same properties, same coordinates, same order as incidents.geojson
    text = _download(page, "button.sm-export-csv")
    assert text == csv_text([f["properties"] for f in want], INCIDENT_COLUMNS)
    assert errors == []
    page.close()


@pytest.mark.browser
def test_exported_csv_cells_cannot_be_formulas(browser, tmp_path):
    evil = {"target": "=HYPERLINK(\"http://evil.example\",\"x\")", "attribution": "+cmd|' /C calc'!A0",
            "cited_sources": "-2+3", "denied_by": "@SUM(1)", "qualifier": "\tnear", "mention": "\rPlace"}
    recs = [_incident(1, **evil, sources=[{"report_id": "r1", "source": "=1+1", "url": "", "published": ""}])]
    write_map(recs, tmp_path / "map.html")
    page, errors, _ = _open(browser, tmp_path / "map.html")
    rows = list(csv.DictReader(io.StringIO(_download(page, "button.sm-export-csv"))))
    assert len(rows) == 1
    for col, value in evil.items():
        assert rows[0][col] == "'" + value, (col, rows[0][col])
    assert rows[0]["sources"] == "'=1+1"
    assert rows[0]["lat"] == "35.05" and rows[0]["lon"] == "40.28"  # numbers stay numbers
    gj = json.loads(_download(page, "button.sm-export-geojson"))
    assert gj["features"][0]["properties"]["target"] == evil["target"]  # GeoJSON keeps the exact text
    assert errors == []
    page.close()


@pytest.mark.browser
def test_a_stack_of_thirty_opens_one_by_one_without_max_zoom(browser, tmp_path):
    types = ["airstrike", "drone strike", "shelling"]
    stack = [_incident(i, lat=34.45226, lon=40.91854, place="al-Bukamal", event_type=types[i % 3]) for i in range(30)]
    far = [_incident(100 + i, lat=35.9 - i * 0.1, lon=39.6) for i in range(4)]
    write_map(stack + far, tmp_path / "map.html")
    page, errors, _ = _open(browser, tmp_path / "map.html")
    page.evaluate("() => window.strikemap.map.setView([34.45, 41.45], 9, {animate: false})")  # the stack left of the legend
    page.wait_for_timeout(300)
    bubble = page.evaluate("""() => Array.from(document.querySelectorAll('.marker-cluster')).map(e => {
        const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2, n: e.innerText.trim(),
        ring: e.querySelector('.sm-ring').style.background}; }).find(c => c.n === '30')""")
    assert bubble, "the stack is one bubble"
    for t in types:  # the ring shows the type shares, in the types' own colours
        r, g, b = (int(TYPE_COLOURS[t][k:k + 2], 16) for k in (1, 3, 5))
        assert f"rgb({r}, {g}, {b})" in bubble["ring"], (t, bubble["ring"])
    page.mouse.click(bubble["x"], bubble["y"])
    page.wait_for_timeout(700)
    assert page.evaluate("window.strikemap.map.getZoom()") == 9  # spread here, not zoomed to the deepest level
    where = """() => window.strikemap.points.filter(p => p.place === 'al-Bukamal').map(p => {
        const r = p.marker.getElement().getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })"""
    spots = page.evaluate(where)
    assert len({(round(x), round(y)) for x, y in spots}) == 30  # thirty distinct places to click
    opened = set()
    # the map has stopped panning and the closed popup has faded out (it takes clicks until then)
    still = "() => { const m = window.strikemap.map; return !(m._panAnim && m._panAnim._inProgress) && !document.querySelector('.leaflet-popup'); }"
    for k in range(30):
        page.wait_for_function(still, timeout=5000)
        x, y = page.evaluate(where)[k]
        page.mouse.click(x, y)
        text = page.evaluate("""() => { const c = document.querySelector('.leaflet-popup-content');
            const t = c ? c.innerText : ''; window.strikemap.map.closePopup(); return t; }""")
        opened.add(re.search(r"strike number (\d+)", text).group(1))
    assert opened == {str(i) for i in range(30)}
    assert errors == []
    page.close()


@pytest.mark.browser
def test_uncertainty_circles_only_for_the_marker_in_hand_unless_asked(browser, tmp_path):
    recs = [_incident(i, geo_precision=2, uncertainty_km=5.0, qualifier="near") for i in range(6)] + [_incident(9)]
    write_map(recs, tmp_path / "map.html")
    page, errors, _ = _open(browser, tmp_path / "map.html")
    circles = "() => { let n = 0; window.strikemap.map.eachLayer(l => { if (l instanceof L.Circle) n++; }); return n; }"
    assert page.evaluate(circles) == 0
    page.evaluate("() => window.strikemap.cluster.fire('mouseover', {layer: window.strikemap.points[0].marker})")
    assert page.evaluate(circles) == 1
    page.evaluate("() => window.strikemap.cluster.fire('mouseout', {})")
    assert page.evaluate(circles) == 0
    page.evaluate(f"() => ({SHOW})(window.strikemap.points[1])")
    assert page.evaluate(circles) == 1  # the opened marker keeps its circle
    page.evaluate("() => window.strikemap.map.closePopup()")
    assert page.evaluate(circles) == 0
    page.evaluate("() => window.strikemap.fit()")
    page.get_by_label("All uncertainty circles").check()
    assert page.evaluate(circles) == 6  # the point with precision 1 has none
    legend = page.inner_text(".sm-precision")
    assert "exact place" in legend and "near or part of a place, within 5 km" in legend and "region" in legend
    assert errors == []
    page.close()


@pytest.mark.browser
def test_hostile_report_renders_as_plain_text(browser, invoke, tmp_path):
    _build(invoke, tmp_path, str(TEST_REPORTS / "unsafe"))
    page, errors, _ = _open(browser, tmp_path / "map.html")
    page.evaluate(f"() => ({SHOW})(window.strikemap.points[0])")
    page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    popup = page.inner_text(".leaflet-popup-content")
    assert "<script>window.__pwned=3</script>" in popup
    assert '<img src=x onerror="window.__pwned=4">' in popup and "`backtick`" in popup
    assert page.evaluate("window.__pwned") is None
    assert page.query_selector(".leaflet-popup-content img") is None
    assert page.query_selector(".leaflet-popup-content a[href^='javascript']") is None
    assert "javascript:window.__pwned=2" in popup  # shown, not linked
    assert errors == []
    page.close()


def _reads_left_to_right(page, selector: str, text: str) -> bool:
    """Whether the rendered characters of TEXT inside SELECTOR run left to right on screen."""
    return page.evaluate("""([sel, text]) => {
        for (const el of document.querySelectorAll(sel)) {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode())) {
            const at = node.data.indexOf(text); if (at < 0) continue;
            const xs = [];
            for (let i = at; i < at + text.length; i++) {
              const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); xs.push(r.getBoundingClientRect().left);
            }
            return xs.every((x, i) => i === 0 || x > xs[i - 1]);
          }
        }
        return null; }""", [selector, text])


@pytest.mark.browser
def test_arabic_popup_reads_right_to_left_with_dates_in_order(browser, invoke, tmp_path):
    out = tmp_path / "ar"
    code, _, err = invoke("build", str(TEST_REPORTS / "ar"), "--out", str(out))
    assert code == 0, err
    page, errors, _ = _open(browser, out / "map.html")
    p = page.evaluate("""() => { const p = window.strikemap.points.find(p => /[\\u0600-\\u06FF]{4}/.test(window.strikemap.popupHtml(p))
        && /<li>[^]*[\\u0600-\\u06FF][^]*\\d{4}-\\d\\d-\\d\\d/.test(window.strikemap.popupHtml(p))); return p ? p.i : null; }""")
    assert p is not None
    page.evaluate(f"() => ({SHOW})(window.strikemap.points[{p}])")
    page.wait_for_selector(".leaflet-popup-content .sm-evidence", timeout=5000)
    assert page.evaluate("() => getComputedStyle(document.querySelector('.leaflet-popup-content .sm-evidence')).direction") == "rtl"
    title = page.inner_text(".leaflet-popup-content .sm-title")
    assert any("a" <= c.lower() <= "z" for c in title) and any("\u0600" <= c <= "\u06ff" for c in title)
    assert page.evaluate("() => getComputedStyle(document.querySelector('.leaflet-popup-content .sm-ar')).direction") == "rtl"
    # the published date after an Arabic outlet's name, and the incident date, read 2021-..-.. left to right
    source_li = page.inner_text(".leaflet-popup-content li")
    published = re.search(r"\d{4}-\d\d-\d\d", source_li).group(0)
    assert re.search("[\u0600-\u06ff]", source_li)
    assert _reads_left_to_right(page, ".leaflet-popup-content li", published) is True
    date = page.evaluate(f"() => window.strikemap.points[{p}].date")
    assert _reads_left_to_right(page, ".leaflet-popup-content > .sm-popup > div:nth-child(2)", date) is True
    shot = tmp_path / "arabic-popup.png"
    page.locator(".leaflet-popup-content").screenshot(path=str(shot))
    assert shot.stat().st_size > 2000
    assert errors == []
    page.close()
