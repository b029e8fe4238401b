"""Hostile report text on the map: it is shown, never run, and never reaches a template engine.

Each template payload goes through every field a report or a user's gazetteer can fill (front
matter source and title, body text, an HTML page's og:site_name and title, an extra gazetteer
place's name); the build runs in a temporary working folder so a command that ran would leave a
file there. Then each popup field is given markup of its own, in the page and in the KML popup.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mapper.mapview import popup_html, read_map_data, write_map

from .test_map import _open, browser  # noqa: F401  (module-scoped Chromium fixture)

SHELL = "NP {{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}"
MATH = "{{ 7*7 }}"
BREAKOUT = "{{ '\"+(window.__p=1)+\"' }}"  # what YAML makes of "{{ '\x22+(window.__p=1)+\x22' }}"
RAW = "{% raw %}"
PAYLOADS = {"shell": SHELL, "math": MATH, "breakout": BREAKOUT, "raw": RAW}
# one place per payload, so that the four reports stay four incidents
PLACES = {"shell": "Hajin", "math": "al-Mayadin", "breakout": "al-Bukamal", "raw": "al-Quriyah"}
# fields whose text a reader sees in the popup (the title is read as text, but may not be the evidence)
SHOWN = {"source", "text", "og_site_name", "gazetteer_name"}


def _front_matter(**meta) -> str:
    # JSON strings are YAML double-quoted scalars; braces would otherwise open a YAML mapping
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n"


def _html_page(site: str, title: str, body: str) -> str:
    from html import escape

    paras = "".join(f"<p>{escape(p)}</p>" for p in [body,
        "Residents said the families of the area had left in the previous weeks, after months of shelling.",
        "The town lies on the western bank of the river, on the road between Deir ez-Zor and the border."])
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="og:site_name" content="{escape(site)}"><meta property="og:title" content="{escape(title)}">'
            f'<meta name="date" content="2021-03-02"></head><body><article><h1>{escape(title)}</h1>{paras}'
            f"</article></body></html>")


def _reports(field: str, folder: Path) -> list[str]:
    """One report per payload, the payload in FIELD; returns the extra gazetteer args, if any."""
    folder.mkdir()
    extra: list[str] = []
    rows = []
    for key, payload in PAYLOADS.items():
        place = PLACES[key]
        body = f"Drones struck {place} on Monday, killing two people, local sources said."
        if field == "source":
            (folder / f"{key}.txt").write_text(_front_matter(published="2021-03-02", source=payload) + body + "\n")
        elif field == "title":
            (folder / f"{key}.txt").write_text(_front_matter(published="2021-03-02", source="Outlet", title=payload) + body + "\n")
        elif field == "text":
            (folder / f"{key}.txt").write_text(_front_matter(published="2021-03-02", source="Outlet")
                                                + f"Drones struck {place} on Monday, {payload} killing two people.\n")
        elif field in ("og_site_name", "html_title"):
            site, title = (payload, "Strikes in the east") if field == "og_site_name" else ("Outlet", payload)
            (folder / f"{key}.html").write_text(_html_page(site, title, body))
        elif field == "gazetteer_name":
            alias = f"Qasr Zarqawi {key.capitalize()}"
            rows.append([f"hostile-{key}", payload, "", alias, "", "village", "", "", "", "", "34.25", f"39.{50 + len(rows) * 5}",
                         "exact", "", "test", "CC0", ""])
            (folder / f"{key}.txt").write_text(_front_matter(published="2021-03-02", source="Outlet")
                                                + f"Drones struck {alias} on Monday, killing two people, local sources said.\n")
    if rows:
        import csv

        path = folder.parent / "extra.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "name", "name_ar", "alt_names", "alt_names_ar", "type", "parent", "outside", "district",
                        "subdistrict", "lat", "lon", "precision", "radius_km", "source", "licence", "note"])
            w.writerows(rows)
        extra = ["--gazetteer", str(path)]
    return extra


FIELDS = ["source", "title", "text", "og_site_name", "html_title", "gazetteer_name"]


@pytest.mark.browser
@pytest.mark.parametrize("field", FIELDS)
def test_template_payloads_in_every_field_stay_text(field, invoke, browser, tmp_path, monkeypatch):  # noqa: F811
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)  # a relative `touch PWNED` would land here
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    extra = _reports(field, tmp_path / "in")
    out = tmp_path / "out"
    code, _, err = invoke("build", str(tmp_path / "in"), "--out", str(out), *extra)
    assert code == 0, err
    assert list(work.iterdir()) == [], "a command ran at build time"
    assert not list(tmp_path.rglob("PWNED*"))
    page_text = (out / "map.html").read_text(encoding="utf-8")
    assert "</html>" in page_text
    page, errors, _ = _open(browser, out / "map.html")
    texts = page.evaluate("""() => window.strikemap.points.map(p => {
        window.strikemap.open(p); return document.querySelector('.leaflet-popup-content').innerText; })""")
    assert len(texts) == 4, texts  # one incident per payload
    joined = "\n".join(texts)
    if field in SHOWN:
        for payload in PAYLOADS.values():
            # trafilatura title-cases a one-word site name ("{% Raw %}")
            assert payload.lower() in joined.lower(), (payload, joined)
    assert "killed 49" not in joined and "\n49\n" not in joined
    if field == "gazetteer_name":
        # the extra places are also map labels and search results: literal there too
        box = page.locator("input.sm-search-input")
        box.fill("Qasr Zarqawi")
        found = page.inner_text(".sm-search-list")
        for k, payload in enumerate(PAYLOADS.values()):
            page.evaluate(f"() => window.strikemap.map.setView([34.25, 39.{50 + k * 5}], 14, {{animate: false}})")
            labels = page.inner_text(".sm-labels")
            assert payload in labels and payload in found, (payload, labels, found)
        assert page.query_selector(".sm-labels script, .sm-search-list script, .sm-labels img") is None
    assert page.evaluate("window.__p") is None
    assert errors == []
    page.close()


# --- every popup field, given markup of its own -------------------------------------------------

def _evil(field: str) -> str:
    return f'<img src=x onerror="window.__x=\'{field}\'">"><script>window.__x=\'{field}\'</script>'


POPUP_FIELDS = ["place", "place_ar", "mention", "evidence", "source_label", "source_label_no_url", "link", "target",
                "attribution", "qualifier", "cited_sources", "denied_by"]


def _record(field: str, i: int) -> dict:
    evil = _evil(field)
    lat, lon = 34.5 + i * 0.1, 40.2 + i * 0.05
    rec = {"incident_id": f"i{i}", "place": "Hajin", "place_ar": "هجين", "event_date": "2021-03-01",
           "event_type": "airstrike", "status": "reported", "lat": lat, "lon": lon, "anchor_lat": lat,
           "anchor_lon": lon, "geo_precision": 1, "uncertainty_km": 0, "qualifier": "", "district": "al-Bukamal",
           "strikes": 2, "fatalities": 1, "attribution": "Russia", "attribution_certainty": "attributed",
           "target": "a depot", "cited_sources": "", "mention": "Hajin", "denied_by": "",
           "sources": [{"source": "Outlet", "url": "https://example.org/a", "published": "2021-03-02"}],
           "evidence_all": ["Warplanes struck Hajin at dawn."]}
    if field in ("place", "place_ar", "target", "attribution", "cited_sources", "denied_by"):
        rec[field] = evil
    elif field == "qualifier":
        rec.update(qualifier=evil, geo_precision=2, uncertainty_km=3)
    elif field == "mention":
        rec["mention"] = evil
        rec["evidence_all"] = [f"Warplanes struck {evil} at dawn."]
    elif field == "evidence":
        rec["evidence_all"] = [f"Warplanes struck Hajin {evil} at dawn."]
    elif field == "source_label":
        rec["sources"] = [{"source": evil, "url": "https://example.org/a", "published": "2021-03-02"}]
    elif field == "source_label_no_url":
        rec["sources"] = [{"source": evil, "url": "", "published": "2021-03-02"}]
    elif field == "link":
        rec["sources"] = [{"source": "Outlet", "url": 'https://example.org/"><img src=x onerror="window.__x=1">',
                           "published": "2021-03-02"},
                          {"source": "Other", "url": "javascript:window.__x='link'", "published": ""}]
    return rec


@pytest.mark.browser
def test_every_popup_field_is_escaped_in_the_map(browser, tmp_path):  # noqa: F811
    records = [_record(f, i) for i, f in enumerate(POPUP_FIELDS)]
    write_map(records, tmp_path / "map.html")
    page, errors, _ = _open(browser, tmp_path / "map.html")
    for i, field in enumerate(POPUP_FIELDS):
        res = page.evaluate("""(i) => { const p = window.strikemap.points[i]; window.strikemap.open(p);
            const c = document.querySelector('.leaflet-popup-content');
            return {text: c.innerText, tags: Array.from(c.querySelectorAll('*')).map(e => e.tagName.toLowerCase()),
                    hrefs: Array.from(c.querySelectorAll('a')).map(a => a.getAttribute('href')),
                    on: Array.from(c.querySelectorAll('*')).some(e => Array.from(e.attributes).some(a => a.name.startsWith('on')))}; }""", i)
        assert "img" not in res["tags"] and "script" not in res["tags"], (field, res)
        assert not res["on"], field
        assert all(h.startswith("https://") for h in res["hrefs"]), (field, res["hrefs"])
        if field == "link":
            assert "javascript:window.__x='link'" in res["text"]  # shown, not linked
            assert res["hrefs"] == ['https://example.org/"><img src=x onerror="window.__x=1">']  # whole, inside its attribute
        else:
            assert _evil(field) in res["text"], (field, res["text"])
        # the tooltip on hover carries the place name
        tip = page.evaluate("""(i) => { const p = window.strikemap.points[i];
            window.strikemap.cluster.fire('mouseover', {layer: p.marker});
            const t = document.querySelector('.leaflet-tooltip'); return t ? t.innerHTML : ''; }""", i)
        assert "<img" not in tip and "<script" not in tip, (field, tip)
    assert page.evaluate("window.__x") is None
    assert errors == []
    page.close()


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("field", POPUP_FIELDS)
def test_every_popup_field_is_escaped_in_kml_popups(field):
    from xml.etree import ElementTree as ET

    from mapper.kml import kml_text

    rec = _record(field, 0)
    html = popup_html(rec)
    p = _Tags()
    p.feed(html)
    assert not {"img", "script"} & set(p.tags), (field, html)
    assert not [a for a in p.attrs if a[0].startswith("on")], field
    assert all(v.startswith("https://") for k, v in p.attrs if k == "href"), (field, p.attrs)
    text = "".join(p.text)
    if field != "link":
        assert _evil(field) in text, (field, text)
    else:
        assert "javascript:window.__x='link'" in text
    # KML carries the same popup as escaped text inside <description>
    root = ET.fromstring(kml_text([rec]).split("\n", 1)[1])
    desc = root.find(".//{http://www.opengis.net/kml/2.2}description").text
    assert desc == html


def test_data_block_cannot_close_its_script_element(tmp_path):
    rec = _record("evidence", 0)
    rec["evidence_all"] = ["Warplanes struck Hajin </script><script>window.__x=1</script> <!-- \u2028 at dawn."]
    write_map([rec], tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="strikemap-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "\u2028" not in block
    data = read_map_data(page)
    assert "Warplanes struck Hajin </script><script>window.__x=1</script> <!-- \u2028 at dawn." in data["strings"]


def test_no_report_text_reaches_a_template(monkeypatch, tmp_path):
    """Render with Jinja's Template replaced by a spy: no source it compiles may hold report text."""
    import jinja2

    seen: list[str] = []
    real = jinja2.Environment.from_string

    def spy(self, source, *a, **k):
        seen.append(str(source))
        return real(self, source, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "from_string", spy)
    rec = _record("evidence", 0)
    rec["evidence_all"] = ["MARKER-7f3a Warplanes struck Hajin at dawn."]
    rec["sources"] = [{"source": "MARKER-9b1c", "url": "https://example.org/MARKER-2d4e", "published": ""}]
    write_map([rec], tmp_path / "map.html")
    assert seen, "the spy saw no template: folium no longer renders through Environment.from_string"
    assert not [s for s in seen if "MARKER-" in s]
    assert "MARKER-9b1c" in json.dumps(read_map_data((tmp_path / "map.html").read_text(encoding="utf-8")))
