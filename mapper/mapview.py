"""The interactive map: one self-contained HTML file a user can e-mail.

folium renders an empty shell (map, tiles, scale bar). Only after every
template is rendered do the data and our code join it, as plain strings: a
`<script type="application/json">` block holding the incidents and the base
layer (gzipped and base64-encoded, so no text can close the element, and
50,000 incidents fit in a few megabytes) and `static/strikemap.js`, which
inflates it and draws markers, base layer, search, filters and the date window. folium's
templates are rendered twice by Jinja, so report text that reached one would
run as template code; here none ever does. The JavaScript escapes every
string it puts into HTML and only links http(s) addresses; `popup_html` is
the same popup in Python, for KML.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import zlib
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlparse

import folium

from gazetteer.atomic import atomic_writer

from .assets import asset, inline, safe_script, static
from .basemap import base_layer

TYPE_COLOURS = {
    "airstrike": "#d7301f", "drone strike": "#7b3294", "missile strike": "#e66101",
    "shelling": "#8c510a", "explosion": "#2c7bb6", "strike": "#525252",
}
CENTER = (35.0, 40.45)
MAX_ZOOM = 15  # street level; the data is never more precise than a village centre


def esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def link(url: str, label: str | None = None) -> str:
    """A link only for http(s) addresses; anything else is shown as plain text."""
    label = esc(label or url)
    try:
        scheme = urlparse(url.strip()).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme in ("http", "https"):
        return f'<a href="{esc(url.strip())}" target="_blank" rel="noopener noreferrer">{label}</a>'
    if url and label != esc(url):
        return f'{label} <span class="sm-url">{esc(url)}</span>'
    return label


def highlight(sentence: str, mention: str) -> str:
    i = sentence.find(mention) if mention else -1
    if i < 0:
        return esc(sentence)
    return esc(sentence[:i]) + "<mark>" + esc(mention) + "</mark>" + esc(sentence[i + len(mention):])


def _count(low, high) -> str:
    if low is None:
        return ""
    if high is None:
        return f"at least {low}"
    return str(low) if low == high else f"{low}–{high}"


def popup_html(rec: dict) -> str:
    """Popup for one map point (an event or an incident); all report text escaped."""
    rows = []
    name = esc(rec["place"])
    if rec.get("place_ar"):
        name += f' <span dir="rtl" lang="ar" class="sm-ar">{esc(rec["place_ar"])}</span>'
    rows.append(f'<div class="sm-title">{name}</div>')
    date = rec.get("event_date") or "date unknown"
    rows.append(f"<div><b>Date</b> {esc(date)} · <b>Type</b> {esc(rec.get('event_type'))} · "
                f"<b>Status</b> {esc(rec.get('status'))}</div>")
    if rec.get("denied_by"):
        rows.append(f"<div><b>Denied by</b> {esc(rec['denied_by'])}</div>")
    if rec.get("qualifier"):
        rows.append(f"<div><b>Where</b> {esc(rec['qualifier'])} {esc(rec.get('anchor_place') or rec['place'])} "
                    f"(anchor {rec['anchor_lat']:.4f}, {rec['anchor_lon']:.4f}; ±{rec.get('uncertainty_km') or 0:g} km)</div>")
    elif rec.get("uncertainty_km"):
        rows.append(f"<div><b>Uncertainty</b> ±{rec['uncertainty_km']:g} km (precision {rec.get('geo_precision')})</div>")
    strikes = _count(rec.get("strikes"), rec.get("strikes_max"))
    if strikes:
        rows.append(f"<div><b>Strikes</b> {esc(strikes)}</div>")
    if rec.get("group_strikes") is not None:
        rows.append(f"<div><b>Strikes in the listed group</b> {esc(_count(rec['group_strikes'], rec.get('group_strikes_max')))}"
                    f" (over several places, not each)</div>")
    fat = _count(rec.get("fatalities"), rec.get("fatalities_max"))
    if fat:
        rows.append(f"<div><b>Fatalities</b> {esc(fat)}</div>")
    if rec.get("attribution"):
        rows.append(f"<div><b>Attributed to</b> {esc(rec['attribution'])} ({esc(rec.get('attribution_certainty'))})</div>")
    if rec.get("target"):
        rows.append(f"<div><b>Target</b> {esc(rec['target'])}</div>")
    sources = rec.get("sources") or [{"source": rec.get("source"), "url": rec.get("url"), "published": rec.get("published")}]
    items = []
    for s in sources:
        label = s.get("source") or s.get("url") or "report"
        when = f" ({esc(s['published'])})" if s.get("published") else ""
        items.append(f"<li>{link(s.get('url') or '', label) if s.get('url') else esc(label)}{when}</li>")
    rows.append(f"<div><b>Sources</b><ul>{''.join(items)}</ul></div>")
    if rec.get("cited_sources"):
        rows.append(f"<div><b>Cited</b> {esc(rec['cited_sources'])}</div>")
    evidence = rec.get("evidence_all") or [rec.get("evidence", "")]
    if isinstance(evidence, str):
        evidence = [x for x in evidence.split(" || ") if x]
    for sentence in evidence[:4]:
        rows.append(f'<blockquote dir="auto" class="sm-evidence">{highlight(sentence, rec.get("mention", ""))}</blockquote>')
    return '<div class="sm-popup">' + "".join(rows) + "</div>"


class _Strings:
    """A table of distinct strings: 50,000 incidents repeat a few hundred places, types and outlets."""

    def __init__(self):
        self.index: dict[str, int] = {}
        self.values: list[str] = []

    def __call__(self, s) -> int:
        s = "" if s is None else str(s)
        if s not in self.index:
            self.index[s] = len(self.values)
            self.values.append(s)
        return self.index[s]


def _row(r: dict, cols: list[str], kinds: list[str], strings) -> list:
    """One record as the page's row: strings (and lists of them) as numbers into the shared string table."""
    row = []
    for c, k in zip(cols, kinds):
        v = r.get(c)
        if v is None:
            row.append(None)
        elif k == "s":
            row.append(strings(v))
        elif k == "S":
            row.append([strings(x) for x in v])
        else:
            row.append(v)
    return row


_DUMP = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def map_json_chunks(records, base: dict | None = None) -> Iterator[str]:
    """Everything the page's JavaScript draws and exports, as the text of one sorted, compact JSON document,
    in pieces, without holding the rows or their JSON whole. Records travel as rows with every export column
    (the page's GeoJSON and CSV downloads hold the same properties as the files `build` writes); strings go
    through one table so repeated places and outlets cost a number each.

    `records` is a function that gives a fresh iterator over the rows each time it is called: one pass
    finds the columns, their kinds and the legend's values, a second writes the rows (the keys of
    the document come out sorted, so the rows go out before the string table they fill).
    """
    from .aggregate import INCIDENT_COLUMNS
    from .exports import _clean
    from .model import EVENT_COLUMNS

    first = True
    csv_cols: list[str] = []
    extra: dict[str, None] = {}
    seen: dict[str, list] = {}  # column: [present, all str, all lists of str]
    dates: set[str] = set()
    statuses, types, districts = set(), set(), set()
    for raw in records():
        r = {k: _clean(v) for k, v in raw.items()}
        if first:
            csv_cols = INCIDENT_COLUMNS if "incident_id" in r else EVENT_COLUMNS
            first = False
        for k, v in r.items():
            st = seen.get(k)
            if st is None:
                st = seen[k] = [False, True, True]
                if k not in csv_cols:
                    extra[k] = None
            if v is None:
                continue
            st[0] = True
            if st[1] and not isinstance(v, str):
                st[1] = False
            if st[2] and not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
                st[2] = False
        if r.get("event_date"):
            dates.add(r["event_date"])
        statuses.add(r.get("status") or "reported")
        types.add(r.get("event_type") or "strike")
        districts.add(r.get("district") or "outside the governorate")
    if first:  # no rows: the events' columns
        csv_cols = EVENT_COLUMNS
    cols = list(csv_cols) + [k for k in extra if k not in csv_cols]

    def kind(c):
        st = seen.get(c)
        if st is None or not st[0]:
            return "j"
        return "s" if st[1] else "S" if st[2] else "j"

    kinds = [kind(c) for c in cols]
    dates_sorted = sorted(dates)
    yield (f'{{"base":{_DUMP(base)},"colours":{_DUMP(TYPE_COLOURS)},"columns":{_DUMP(cols)},'
           f'"csv_columns":{_DUMP(csv_cols)},"dates":{_DUMP([dates_sorted[0], dates_sorted[-1]] if dates else [])},'
           f'"districts":{_DUMP(sorted(districts))},"kinds":{_DUMP(kinds)},"rows":[')
    strings = _Strings()
    pieces: list[str] = []
    size = 0
    n = 0
    for raw in records():
        text = _DUMP(_row({k: _clean(v) for k, v in raw.items()}, cols, kinds, strings))
        pieces.append(text if n == 0 else "," + text)
        n += 1
        size += len(text)
        if size > 1 << 20:
            yield "".join(pieces)
            pieces, size = [], 0
    yield "".join(pieces)
    yield f'],"statuses":{_DUMP([s for s in ("reported", "unconfirmed", "denied") if s in statuses])},"strings":['
    values = strings.values
    for lo in range(0, len(values), 20_000):  # the table in pieces too: it holds every evidence sentence
        part = _DUMP(values[lo:lo + 20_000])[1:-1]
        yield part if lo == 0 else "," + part
    yield f'],"types":{_DUMP(sorted(types))}}}'


def _gzip_base64(chunks: Iterable[str]) -> Iterator[str]:
    """base64(gzip.compress(text, 6, mtime=0)) of the text given in pieces, in pieces: zlib gives the same
    stream however its input is cut, and base64 of 3-byte-aligned runs joins into base64 of the whole."""
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    buf = b""
    for c in chunks:
        buf += z.compress(c.encode("utf-8"))
        cut = len(buf) - len(buf) % 3
        if cut:
            yield base64.b64encode(buf[:cut]).decode("ascii")
            buf = buf[cut:]
    yield base64.b64encode(buf + z.flush()).decode("ascii")


def _script_json(obj) -> str:
    """JSON that is safe inside a <script> element, whatever the report text holds."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def build_map() -> folium.Map:
    """The empty folium page: map, tiles and scale bar. It never sees report data, so no
    report text can ever become part of a Jinja template (folium renders its templates twice)."""
    m = folium.Map(location=CENTER, zoom_start=8, tiles=None, control_scale=True, prefer_canvas=False,
                   max_zoom=MAX_ZOOM, min_zoom=5)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False, max_zoom=MAX_ZOOM).add_to(m)
    return m


_HOLE = "@@strikemap-data@@"


def _page_pieces(records, gazetteer=None) -> Iterator[str]:
    """The page in pieces, so write_map() never holds the page (or its data) whole: folium's rendered shell,
    then our data as a JSON block and our own script, joined as plain strings after every template has been
    rendered. `records` gives a fresh iterator over the rows each time it is called (read twice: see
    map_json_chunks)."""
    m = build_map()
    raw = m.get_root().render()
    shell, map_name = _stable_names(raw), _stable_names(raw, find=m.get_name())
    if gazetteer is None:
        from gazetteer import load

        gazetteer = load()
    base = base_layer(gazetteer)
    head_css = (f"<style>{asset('MarkerCluster.css')}</style>\n<style>{asset('MarkerCluster.Default.css')}</style>\n")
    page = inline(shell)
    i = page.index("</head>")
    page = page[:i] + head_css + page[i:]
    j = page.rindex("</html>")
    yield page[:j]
    yield (f"<style>{static('strikemap.css')}</style>\n"
           f"<script>{safe_script(asset('leaflet.markercluster.js'))}</script>\n"
           f"<script>{safe_script(asset('leaflet_heat.min.js'))}</script>\n"
           f'<script type="application/json" id="strikemap-data">')
    # the block is {"data":"<base64>","encoding":...,"map":...}: 50,000 incidents' evidence is tens of megabytes
    # of JSON, a few once gzipped; the page inflates it with DecompressionStream. base64 needs no escaping.
    before, after = _script_json({"map": map_name, "encoding": "gzip+base64", "data": _HOLE}).split(_HOLE)
    yield before
    yield from _gzip_base64(map_json_chunks(records, base))
    yield after
    yield "</script>\n"
    yield f"<script>{safe_script(static('strikemap.js'))}</script>\n"
    yield page[j:]


def _stable_names(page: str, find: str | None = None) -> str:
    """folium names elements with random hex ids; rename them in order so reruns give the same bytes.
    With find, the stable name that id gets."""
    import re

    seen: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        key = m.group(0)
        if key not in seen:
            seen[key] = f"{m.group(1)}_{len(seen):04d}"
        return seen[key]

    out = re.sub(r"\b([a-z_]+)_([0-9a-f]{32})\b", sub, page)
    return seen[find] if find is not None else out


def write_map(events, path: Path, gazetteer=None) -> None:
    """`events`: events, rows, or a function giving a fresh iterator over rows (read twice, never held)."""
    if callable(events):
        records = events
    else:
        rows = [e.as_dict() if hasattr(e, "as_dict") else e for e in events]

        def records():
            return iter(rows)
    with atomic_writer(path) as f:
        for piece in _page_pieces(records, gazetteer):
            f.write(piece)


def read_map_data(page: str) -> dict:
    """The data block of a written map.html, as the page's script reads it."""
    import re

    m = re.search(r'<script type="application/json" id="strikemap-data">(.*?)</script>', page, re.S)
    if m is None:
        raise ValueError("no strikemap data block in the page")
    block = json.loads(m.group(1))
    return json.loads(gzip.decompress(base64.b64decode(block["data"])).decode("utf-8"))
