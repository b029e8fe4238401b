(function(){
  var data = JSON.parse(document.getElementById('strikemap-data').textContent);
  var map = window[data.map];
  var colours = data.colours;
  var S = data.strings, F = {};
  data.fields.forEach(function(f, i){ F[f] = i; });
  function esc(v){ return String(v == null ? '' : v).replace(/[&<>"'`]/g, function(c){
    return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;','`':'&#96;'}[c]; }); }
  function link(url, label){
    if (/^https?:\/\//i.test(url)) return '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(label) + '</a>';
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
  var outlines = data.outlines;
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
    var h = '<h4>Strikes · ' + esc(data.dates.length ? data.dates[0] + ' to ' + data.dates[data.dates.length-1] : 'no dates') + '</h4>';
    h += '<h4>Type</h4>';
    data.types.forEach(function(t){ h += '<label><input type="checkbox" data-f="types" value="'+esc(t)+'" checked> <span class="sm-swatch" style="background:'+esc(colours[t]||'#525252')+'"></span>'+esc(t)+'</label>'; });
    h += '<h4>Status</h4>';
    var how = {reported:'filled', unconfirmed:'hollow, dashed', denied:'white, dotted'};
    data.statuses.forEach(function(t){ h += '<label><input type="checkbox" data-f="statuses" value="'+esc(t)+'" checked> '+esc(t)+' ('+(how[t]||'')+')</label>'; });
    h += '<h4>District</h4>';
    data.districts.forEach(function(t){ h += '<label><input type="checkbox" data-f="districts" value="'+esc(t)+'" checked> '+esc(t)+'</label>'; });
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
