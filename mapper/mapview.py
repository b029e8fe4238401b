"""The interactive map: one self-contained HTML file a user can e-mail.

folium builds the page (map, tiles, scale bar, district outlines); one
element of ours carries the events as JSON and the JavaScript that draws them:
clustered markers sized by strike count and coloured by type, hollow or dashed
when unconfirmed or denied, uncertainty circles, a heat layer, filters by type,
status and district, and a day-by-day time control. Every string from a report
is escaped in Python before it reaches the page; only http(s) links are made.
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from urllib.parse import urlparse

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from gazetteer.atomic import atomic_writer

from .assets import inline

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


def _point(rec: dict, st: _Strings) -> list:
    """One map point as a compact row; the browser builds its popup only when it is opened."""
    n = rec.get("strikes") or 1
    sources = rec.get("sources") or [{"source": rec.get("source"), "url": rec.get("url"), "published": rec.get("published")}]
    evidence = rec.get("evidence_all") or [rec.get("evidence", "")]
    if isinstance(evidence, str):
        evidence = [x for x in evidence.split(" || ") if x]
    group = _count(rec.get("group_strikes"), rec.get("group_strikes_max")) if rec.get("group_strikes") is not None else ""
    return [
        round(rec["lat"], 5), round(rec["lon"], 5), round(rec["anchor_lat"], 5), round(rec["anchor_lon"], 5),
        round((rec.get("uncertainty_km") or 0) * 1000), rec.get("geo_precision", 1),
        st(rec.get("event_type") or "strike"), st(rec.get("status") or "reported"), st(rec.get("event_date") or ""),
        st(rec.get("district") or "outside the governorate"), round(5 + 2.2 * math.sqrt(min(n, 100)), 1),
        st(rec["place"]), st(rec.get("place_ar") or ""), st(rec.get("qualifier") or ""),
        st(_count(rec.get("strikes"), rec.get("strikes_max"))), st(group),
        st(_count(rec.get("fatalities"), rec.get("fatalities_max"))),
        st(f"{rec['attribution']} ({rec.get('attribution_certainty') or ''})" if rec.get("attribution") else ""),
        st(rec.get("target") or ""), st(rec.get("cited_sources") or ""), st(rec.get("mention") or ""),
        [[st(x.get("source") or x.get("url") or "report"), st(x.get("url") or ""), st(x.get("published") or "")] for x in sources],
        [st(e) for e in evidence[:4]], st(rec.get("denied_by") or ""),
    ]


# Field positions in a point row, shared with the JavaScript below.
FIELDS = ["lat", "lon", "alat", "alon", "unc", "prec", "type", "status", "date", "district", "r", "place", "place_ar",
          "qualifier", "strikes", "group", "fatalities", "attribution", "target", "cited", "mention", "sources",
          "evidence", "denied_by"]


_TEMPLATE = Template("""
{% macro header(this, kwargs) %}
<style>
.sm-popup{font:13px/1.35 system-ui,sans-serif;max-width:340px}
.sm-title{font-weight:600;font-size:14px;margin-bottom:4px}
.sm-ar{font-family:'Noto Naskh Arabic','Amiri',serif;margin-inline-start:6px}
.sm-evidence{margin:6px 0;padding:4px 6px;border-inline-start:3px solid #999;background:#f6f6f6;unicode-bidi:plaintext}
.sm-popup ul{margin:2px 0 4px 16px;padding:0}
.sm-panel{background:#fff;padding:6px 8px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 system-ui,sans-serif;max-height:60vh;overflow:auto}
.sm-panel h4{margin:4px 0 2px;font-size:12px}
.sm-panel label{display:block;white-space:nowrap}
.sm-swatch{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:4px;vertical-align:-1px}
.sm-time{width:260px}
.sm-time input[type=range]{width:100%}
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function(){
  var map = {{ this._parent.get_name() }};
  var data = {{ this.data_json }};
  var colours = {{ this.colours_json }};
  var S = data.strings, F = {};
  data.fields.forEach(function(f, i){ F[f] = i; });
  function esc(v){ return String(v == null ? '' : v).replace(/[&<>"'`]/g, function(c){
    return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;','`':'&#96;'}[c]; }); }
  function link(url, label){
    if (/^https?:\\/\\//i.test(url)) return '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(label) + '</a>';
    return esc(label) + (url && url !== label ? ' <span class="sm-url">' + esc(url) + '</span>' : '');
  }
  function mark(sentence, mention){
    var i = mention ? sentence.indexOf(mention) : -1;
    if (i < 0) return esc(sentence);
    return esc(sentence.slice(0, i)) + '<mark>' + esc(mention) + '</mark>' + esc(sentence.slice(i + mention.length));
  }
  var points = data.points.map(function(row){
    return {row: row, lat: row[F.lat], lon: row[F.lon], alat: row[F.alat], alon: row[F.alon], unc: row[F.unc],
            prec: row[F.prec], type: S[row[F.type]], status: S[row[F.status]], date: S[row[F.date]],
            district: S[row[F.district]], r: row[F.r], place: S[row[F.place]],
            evidence: row[F.evidence].map(function(i){ return S[i]; })};
  });
  function popupHtml(p){
    var row = p.row, h = [], v = function(f){ return S[row[F[f]]]; };
    var name = esc(v('place'));
    if (v('place_ar')) name += ' <span dir="rtl" lang="ar" class="sm-ar">' + esc(v('place_ar')) + '</span>';
    h.push('<div class="sm-title">' + name + '</div>');
    h.push('<div><b>Date</b> ' + esc(p.date || 'date unknown') + ' · <b>Type</b> ' + esc(p.type) + ' · <b>Status</b> ' + esc(p.status) + '</div>');
    if (v('denied_by')) h.push('<div><b>Denied by</b> ' + esc(v('denied_by')) + '</div>');
    if (v('qualifier')) h.push('<div><b>Where</b> ' + esc(v('qualifier')) + ' ' + esc(v('place')) + ' (anchor ' + p.alat.toFixed(4) + ', ' + p.alon.toFixed(4) + '; ±' + (p.unc / 1000) + ' km)</div>');
    else if (p.unc) h.push('<div><b>Uncertainty</b> ±' + (p.unc / 1000) + ' km (precision ' + p.prec + ')</div>');
    if (v('strikes')) h.push('<div><b>Strikes</b> ' + esc(v('strikes')) + '</div>');
    if (v('group')) h.push('<div><b>Strikes in the listed group</b> ' + esc(v('group')) + ' (over several places, not each)</div>');
    if (v('fatalities')) h.push('<div><b>Fatalities</b> ' + esc(v('fatalities')) + '</div>');
    if (v('attribution')) h.push('<div><b>Attributed to</b> ' + esc(v('attribution')) + '</div>');
    if (v('target')) h.push('<div><b>Target</b> ' + esc(v('target')) + '</div>');
    h.push('<div><b>Sources</b><ul>' + row[F.sources].map(function(s){
      var when = S[s[2]] ? ' (' + esc(S[s[2]]) + ')' : '';
      return '<li>' + (S[s[1]] ? link(S[s[1]], S[s[0]]) : esc(S[s[0]])) + when + '</li>'; }).join('') + '</ul></div>');
    if (v('cited')) h.push('<div><b>Cited</b> ' + esc(v('cited')) + '</div>');
    p.evidence.forEach(function(e){ h.push('<blockquote dir="auto" class="sm-evidence">' + mark(e, v('mention')) + '</blockquote>'); });
    return '<div class="sm-popup">' + h.join('') + '</div>';
  }
  var outlines = {{ this.districts_json }};
  if (outlines) {
    window.smDistricts = L.geoJSON(outlines, {interactive: false, style: function(f){
      return f.properties.level === 'district' ? {color:'#444',weight:2,fill:false} : {color:'#888',weight:1,dashArray:'2 3',fill:false};
    }}).addTo(map);
  }
  var cluster = L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: true, chunkedLoading: true});
  // km-wide circles drawn as SVG stall the browser when zoomed in; canvas clips them to the view
  var circleRenderer = L.canvas({padding: 0.2});
  var circles = L.layerGroup();
  var heat = L.heatLayer([], {radius: 25, blur: 18, maxZoom: 11});
  var shared = L.popup({maxWidth: 360});
  function style(p){
    var c = colours[p.type] || '#525252';
    if (p.status === 'unconfirmed') return {radius:p.r,color:c,weight:2,fillColor:c,fillOpacity:0.08,dashArray:'4 3'};
    if (p.status === 'denied') return {radius:p.r,color:c,weight:2,fillColor:'#fff',fillOpacity:0.6,dashArray:'1 4'};
    return {radius:p.r,color:'#222',weight:1,fillColor:c,fillOpacity:0.85};
  }
  var anchor = null;
  function openPoint(p){
    shared.setLatLng([p.lat, p.lon]).setContent(popupHtml(p)).openOn(map);
    if (anchor) { map.removeLayer(anchor); anchor = null; }
    if (p.prec > 1) { anchor = L.circleMarker([p.alat,p.alon],{radius:3,color:'#000',weight:1,fillOpacity:1}).bindTooltip('named place').addTo(map); }
  }
  map.on('popupclose', function(){ if (anchor) { map.removeLayer(anchor); anchor = null; } });
  points.forEach(function(p){
    p.marker = L.circleMarker([p.lat,p.lon], style(p));
    p.marker.smPoint = p;
    if (p.prec > 1 && p.unc > 0) {
      p.circle = L.circle([p.lat,p.lon], {radius:p.unc,color:colours[p.type]||'#525252',weight:1,fillOpacity:0.05,dashArray:'3 3',interactive:false,renderer:circleRenderer});
    }
  });
  cluster.on('click', function(e){ if (e.layer && e.layer.smPoint) openPoint(e.layer.smPoint); });
  // one tooltip for all markers, filled on hover: 50,000 tooltip objects would slow the first draw
  var tip = L.tooltip({direction: 'top', offset: [0, -4]});
  cluster.on('mouseover', function(e){
    var p = e.layer && e.layer.smPoint; if (!p) return;
    tip.setLatLng([p.lat, p.lon]).setContent(esc(p.place) + ' · ' + esc(p.date || 'date unknown'));
    map.openTooltip(tip);
  });
  cluster.on('mouseout', function(){ map.closeTooltip(tip); });
  var state = {types:{}, statuses:{}, districts:{}, until: null};
  data.types.forEach(function(t){state.types[t]=true;});
  data.statuses.forEach(function(t){state.statuses[t]=true;});
  data.districts.forEach(function(t){state.districts[t]=true;});
  state.until = data.dates.length ? data.dates[data.dates.length-1] : null;
  function visible(p){
    return state.types[p.type] && state.statuses[p.status] && state.districts[p.district] &&
           (state.until === null || p.date === '' || p.date <= state.until);
  }
  function refresh(){
    var ms = [], hs = [];
    cluster.clearLayers(); circles.clearLayers();
    points.forEach(function(p){
      if (!visible(p)) return;
      ms.push(p.marker); hs.push([p.lat,p.lon,1]);
      if (p.circle) circles.addLayer(p.circle);
    });
    cluster.addLayers(ms); heat.setLatLngs(hs);
    window.strikemapVisible = ms.length;
  }
  cluster.addTo(map); circles.addTo(map);
  var overlays = {'Uncertainty circles': circles, 'Heat map': heat};
  if (window.smDistricts) overlays['District outlines'] = window.smDistricts;
  L.control.layers(null, overlays, {collapsed: false, position: 'topright'}).addTo(map);

  var panel = L.control({position: 'bottomright'});
  panel.onAdd = function(){
    var div = L.DomUtil.create('div', 'sm-panel sm-legend');
    var h = '<h4>Strikes · ' + (data.dates.length ? data.dates[0] + ' to ' + data.dates[data.dates.length-1] : 'no dates') + '</h4>';
    h += '<h4>Type</h4>';
    data.types.forEach(function(t){ h += '<label><input type="checkbox" data-f="types" value="'+t+'" checked> <span class="sm-swatch" style="background:'+(colours[t]||'#525252')+'"></span>'+t+'</label>'; });
    h += '<h4>Status</h4>';
    var how = {reported:'filled', unconfirmed:'hollow, dashed', denied:'white, dotted'};
    data.statuses.forEach(function(t){ h += '<label><input type="checkbox" data-f="statuses" value="'+t+'" checked> '+t+' ('+(how[t]||'')+')</label>'; });
    h += '<h4>District</h4>';
    data.districts.forEach(function(t){ h += '<label><input type="checkbox" data-f="districts" value="'+t+'" checked> '+t+'</label>'; });
    h += '<div>Marker size: strike count · circle: uncertainty</div>';
    div.innerHTML = h;
    L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
    div.addEventListener('change', function(ev){
      var el = ev.target; if (!el.dataset || !el.dataset.f) return;
      state[el.dataset.f][el.value] = el.checked; refresh();
    });
    return div;
  };
  panel.addTo(map);

  var time = L.control({position: 'bottomleft'});
  time.onAdd = function(){
    var div = L.DomUtil.create('div', 'sm-panel sm-time');
    var n = data.dates.length;
    div.innerHTML = '<div><button type="button" class="sm-play" title="play day by day">▶</button> <b>Up to</b> <span class="sm-date">' +
      (n ? data.dates[n-1] : 'no dates') + '</span></div><input type="range" class="sm-slider" min="0" max="' + Math.max(n-1,0) + '" value="' + Math.max(n-1,0) + '" step="1">';
    L.DomEvent.disableClickPropagation(div);
    var slider = div.querySelector('input'), label = div.querySelector('.sm-date'), timer = null;
    function set(i){ if (!n) return; slider.value = i; state.until = data.dates[i]; label.textContent = data.dates[i]; refresh(); }
    slider.addEventListener('input', function(){ set(+slider.value); });
    div.querySelector('.sm-play').addEventListener('click', function(){
      if (timer) { clearInterval(timer); timer = null; return; }
      var i = 0; set(0);
      timer = setInterval(function(){ i++; if (i >= n) { clearInterval(timer); timer = null; return; } set(i); }, 700);
    });
    return div;
  };
  time.addTo(map);

  var fs = L.control({position: 'topleft'});
  fs.onAdd = function(){
    var a = L.DomUtil.create('a', 'leaflet-bar sm-fullscreen');
    a.href = '#'; a.title = 'Full screen';
    a.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" style="vertical-align:-3px"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" fill="none" stroke="#000" stroke-width="2"/></svg>';
    a.style.cssText = 'display:block;width:30px;height:30px;line-height:30px;text-align:center;background:#fff;font-size:18px;color:#000;text-decoration:none';
    L.DomEvent.on(a, 'click', function(e){
      L.DomEvent.preventDefault(e);
      var el = map.getContainer();
      if (document.fullscreenElement) { document.exitFullscreen(); } else if (el.requestFullscreen) { el.requestFullscreen(); }
    });
    return a;
  };
  fs.addTo(map);
  refresh();
  function fit(){
    if (!points.length) return;
    var b = L.latLngBounds(points.map(function(p){ return [p.lat,p.lon]; }));
    map.fitBounds(b.pad(0.15), {maxZoom: 11, animate: false});
  }
  fit();
  window.strikemap = {map: map, points: points, state: state, refresh: refresh, fit: fit, cluster: cluster, heat: heat,
                      circles: circles, open: openPoint, popupHtml: popupHtml};
})();
{% endmacro %}
""")


class StrikeLayer(JSCSSMixin, MacroElement):
    _template = _TEMPLATE
    default_js = [
        ("leaflet.markercluster.js", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js"),
        ("leaflet_heat.min.js", "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js"),
    ]
    default_css = [
        ("MarkerCluster.css", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"),
        ("MarkerCluster.Default.css", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css"),
    ]

    def __init__(self, records: list[dict], districts: dict | None = None):
        super().__init__()
        self._name = "StrikeLayer"
        self.districts_json = _script_json(districts) if districts else "null"
        st = _Strings()
        rows = [_point(r, st) for r in records]
        types = {(r.get("event_type") or "strike") for r in records}
        statuses = {(r.get("status") or "reported") for r in records}
        data = {
            "fields": FIELDS, "strings": st.values, "points": rows,
            "types": sorted(types),
            "statuses": [s for s in ("reported", "unconfirmed", "denied") if s in statuses],
            "districts": sorted({r.get("district") or "outside the governorate" for r in records}),
            "dates": sorted({r["event_date"] for r in records if r.get("event_date")}),
        }
        self.data_json = _script_json(data)
        self.colours_json = _script_json(TYPE_COLOURS)


def _script_json(obj) -> str:
    """JSON that is safe inside a <script> element, whatever the report text holds."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def build_map(records: list[dict], gazetteer=None) -> folium.Map:
    m = folium.Map(location=CENTER, zoom_start=8, tiles=None, control_scale=True, prefer_canvas=False,
                   max_zoom=MAX_ZOOM, min_zoom=5)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False, max_zoom=MAX_ZOOM).add_to(m)
    districts = None
    if gazetteer is not None and gazetteer.areas is not None:
        from shapely.geometry import mapping

        districts = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": a.name, "level": a.level}, "geometry": mapping(a.geometry)}
            for a in gazetteer.areas.areas if a.level in ("district", "subdistrict")]}
    StrikeLayer(records, districts).add_to(m)
    return m


def render_map(records: list[dict], gazetteer=None) -> str:
    m = build_map(records, gazetteer)
    page = m.get_root().render()
    page = _stable_names(page)
    return inline(page)


def _stable_names(page: str) -> str:
    """folium names elements with random hex ids; rename them in order so reruns give the same bytes."""
    import re

    seen: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        key = m.group(0)
        if key not in seen:
            seen[key] = f"{m.group(1)}_{len(seen):04d}"
        return seen[key]

    return re.sub(r"\b([a-z_]+)_([0-9a-f]{32})\b", sub, page)


def write_map(events, path: Path, gazetteer=None) -> None:
    records = [e.as_dict() if hasattr(e, "as_dict") else e for e in events]
    for r in records:
        if isinstance(r.get("evidence_all"), str):
            r["evidence_all"] = [x for x in r["evidence_all"].split(" || ") if x]
    page = render_map(records, gazetteer)
    with atomic_writer(path) as f:
        f.write(page)
