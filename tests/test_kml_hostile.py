"""Hostile text in KML: every field a report or an edited GeoJSON can fill stays text.

Google Earth renders a placemark's description as HTML, so the popup inside it
must carry report text escaped, and links only for http(s) addresses. The KML is
read back with an XML parser and each description with an HTML parser, as a
viewer would, never by searching the raw file for strings.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from .conftest import write_report

NS = {"k": "http://www.opengis.net/kml/2.2"}
ALLOWED_TAGS = {"div", "span", "b", "ul", "li", "blockquote", "mark", "a", "br"}


def payload(field: str) -> str:
    return (f"<script>window.__{field}=1</script><img src=x onerror=\"window.__{field}=2\">"
            f"{{{{ 7*7 }}}}{{% raw %}}<a href='javascript:alert(1)'>{field}</a>")


class _Popup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text, self.marks = [], [], [], []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark:
            self.marks.append(data)


def _placemarks(kml: str):
    root = ET.fromstring(kml.encode("utf-8"))  # well-formed XML, whatever the reports said
    return root.findall(".//k:Placemark", NS)


def _safe_popup(desc: str) -> _Popup:
    p = _Popup()
    p.feed(desc)
    p.close()
    assert set(p.tags) <= ALLOWED_TAGS, p.tags
    assert not [a for a, _ in p.attrs if a.lower().startswith("on")], p.attrs
    assert all(v.startswith(("http://", "https://")) for a, v in p.attrs if a == "href"), p.attrs
    return p


@pytest.fixture
def hostile_reports(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_report(src / "a.txt", "Drones struck Hajin on Monday <img src=x onerror=\"window.__ev=1\"> {{ 7*7 }} "
                 "{% raw %} <script>window.__ev2=1</script>, killing two people.",
                 source=json.dumps("<script>window.__src=1</script>{{ 7*7 }}"),
                 url=json.dumps("javascript:alert('link')"), title=json.dumps("{% raw %} <img src=x onerror=alert(1)>"))
    write_report(src / "b.txt", "Airstrikes hit al-Mayadin on Monday, targeting <a href=\"javascript:alert(2)\">"
                 "warehouses</a>.", source=json.dumps("<b onmouseover=alert(1)>Outlet</b>"),
                 url=json.dumps("https://ok.example/a?b=<i>&c=\"x\""))
    return src


@pytest.mark.parametrize("kind", ["events", "incidents"])
def test_hostile_reports_stay_text_in_kml(invoke, tmp_path, hostile_reports, kind):
    out = tmp_path / "out"
    assert invoke("build", str(hostile_reports), "--out", str(out))[0] == 0
    code, kml, err = invoke("export", str(out / f"{kind}.geojson"), "--format", "kml")
    assert code == 0, err
    pms = _placemarks(kml)
    assert len(pms) == 2
    texts, links = {}, {}
    for pm in pms:
        p = _safe_popup(pm.find("k:description", NS).text)
        place = pm.find("k:name", NS).text.split(" · ")[0]
        texts[place], links[place] = "".join(p.text), [v for a, v in p.attrs if a == "href"]
    assert links == {"Hajin": [], "al-Mayadin": ['https://ok.example/a?b=<i>&c="x"']}  # javascript: never linked
    hajin, mayadin = texts["Hajin"], texts["al-Mayadin"]
    assert "<script>window.__src=1</script>{{ 7*7 }}" in hajin  # source label, literally
    assert "javascript:alert('link')" in hajin
    assert ('Drones struck Hajin on Monday <img src=x onerror="window.__ev=1"> {{ 7*7 }} {% raw %} '
            "<script>window.__ev2=1</script>, killing two people.") in hajin  # evidence, literally
    assert "49" not in hajin
    assert "<b onmouseover=alert(1)>Outlet</b>" in mayadin
    assert "javascript:alert(2)" in mayadin


FIELDS = ["place", "place_ar", "mention", "qualifier", "target", "attribution", "attribution_certainty", "source",
          "cited_sources", "district", "status", "evidence"]


def test_every_text_field_of_an_edited_file_stays_text(invoke, tmp_path):
    """A shared events.geojson, edited by someone hostile: every text property carries markup of its own."""
    src = tmp_path / "in"
    src.mkdir()
    write_report(src / "a.txt", "Drones struck Hajin on Monday, killing two people.", source="SOHR",
                 url="https://www.syriahr.com/en/1/")
    out = tmp_path / "out"
    assert invoke("build", str(src), "--out", str(out))[0] == 0
    doc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    props = doc["features"][0]["properties"]
    for field in FIELDS:
        props[field] = payload(field)
    props["evidence_all"] = props["evidence"] = f"Drones struck {payload('mention')} at dawn."
    props["url"] = " JaVaScRiPt:window.__url=1"
    props["event_date"] = "2021-03-01"
    edited = tmp_path / "edited.geojson"
    edited.write_text(json.dumps(doc), encoding="utf-8")
    code, kml, err = invoke("export", str(edited), "--format", "kml")
    assert code == 0, err
    (pm,) = _placemarks(kml)
    p = _safe_popup(pm.find("k:description", NS).text)
    text = "".join(p.text)
    for field in ("place", "place_ar", "qualifier", "target", "attribution", "attribution_certainty", "source",
                  "cited_sources", "status"):
        assert payload(field) in text, field
    assert "".join(p.marks) == payload("mention")  # the highlighted mention is escaped inside <mark>
    assert "JaVaScRiPt:window.__url=1" in text and not [v for a, v in p.attrs if a == "href"]
    # plain KML text elements carry the exact text (XML-escaped by the writer, unescaped by the parser)
    assert pm.find("k:name", NS).text == f"{payload('place')} · 2021-03-01"
    values = {d.get("name"): d.find("k:value", NS).text for d in pm.findall("k:ExtendedData/k:Data", NS)}
    assert values["attribution"] == payload("attribution") and values["district"] == payload("district")
    assert "<script" not in kml and "<img" not in kml  # no raw markup anywhere in the file
