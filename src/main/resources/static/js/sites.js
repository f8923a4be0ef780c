// Service-site pages: "use my location" and the Leaflet map. The list and the search form work
// without this script; it only adds to them. Coordinates on the map are GCJ-02 (mainland tiles):
// the server sends markers already converted, and a point picked on the map goes back with crs=GCJ02.
(function () {
  var form = document.getElementById('site-search');
  var locate = document.getElementById('locate');
  if (form && locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      locate.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        // browsers report WGS-84, as GPS does
        searchAt(position.coords.latitude, position.coords.longitude, '');
      }, function () {
        locate.disabled = false;
        locate.textContent = '无法获取位置，请选择区县或在地图上点选';
      }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    });
  }

  function searchAt(lat, lon, crs) {
    form.elements.lat.value = lat.toFixed(6);
    form.elements.lon.value = lon.toFixed(6);
    form.elements.crs.value = crs;
    form.elements.region.value = '';
    form.submit();
  }

  var element = document.getElementById('site-map');
  if (!element || typeof L === 'undefined') { return; }
  var config = JSON.parse(element.getAttribute('data-map'));
  element.hidden = false;
  var map = L.map(element, { zoomControl: true }).setView(config.centre, config.zoom);
  L.tileLayer(config.tileUrl, { subdomains: config.subdomains, maxZoom: config.maxZoom, attribution: config.attribution })
    .addTo(map);
  if (config.here && form) {
    L.circleMarker(config.centre, { radius: 8, color: '#0b5cad', fillOpacity: 0.6 }).addTo(map).bindTooltip('我的位置');
  }
  var layer = typeof L.markerClusterGroup === 'function' ? L.markerClusterGroup({ maxClusterRadius: 50 }) : L.layerGroup();
  layer.addTo(map);

  function addMarker(site) {
    var marker = L.circleMarker([site.gcjLat, site.gcjLon], {
      radius: 9, weight: 2, color: site.openNow ? '#1a7f37' : '#a40e26', fillOpacity: 0.7
    });
    var link = document.createElement('a');
    link.href = '/public/sites/' + site.id;
    link.textContent = site.name + (site.distanceText ? '（' + site.distanceText + '）' : '');
    marker.bindPopup(link);
    layer.addLayer(marker);
  }

  var listed = [];
  document.querySelectorAll('#site-results [data-id]').forEach(function (item) {
    listed.push({
      id: item.getAttribute('data-id'), name: item.getAttribute('data-name'),
      gcjLat: parseFloat(item.getAttribute('data-gcj-lat')), gcjLon: parseFloat(item.getAttribute('data-gcj-lon')),
      openNow: item.getAttribute('data-open') === 'true'
    });
  });
  listed.forEach(addMarker);
  var api = element.getAttribute('data-api');
  if (api) {
    // more of the same search than the list shows, so clusters give the wider picture
    fetch(api, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (sites) {
      if (!sites.length) { return; }
      layer.clearLayers();
      sites.forEach(addMarker);
    }).catch(function () { /* the listed markers stay */ });
  }
  if (!config.here && listed.length) {
    map.fitBounds(listed.map(function (s) { return [s.gcjLat, s.gcjLon]; }), { maxZoom: 15, padding: [20, 20] });
  }
  if (form) {
    var hint = document.getElementById('map-hint');
    if (hint) { hint.hidden = false; }
    map.on('click', function (event) { searchAt(event.latlng.lat, event.latlng.lng, 'GCJ02'); });
  }
})();
