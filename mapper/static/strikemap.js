/* strikemap: draws the incidents of one build on the Leaflet map folium made.
 *
 * The data arrives as a gzip+base64 JSON block (#strikemap-data) that no template
 * engine has seen; every string from a report is escaped here before it becomes
 * HTML, and only http(s) addresses become links. Nothing is fetched: the base
 * layer (river, outlines, place names) is in the data, tiles are drawn under it
 * only when there is a network.
 */
(function () {
  'use strict';

  var block = JSON.parse(document.getElementById('strikemap-data').textContent);
  var map = window[block.map];

  function inflate(b64) {
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('this browser cannot open the map (it needs DecompressionStream: Chrome 80, Firefox 113, Safari 16.4 or later)'));
    }
    function unpack(blob) { return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text(); }
    // the browser's own base64 decoder (a data: address) is many times faster than atob and a loop
    return fetch('data:application/octet-stream;base64,' + b64).then(function (r) { return r.blob(); }).then(unpack, function () {
      var bin = atob(b64), bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return unpack(new Blob([bytes]));
    });
  }

  var T = window.strikemapTimings = {start: performance.now()};
  inflate(block.data).then(function (text) {
    T.inflated = performance.now();
    var data = JSON.parse(text);
    T.parsed = performance.now();
    draw(data);
    T.drawn = performance.now();
  }, function (err) {
    var div = document.createElement('div');
    div.className = 'sm-fatal';
    div.textContent = 'strikemap: ' + err.message;
    document.body.appendChild(div);
  });

  // ---------------------------------------------------------------- text helpers
  var ESC = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;'};
  function esc(v) { return String(v == null ? '' : v).replace(/[&<>"'`]/g, function (c) { return ESC[c]; }); }
  // a value that may be Arabic or English, isolated so it cannot reorder its neighbours
  function iso(v) { return '<bdi>' + esc(v) + '</bdi>'; }
  // dates and numbers always read left to right, whatever the text around them
  function ltr(v) { return '<bdi dir="ltr">' + esc(v) + '</bdi>'; }
  function link(url, label) {
    if (/^https?:\/\//i.test(url)) return '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + iso(label) + '</a>';
    return iso(label) + (url && url !== label ? ' <span class="sm-url">' + esc(url) + '</span>' : '');
  }
  function mark(sentence, mention) {
    var i = mention ? sentence.indexOf(mention) : -1;
    if (i < 0) return esc(sentence);
    return esc(sentence.slice(0, i)) + '<mark>' + esc(mention) + '</mark>' + esc(sentence.slice(i + mention.length));
  }
  function count(low, high) {
    if (low == null) return '';
    if (high == null) return 'at least ' + low;
    return low === high ? String(low) : low + '–' + high;
  }
  // the same fold as the gazetteer's (gazetteer/normalize.py): marks and tatweel dropped,
  // Arabic letter forms and digits unified, anything not a letter or digit a space
  var AR_FOLD = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ک': 'ك', 'ۀ': 'ه'};
  var ARTICLES = {al: 1, el: 1, il: 1, ul: 1, ad: 1, ed: 1, adh: 1, an: 1, en: 1, ar: 1, er: 1, as: 1, es: 1, ash: 1,
                  esh: 1, at: 1, et: 1, ath: 1, az: 1, ez: 1, ag: 1, aj: 1};
  function fold(s) {
    s = String(s || '').normalize('NFKD').replace(/[\p{M}\u0640\u200b-\u200f\ufeff\u00ad\u2060\u061c]/gu, '');
    s = s.replace(/[أإآٱىیةکۀ]/g, function (c) { return AR_FOLD[c]; })
         .replace(/[\u0660-\u0669]/g, function (c) { return String(c.charCodeAt(0) - 0x660); })
         .replace(/[\u06f0-\u06f9]/g, function (c) { return String(c.charCodeAt(0) - 0x6f0); })
         .toLowerCase()
         .replace(/['’‘ʼʻʿʾ`´′‛]/g, "'")
         .replace(/[^\p{L}\p{N}']+/gu, ' ')
         .replace(/(^|[^\p{L}\p{N}])'+|'+(?=[^\p{L}\p{N}]|$)/gu, '$1');
    return s.split(/\s+/).filter(Boolean).join(' ');
  }
  function searchKey(s) {  // without articles, as mapper/basemap.py ships the keys
    var t = fold(s).split(' ');
    return t.filter(function (w, i) { return !(ARTICLES[w] && i + 1 < t.length); }).join(' ');
  }
  var dayCache = {};
  function dayNumber(iso) {
    if (!(iso in dayCache)) dayCache[iso] = Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);
    return dayCache[iso];
  }
  function isoDay(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }

  // ---------------------------------------------------------------- the map
  function draw(data) {
    var S = data.strings, C = {}, colours = data.colours;
    data.columns.forEach(function (c, i) { C[c] = i; });
    function val(row, col) {
      var i = C[col]; if (i === undefined) return null;
      var v = row[i], k = data.kinds[i];
      if (v == null) return null;
      if (k === 's') return S[v];
      if (k === 'S') return v.map(function (j) { return S[j]; });
      return v;
    }
    var points = data.rows.map(function (row, i) {
      var n = val(row, 'strikes') || 1, date = val(row, 'event_date') || '';
      var lat = val(row, 'lat'), lon = val(row, 'lon');
      return {i: i, row: row, lat: lat, lon: lon,
              alat: val(row, 'anchor_lat') == null ? lat : val(row, 'anchor_lat'),
              alon: val(row, 'anchor_lon') == null ? lon : val(row, 'anchor_lon'),
              unc: Math.round((val(row, 'uncertainty_km') || 0) * 1000), prec: val(row, 'geo_precision') || 1,
              type: val(row, 'event_type') || 'strike', status: val(row, 'status') || 'reported',
              date: date, day: date ? dayNumber(date) : null,
              district: val(row, 'district') || 'outside the governorate',
              place: val(row, 'place') || '', place_id: val(row, 'place_id') || '',
              r: Math.round((5 + 2.2 * Math.sqrt(Math.min(n, 100))) * 10) / 10};
    });

    function sourcesOf(p) {
      var s = val(p.row, 'sources');
      if (Array.isArray(s)) return s;
      return [{source: val(p.row, 'source'), url: val(p.row, 'url'), published: val(p.row, 'published')}];
    }
    function evidenceOf(p) {
      var e = val(p.row, 'evidence_all');
      if (typeof e === 'string') e = e.split(' || ');
      if (!e || !e.length) e = [val(p.row, 'evidence') || ''];
      return e.filter(Boolean).slice(0, 4);
    }
    function popupHtml(p) {
      var row = p.row, h = [], v = function (f) { return val(row, f); };
      var name = esc(p.place);
      if (v('place_ar')) name += ' <span dir="rtl" lang="ar" class="sm-ar">' + esc(v('place_ar')) + '</span>';
      h.push('<div class="sm-title">' + name + '</div>');
      h.push('<div><b>Date</b> ' + (p.date ? ltr(p.date) : 'date unknown') +
             (v('event_date_last') && v('event_date_last') !== p.date ? ' to ' + ltr(v('event_date_last')) : '') +
             ' · <b>Type</b> ' + iso(p.type) + ' · <b>Status</b> ' + iso(p.status) + '</div>');
      if (v('denied_by')) h.push('<div><b>Denied by</b> ' + iso(v('denied_by')) + '</div>');
      var km = ltr('±' + p.unc / 1000 + ' km');
      if (v('qualifier')) h.push('<div><b>Where</b> ' + iso(v('qualifier')) + ' ' + iso(v('anchor_place') || p.place) + ' (anchor ' +
                                 ltr(p.alat.toFixed(4) + ', ' + p.alon.toFixed(4)) + '; ' + km + ')</div>');
      else if (p.unc) h.push('<div><b>Uncertainty</b> ' + km + ' (precision ' + ltr(p.prec) + ': ' + esc(PRECISION[p.prec] || '') + ')</div>');
      var strikes = count(v('strikes'), v('strikes_max'));
      if (strikes) h.push('<div><b>Strikes</b> ' + ltr(strikes) + '</div>');
      if (v('group_strikes') != null) h.push('<div><b>Strikes in the listed group</b> ' + ltr(count(v('group_strikes'), v('group_strikes_max'))) + ' (over several places, not each)</div>');
      var fat = count(v('fatalities'), v('fatalities_max'));
      if (fat) h.push('<div><b>Fatalities</b> ' + ltr(fat) + '</div>');
      if (v('attribution')) h.push('<div><b>Attributed to</b> ' + iso(v('attribution')) + (v('attribution_certainty') ? ' (' + iso(v('attribution_certainty')) + ')' : '') + '</div>');
      if (v('target')) h.push('<div><b>Target</b> ' + iso(v('target')) + '</div>');
      h.push('<div><b>Sources</b><ul>' + sourcesOf(p).map(function (s) {
        var label = s.source || s.url || 'report';
        var when = s.published ? ' (' + ltr(s.published) + ')' : '';
        return '<li>' + (s.url ? link(s.url, label) : iso(label)) + when + '</li>';
      }).join('') + '</ul></div>');
      if (v('cited_sources')) h.push('<div><b>Cited</b> ' + iso(v('cited_sources')) + '</div>');
      evidenceOf(p).forEach(function (e) { h.push('<blockquote dir="auto" class="sm-evidence">' + mark(e, v('mention') || '') + '</blockquote>'); });
      return '<div class="sm-popup">' + h.join('') + '</div>';
    }

    // ------------------------------------------------------------ base layer
    T.rows = performance.now();
    var base = data.base || {};
    map.getContainer().classList.add('sm-map');
    map.createPane('smBase').style.zIndex = 250;      // above tiles (200), below markers (400)
    map.createPane('smLabels').style.zIndex = 450;    // above markers, never in the way of a click
    var baseRenderer = L.svg({pane: 'smBase'});
    var LEVEL_STYLE = {
      governorate: {color: '#5b4636', weight: 3, opacity: 0.8, fill: true, fillColor: '#fbf8f0', fillOpacity: 0.55},
      district: {color: '#6f6256', weight: 2, opacity: 0.8, fill: false},
      subdistrict: {color: '#8f857b', weight: 1, opacity: 0.8, dashArray: '3 4', fill: false}
    };
    var outlines = L.geoJSON(base.outlines || null, {pane: 'smBase', renderer: baseRenderer, interactive: false,
      style: function (f) { var s = LEVEL_STYLE[f.properties.level] || LEVEL_STYLE.subdistrict; s.className = 'sm-outline sm-outline-' + f.properties.level; return s; }});
    // rivers: the Euphrates wide, its tributary the Khabur narrower; one class per river so each can be found
    var RIVER_WEIGHT = {Euphrates: 3, Khabur: 2};
    var river = L.geoJSON(base.rivers || null, {pane: 'smBase', renderer: baseRenderer, interactive: false,
      style: function (f) {
        var name = f.properties.name || '';
        return {color: '#5b9bd5', weight: RIVER_WEIGHT[name] || 2, opacity: 0.9, lineCap: 'round',
                className: 'sm-river sm-river-' + name.toLowerCase().replace(/[^a-z]+/g, '-')};
      }});
    outlines.addTo(map); river.addTo(map);
    window.smDistricts = outlines;

    // place names: by zoom (cities, towns, villages), in English and Arabic, greedy so none overlap
    var Labels = L.Layer.extend({
      initialize: function (items) { this.items = items; },
      onAdd: function (m) { this._el = L.DomUtil.create('div', 'sm-labels', m.getPane('smLabels')); m.on('zoomend moveend resize', this._draw, this); this._draw(); },
      onRemove: function (m) { m.off('zoomend moveend resize', this._draw, this); L.DomUtil.remove(this._el); },
      _draw: function () {
        var m = this._map, z = m.getZoom(), view = m.getBounds().pad(0.05), placed = [], html = [];
        this._el.innerHTML = '';
        for (var k = 0; k < this.items.length; k++) {
          var it = this.items[k];
          if (z < it[4] || z > it[5] || !view.contains([it[2], it[3]])) continue;
          var pt = m.latLngToLayerPoint([it[2], it[3]]);
          var w = Math.max(it[0].length * 6.6, (it[1] || '').length * 6.2) + 14, h = it[1] ? 30 : 16;
          var box = [pt.x - w / 2, pt.y - h / 2, pt.x + w / 2, pt.y + h / 2];
          if (it[6].indexOf('place') === 0) box = [pt.x - 4, pt.y - h + 4, pt.x + w, pt.y + 6];
          var clash = placed.some(function (b) { return box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]; });
          if (clash) continue;
          placed.push(box);
          var div = L.DomUtil.create('div', 'sm-label sm-label-' + it[6], this._el);
          div.innerHTML = '<span class="sm-label-en">' + esc(it[0]) + '</span>' +
            (it[1] ? '<span class="sm-label-ar" dir="rtl" lang="ar">' + esc(it[1]) + '</span>' : '');
          L.DomUtil.setPosition(div, pt);
        }
        window.strikemapLabels = this._el.querySelectorAll('.sm-label').length;
      }
    });
    var KIND_ORDER = {'area-governorate': 0, 'place-city': 1, 'river': 2, 'area-district': 3, 'place-town': 4, 'area-subdistrict': 5, 'place-village': 6, 'place-other': 7};
    var labelItems = (base.labels || []).slice().sort(function (a, b) { return (KIND_ORDER[a[6]] || 9) - (KIND_ORDER[b[6]] || 9); });
    var labels = new Labels(labelItems).addTo(map);

    // ------------------------------------------------------------ markers
    var PRECISION = {1: 'exact place', 2: 'near or part of a place, within the circle', 3: 'a region: somewhere in the circle'};
    function typeShares(markers) {
      var n = {}, total = markers.length;
      markers.forEach(function (m) { var t = m.smPoint.type; n[t] = (n[t] || 0) + 1; });
      var at = 0, stops = [];
      Object.keys(n).sort().forEach(function (t) {
        var c = colours[t] || '#525252', to = at + n[t] / total * 100;
        stops.push(c + ' ' + at.toFixed(2) + '% ' + to.toFixed(2) + '%'); at = to;
      });
      return 'conic-gradient(' + stops.join(',') + ')';
    }
    var loading = false;
    var cluster = L.markerClusterGroup({
      maxClusterRadius: 40, showCoverageOnHover: false, zoomToBoundsOnClick: false, spiderfyOnMaxZoom: false,
      chunkedLoading: true, spiderfyDistanceMultiplier: 1.4,
      // markers are clustered in slices between frames; the map says when the last slice is in
      chunkProgress: function (done, total) { if (total && done >= total) { window.strikemapReady = true; T.clustered = T.clustered || performance.now(); } },
      spiderLegPolylineOptions: {weight: 1.5, color: '#222', opacity: 0.5, interactive: false},
      iconCreateFunction: function (c) {
        var kids = c.getAllChildMarkers(), n = kids.length, size = n < 10 ? 30 : n < 100 ? 38 : n < 1000 ? 46 : 54;
        return L.divIcon({className: 'marker-cluster sm-cluster', iconSize: [size, size],
          html: '<div class="sm-ring" style="background:' + typeShares(kids) + '"><span>' + n + '</span></div>'});
      }
    });
    // A cluster holding a stack (markers on one point: places known only by their parent's point)
    // or markers that would still overlap at the deepest zoom spreads around its centre at this
    // zoom, so each can be opened; any other cluster zooms to its markers.
    var SPREAD_MAX = 100;
    function hasStack(markers) {
      var seen = {};
      return markers.some(function (m) { var ll = m.getLatLng(), k = ll.lat.toFixed(5) + ',' + ll.lng.toFixed(5); if (seen[k]) return true; seen[k] = 1; return false; });
    }
    cluster.on('clusterclick', function (e) {
      var c = e.layer, b = c.getBounds(), kids = c.getAllChildMarkers();
      var sw = map.project(b.getSouthWest(), map.getMaxZoom()), ne = map.project(b.getNorthEast(), map.getMaxZoom());
      var tight = Math.abs(ne.x - sw.x) < 60 && Math.abs(ne.y - sw.y) < 60;
      if (tight || (kids.length <= SPREAD_MAX && hasStack(kids))) c.spiderfy();
      else c.zoomToBounds({padding: [30, 30]});
    });
    var circleRenderer = L.canvas({padding: 0.2});
    var allCircles = L.layerGroup();
    var focusCircles = L.layerGroup().addTo(map);
    var heat = L.heatLayer([], {radius: 25, blur: 18, maxZoom: 11});
    var shared = L.popup({maxWidth: 360});
    function style(p) {
      var c = colours[p.type] || '#525252';
      if (p.status === 'unconfirmed') return {radius: p.r, color: c, weight: 2, fillColor: c, fillOpacity: 0.08, dashArray: '4 3'};
      if (p.status === 'denied') return {radius: p.r, color: c, weight: 2, fillColor: '#fff', fillOpacity: 0.6, dashArray: '1 4'};
      return {radius: p.r, color: '#222', weight: 1, fillColor: c, fillOpacity: 0.85};
    }
    function circleOf(p) {
      if (!(p.prec > 1 && p.unc > 0)) return null;
      if (!p.circle) p.circle = L.circle([p.lat, p.lon], {radius: p.unc, color: colours[p.type] || '#525252', weight: 1, fillOpacity: 0.06,
                                                          dashArray: '3 3', interactive: false, renderer: circleRenderer});
      return p.circle;
    }
    var anchor = null, opened = null, hovered = null;
    function showFocus() {
      focusCircles.clearLayers();
      [opened, hovered].forEach(function (p) { var c = p && circleOf(p); if (c && !allCircles.hasLayer(c)) focusCircles.addLayer(c); });
    }
    function openPoint(p) {
      opened = p;
      shared.setLatLng(p.marker && map.hasLayer(p.marker) ? p.marker.getLatLng() : [p.lat, p.lon]).setContent(popupHtml(p)).openOn(map);
      if (anchor) { map.removeLayer(anchor); anchor = null; }
      if (p.prec > 1) anchor = L.circleMarker([p.alat, p.alon], {radius: 3, color: '#000', weight: 1, fillOpacity: 1, interactive: false}).bindTooltip('named place').addTo(map);
      showFocus();
    }
    map.on('popupclose', function () { if (anchor) { map.removeLayer(anchor); anchor = null; } opened = null; showFocus(); });
    T.points = performance.now();
    points.forEach(function (p) {
      // a click on a marker must not reach the map too: that would close a spread-out stack
      p.marker = L.circleMarker([p.lat, p.lon], L.extend(style(p), {bubblingMouseEvents: false}));
      p.marker.smPoint = p;
    });
    cluster.on('click', function (e) { if (e.layer && e.layer.smPoint) openPoint(e.layer.smPoint); });
    // one tooltip for all markers, filled on hover: 50,000 tooltip objects would slow the first draw
    var tip = L.tooltip({direction: 'top', offset: [0, -4]});
    cluster.on('mouseover', function (e) {
      var p = e.layer && e.layer.smPoint; if (!p) return;
      tip.setLatLng(e.layer.getLatLng()).setContent(esc(p.place) + ' · ' + esc(p.date || 'date unknown'));
      map.openTooltip(tip);
      hovered = p; showFocus();
    });
    cluster.on('mouseout', function () { map.closeTooltip(tip); hovered = null; showFocus(); });

    // ------------------------------------------------------------ filters
    var span = data.dates.length ? [dayNumber(data.dates[0]), dayNumber(data.dates[1])] : null;
    var state = {types: {}, statuses: {}, districts: {}, from: span && span[0], to: span && span[1]};
    data.types.forEach(function (t) { state.types[t] = true; });
    data.statuses.forEach(function (t) { state.statuses[t] = true; });
    data.districts.forEach(function (t) { state.districts[t] = true; });
    function wholeSpan() { return !span || (state.from <= span[0] && state.to >= span[1]); }
    function visible(p) {
      if (!(state.types[p.type] && state.statuses[p.status] && state.districts[p.district])) return false;
      if (p.day === null) return wholeSpan();  // an undated incident belongs to no window
      return !span || (p.day >= state.from && p.day <= state.to);
    }
    var shown = [];
    function refresh() {
      var ms = [], hs = [];
      shown = points.filter(visible);
      window.strikemapReady = !shown.length;
      loading = shown.length > 0;
      cluster.clearLayers(); allCircles.clearLayers();
      shown.forEach(function (p) {
        ms.push(p.marker); hs.push([p.lat, p.lon, 1]);
        if (map.hasLayer(allCircles)) { var c = circleOf(p); if (c) allCircles.addLayer(c); }
      });
      cluster.addLayers(ms); heat.setLatLngs(hs);
      window.strikemapVisible = ms.length;
      updateWindowText();
    }
    map.on('overlayadd', function (e) { if (e.layer === allCircles) refresh(); });
    cluster.addTo(map);
    T.markers = performance.now();

    // ------------------------------------------------------------ export what is shown
    function exportRows() {
      return shown.map(function (p) {
        var props = {};
        data.columns.forEach(function (c) { props[c] = val(p.row, c); });
        return props;
      });
    }
    function round5(x) { return Math.round(x * 1e5) / 1e5; }
    function geojsonText() {
      return JSON.stringify({type: 'FeatureCollection', features: exportRows().map(function (r) {
        return {type: 'Feature', geometry: {type: 'Point', coordinates: [round5(r.lon), round5(r.lat)]}, properties: r};
      })}, null, 1) + '\n';
    }
    function csvValue(v) {
      if (v == null) return '';
      if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
      if (typeof v === 'boolean') return v ? 'True' : 'False';
      if (Array.isArray(v)) return v.map(function (x) {
        if (x && typeof x === 'object') return [x.source || x.report_id || '', x.published || '', x.url || ''].filter(Boolean).join(' ');
        return String(x);
      }).join(' || ');
      return String(v);
    }
    // a cell a spreadsheet would read as a formula is prefixed with ' (OWASP's advice for CSV exports)
    function csvCell(v) {
      var s = csvValue(v);
      if (typeof v !== 'number' && /^[=+\-@\t\r\0]/.test(s)) s = "'" + s;
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }
    function csvText() {
      var cols = data.csv_columns, lines = [cols.map(csvCell).join(',')];
      exportRows().forEach(function (r) { lines.push(cols.map(function (c) { return csvCell(r[c]); }).join(',')); });
      return lines.join('\n') + '\n';
    }
    function download(text, name, type) {
      var url = URL.createObjectURL(new Blob([text], {type: type}));
      var a = document.createElement('a');
      a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 4000);
    }
    function exportName(ext) {
      return 'strikemap-' + (span ? isoDay(state.from) + '-to-' + isoDay(state.to) : 'all') + '.' + ext;
    }

    // ------------------------------------------------------------ legend
    var legendHead = null;
    function updateWindowText() {
      if (!legendHead) return;
      var w = span ? ltr(isoDay(state.from)) + ' to ' + ltr(isoDay(state.to)) + (wholeSpan() ? ' (all dates)' : '') : 'no dates';
      legendHead.innerHTML = 'Showing ' + ltr(shown.length) + ' of ' + ltr(points.length) + ' incidents<br>' + w;
    }
    var uncKm = points.filter(function (p) { return p.prec === 2 && p.unc; }).map(function (p) { return p.unc / 1000; });
    var panel = L.control({position: 'bottomright'});
    panel.onAdd = function () {
      var div = L.DomUtil.create('div', 'sm-panel sm-legend');
      var h = '<h4 class="sm-window"></h4><h4>Type</h4>';
      data.types.forEach(function (t) {
        h += '<label><input type="checkbox" data-f="types" value="' + esc(t) + '" checked> <span class="sm-swatch" style="background:' + esc(colours[t] || '#525252') + '"></span>' + esc(t) + '</label>';
      });
      h += '<h4>Status</h4>';
      var how = {reported: 'filled', unconfirmed: 'hollow, dashed', denied: 'white, dotted'};
      data.statuses.forEach(function (t) { h += '<label><input type="checkbox" data-f="statuses" value="' + esc(t) + '" checked> ' + esc(t) + ' (' + (how[t] || '') + ')</label>'; });
      h += '<h4>District</h4>';
      data.districts.forEach(function (t) { h += '<label><input type="checkbox" data-f="districts" value="' + esc(t) + '" checked> ' + esc(t) + '</label>'; });
      h += '<h4>Precision</h4><div class="sm-precision">' +
        '<div><b>1</b> exact place: the marker is on it</div>' +
        '<div><b>2</b> near or part of a place' + (uncKm.length ? ', within ' + ltr(Math.min.apply(null, uncKm) + (Math.max.apply(null, uncKm) > Math.min.apply(null, uncKm) ? '–' + Math.max.apply(null, uncKm) : '') + ' km') : '') + ' (dashed circle)</div>' +
        '<div><b>3</b> a region, not a place: somewhere in the circle</div>' +
        '<div class="sm-note">Circles: for the marker under the pointer (all: top right). Size: strike count. Rings: type shares of a group.</div></div>';
      h += '<h4>Download what is shown</h4><div class="sm-export"><button type="button" class="sm-export-geojson">GeoJSON</button> <button type="button" class="sm-export-csv">CSV</button></div>';
      div.innerHTML = h;
      legendHead = div.querySelector('.sm-window');
      L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
      div.addEventListener('change', function (ev) {
        var el = ev.target; if (!el.dataset || !el.dataset.f) return;
        state[el.dataset.f][el.value] = el.checked; refresh();
      });
      div.querySelector('.sm-export-geojson').addEventListener('click', function () { download(geojsonText(), exportName('geojson'), 'application/geo+json'); });
      div.querySelector('.sm-export-csv').addEventListener('click', function () { download(csvText(), exportName('csv'), 'text/csv;charset=utf-8'); });
      return div;
    };

    // ------------------------------------------------------------ search
    var places = (base.places || []).map(function (p) { return {id: p[0], name: p[1], name_ar: p[2], lat: p[3], lon: p[4], rank: p[5], type: p[6], keys: p[7]}; });
    function findPlaces(q) {
      var k = searchKey(q); if (!k) return [];
      var hits = [];
      places.forEach(function (p) {
        var score = 9;
        p.keys.forEach(function (key) {
          if (key === k) score = Math.min(score, 0);
          else if (key.indexOf(k) === 0) score = Math.min(score, 1);
          else if (k.length > 2 && key.indexOf(' ' + k) >= 0) score = Math.min(score, 2);
          else if (k.length > 3 && key.indexOf(k) > 0) score = Math.min(score, 3);
        });
        if (score < 9) hits.push([score, p.rank, p]);
      });
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2].name < b[2].name ? -1 : 1); });
      return hits.slice(0, 8).map(function (h) { return h[2]; });
    }
    var ZOOM_FOR = {1: 11, 2: 12, 3: 13};
    var search = L.control({position: 'topleft'});
    search.onAdd = function () {
      var div = L.DomUtil.create('div', 'sm-panel sm-search');
      div.innerHTML = '<input type="search" class="sm-search-input" placeholder="Find a place · ابحث عن مكان" aria-label="Find a place" autocomplete="off">' +
                      '<ul class="sm-search-list" role="listbox"></ul>';
      L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
      var input = div.querySelector('input'), list = div.querySelector('ul'), hits = [];
      function suggest() {
        hits = findPlaces(input.value);
        list.innerHTML = hits.map(function (p, i) {
          var n = points.filter(function (q) { return q.place_id === p.id; }).length;
          return '<li class="sm-search-result" role="option" data-i="' + i + '">' + esc(p.name) +
                 (p.name_ar ? ' <span dir="rtl" lang="ar">' + esc(p.name_ar) + '</span>' : '') +
                 ' <span class="sm-muted">' + esc(p.type) + (n ? ' · ' + n + ' incident' + (n > 1 ? 's' : '') : '') + '</span></li>';
        }).join('');
      }
      function go(p) {
        input.value = p.name;
        map.flyTo([p.lat, p.lon], Math.max(map.getZoom(), ZOOM_FOR[p.rank] || 13), {duration: 0.6});
        var here = points.filter(function (q) { return q.place_id === p.id; });
        var h = '<li class="sm-search-head">' + esc(p.name) + (p.name_ar ? ' <span dir="rtl" lang="ar">' + esc(p.name_ar) + '</span>' : '') +
                ': ' + (here.length ? here.length + ' incident' + (here.length > 1 ? 's' : '') : 'no incidents') + '</li>';
        h += here.map(function (q) {
          return '<li class="sm-search-incident" data-p="' + q.i + '">' + (q.date ? ltr(q.date) : 'date unknown') + ' · ' + esc(q.type) +
                 ' · ' + esc(q.status) + (visible(q) ? '' : ' <span class="sm-muted">(filtered out)</span>') + '</li>';
        }).join('');
        list.innerHTML = h;
        window.strikemapSearch = {place: p.id, incidents: here.map(function (q) { return q.i; })};
      }
      input.addEventListener('input', suggest);
      input.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); if (!hits.length) suggest(); if (hits.length) go(hits[0]); }
        if (e.key === 'Escape') { input.value = ''; list.innerHTML = ''; }
      });
      list.addEventListener('click', function (e) {
        var li = e.target.closest('li'); if (!li) return;
        if (li.dataset.i !== undefined) go(hits[+li.dataset.i]);
        else if (li.dataset.p !== undefined) {
          var q = points[+li.dataset.p];
          map.setView([q.lat, q.lon], Math.max(map.getZoom(), 12), {animate: false});
          openPoint(q);
        }
      });
      return div;
    };

    // ------------------------------------------------------------ date window
    var time = L.control({position: 'bottomleft'});
    time.onAdd = function () {
      var div = L.DomUtil.create('div', 'sm-panel sm-time');
      L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
      if (!span) { div.innerHTML = '<b>No dated incidents</b>'; return div; }
      var lo = isoDay(span[0]), hi = isoDay(span[1]), n = span[1] - span[0];
      div.innerHTML =
        '<div class="sm-time-row"><button type="button" class="sm-play" title="Play: move the window through time">▶</button> ' +
        '<label>From <input type="date" class="sm-from" min="' + lo + '" max="' + hi + '" value="' + lo + '"></label> ' +
        '<label>to <input type="date" class="sm-to" min="' + lo + '" max="' + hi + '" value="' + hi + '"></label></div>' +
        '<div class="sm-range"><input type="range" class="sm-from-slider" min="0" max="' + n + '" value="0" step="1" aria-label="From">' +
        '<input type="range" class="sm-to-slider" min="0" max="' + n + '" value="' + n + '" step="1" aria-label="To"></div>' +
        '<div class="sm-time-row"><label>Play a window of <select class="sm-width">' +
        [[1, '1 day'], [7, '1 week'], [30, '30 days'], [90, '90 days'], [365, '1 year']].map(function (o) {
          return '<option value="' + o[0] + '"' + (o[0] === 7 ? ' selected' : '') + '>' + o[1] + '</option>'; }).join('') +
        '</select></label> <button type="button" class="sm-all">All dates</button></div>';
      var from = div.querySelector('.sm-from'), to = div.querySelector('.sm-to'),
          fs = div.querySelector('.sm-from-slider'), ts = div.querySelector('.sm-to-slider'),
          width = div.querySelector('.sm-width'), play = div.querySelector('.sm-play'), timer = null;
      function set(a, b) {
        a = Math.max(span[0], Math.min(a, span[1])); b = Math.max(span[0], Math.min(b, span[1]));
        if (a > b) { var t = a; a = b; b = t; }
        state.from = a; state.to = b;
        from.value = isoDay(a); to.value = isoDay(b); fs.value = a - span[0]; ts.value = b - span[0];
        refresh();
      }
      function stop() { if (timer) { clearInterval(timer); timer = null; play.textContent = '▶'; } }
      from.addEventListener('change', function () { if (from.value) { stop(); set(dayNumber(from.value), state.to); } });
      to.addEventListener('change', function () { if (to.value) { stop(); set(state.from, dayNumber(to.value)); } });
      fs.addEventListener('input', function () { stop(); set(span[0] + +fs.value, Math.max(state.to, span[0] + +fs.value)); });
      ts.addEventListener('input', function () { stop(); set(Math.min(state.from, span[0] + +ts.value), span[0] + +ts.value); });
      div.querySelector('.sm-all').addEventListener('click', function () { stop(); set(span[0], span[1]); });
      play.addEventListener('click', function () {
        if (timer) { stop(); return; }
        var w = +width.value, step = Math.max(1, Math.round(w / 7)), start = span[0];
        play.textContent = '❚❚';
        set(start, start + w - 1);
        timer = setInterval(function () {
          start += step;
          if (start > span[1]) { stop(); return; }
          set(start, start + w - 1);
        }, 500);
      });
      window.strikemapTime = {set: function (a, b) { stop(); set(dayNumber(a), dayNumber(b)); }};
      return div;
    };

    // ------------------------------------------------------------ controls
    search.addTo(map);
    var overlays = {'All uncertainty circles': allCircles, 'Heat map': heat, 'Place names': labels, 'Rivers': river, 'Outlines': outlines};
    L.control.layers(null, overlays, {collapsed: false, position: 'topright'}).addTo(map);
    time.addTo(map);
    panel.addTo(map);

    var fsButton = L.control({position: 'topleft'});
    fsButton.onAdd = function () {
      var a = L.DomUtil.create('a', 'leaflet-bar sm-fullscreen');
      a.href = '#'; a.title = 'Full screen';
      a.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" fill="none" stroke="#000" stroke-width="2"/></svg>';
      L.DomEvent.on(a, 'click', function (e) {
        L.DomEvent.preventDefault(e);
        var el = map.getContainer();
        if (document.fullscreenElement) { document.exitFullscreen(); } else if (el.requestFullscreen) { el.requestFullscreen(); }
      });
      return a;
    };
    fsButton.addTo(map);
    function fit() {
      if (!points.length) return;
      var s = 90, w = 180, n = -90, e = -180;  // a loop, not 50,000 LatLng objects
      points.forEach(function (p) { if (p.lat < s) s = p.lat; if (p.lat > n) n = p.lat; if (p.lon < w) w = p.lon; if (p.lon > e) e = p.lon; });
      // keep the markers clear of the panels at the sides
      var legend = document.querySelector('.sm-legend'), right = legend ? legend.offsetWidth + 30 : 40;
      map.fitBounds([[s, w], [n, e]], {maxZoom: 11, animate: false, paddingTopLeft: [300, 50], paddingBottomRight: [right, 60]});
    }
    T.controls = performance.now();
    refresh();
    T.refreshed = performance.now();
    fit();
    window.strikemap = {map: map, points: points, state: state, refresh: refresh, fit: fit, cluster: cluster, heat: heat,
                        circles: allCircles, focusCircles: focusCircles, labels: labels, river: river, outlines: outlines,
                        open: openPoint, popupHtml: popupHtml, fold: fold, searchKey: searchKey, findPlaces: findPlaces,
                        geojsonText: geojsonText, csvText: csvText, shown: function () { return shown.slice(); }};
  }
})();
