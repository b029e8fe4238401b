"""The map as a user opens it: one self-contained file, escaped text, working controls."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

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


def test_report_text_is_escaped_in_the_page(invoke, tmp_path):
    page = _build(invoke, tmp_path, str(TEST_REPORTS / "unsafe"))
    assert "window.__pwned=3</script>" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page and "href=\\\"javascript" not in page
    assert "\\u003cscript\\u003ewindow.__pwned=3" in page  # raw text travels JSON-escaped; the page escapes it on display


def _browser():
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(f"chromium not found at {CHROMIUM}; .ci/run installs it")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"])
    return pw, browser


@pytest.fixture(scope="module")
def browser():
    pw, b = _browser()
    yield b
    b.close()
    pw.stop()


# Reach one marker and open its popup. Markers that share a coordinate (places known only by their
# parent's point) stay clustered even at the deepest zoom, so the marker is put on the map directly.
SHOW = """(p) => { const m = window.strikemap.map;
    m.setView([p.lat, p.lon], m.getMaxZoom(), {animate: false});
    window.strikemap.open(p); return true; }"""


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors, console = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.route("**/*", lambda r: r.abort() if r.request.url.startswith(("http://", "https://")) else r.continue_())
    page.goto(path.as_uri())
    page.wait_for_function("window.strikemap !== undefined", timeout=15000)
    return page, errors, console


@pytest.mark.browser
def test_map_works_offline_in_chromium(browser, invoke, tmp_path):
    _build(invoke, tmp_path)
    import json

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
    # toggle a layer switch: hiding explosions leaves the others
    page.keyboard.press("Escape")
    page.evaluate("() => window.strikemap.map.closePopup()")
    box = page.locator("input[data-f=types][value=explosion]")
    box.dispatch_event("click")  # markers animate while clusters settle; no need to wait for stillness
    assert not box.is_checked() and page.evaluate("window.strikemapVisible") == n_events - 1
    box.dispatch_event("click")
    assert box.is_checked() and page.evaluate("window.strikemapVisible") == n_events
    # move the time control to the first day: only that day's events remain
    page.evaluate("() => { const s = document.querySelector('.sm-slider'); s.value = 0; s.dispatchEvent(new Event('input')); }")
    assert page.inner_text(".sm-date") == "2021-01-12"
    assert page.evaluate("window.strikemapVisible") == 1
    page.evaluate("() => { const s = document.querySelector('.sm-slider'); s.value = s.max; s.dispatchEvent(new Event('input')); }")
    # a tooltip with place and date on hover
    page.evaluate("() => { const p = window.strikemap.points.find(p => p.type === 'explosion'); window.strikemap.cluster.fire('mouseover', {layer: p.marker}); }")
    assert page.inner_text(".leaflet-tooltip") == "al-Thalathat · 2021-01-12"
    # district outlines are drawn even with no tiles
    assert page.evaluate("window.smDistricts.getLayers().length") >= 14
    assert errors == []
    assert [c for c in console if "Failed to load resource" not in c] == []
    page.evaluate("() => { window.strikemap.map.closePopup(); window.strikemap.fit(); }")
    page.wait_for_timeout(300)
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot), animations="disabled", timeout=20000)
    assert shot.stat().st_size > 10000
    if os.environ.get("STRIKEMAP_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copy(shot, SCREENSHOT)
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


@pytest.mark.browser
def test_arabic_popup_reads_right_to_left(browser, invoke, tmp_path):
    out = tmp_path / "ar"
    code, _, err = invoke("build", str(TEST_REPORTS / "ar"), "--out", str(out))
    assert code == 0, err
    page, errors, _ = _open(browser, out / "map.html")
    opened = page.evaluate(f"""() => {{
        const p = window.strikemap.points.find(p => p.evidence.some(e => /[\\u0600-\\u06FF]{{4}}/.test(e)));
        return p ? ({SHOW})(p) : false; }}""")
    assert opened
    page.wait_for_selector(".leaflet-popup-content .sm-evidence", timeout=5000)
    direction = page.evaluate("() => getComputedStyle(document.querySelector('.leaflet-popup-content .sm-evidence')).direction")
    assert direction == "rtl"
    title = page.inner_text(".leaflet-popup-content .sm-title")
    assert any("a" <= c.lower() <= "z" for c in title) and any("\u0600" <= c <= "\u06ff" for c in title)
    ar_name = page.evaluate("() => getComputedStyle(document.querySelector('.leaflet-popup-content .sm-ar')).direction")
    assert ar_name == "rtl"
    assert errors == []
    page.close()
