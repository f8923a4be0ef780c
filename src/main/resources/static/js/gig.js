// "Only nearby": fills the search form's point from the phone's location (WGS-84, as the API expects).
document.addEventListener('DOMContentLoaded', function () {
  var near = document.querySelector('[data-gig-near]');
  var lat = document.querySelector('[data-gig-lat]');
  var lon = document.querySelector('[data-gig-lon]');
  if (!near || !lat || !lon) { return; }
  near.addEventListener('change', function () {
    if (!near.checked) { lat.disabled = true; lon.disabled = true; return; }
    if (!navigator.geolocation) { near.checked = false; return; }
    navigator.geolocation.getCurrentPosition(function (position) {
      lat.value = position.coords.latitude.toFixed(6);
      lon.value = position.coords.longitude.toFixed(6);
      lat.disabled = false; lon.disabled = false;
    }, function () { near.checked = false; }, { timeout: 10000 });
  });
});

// Maps (Leaflet). Every page works without them: the search list, the post's address and
// the form's numeric coordinates are all there first. Tiles are GCJ-02 (mainland): the
// server sends markers and centres already converted, and a point picked on the map is
// converted back to WGS-84 by the server before it goes into the form.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof L === 'undefined') { return; }

  function draw(element) {
    var config = JSON.parse(element.getAttribute('data-map'));
    element.hidden = false;
    var map = L.map(element).setView(config.centre, config.zoom);
    L.tileLayer(config.tileUrl, { subdomains: config.subdomains, maxZoom: config.maxZoom, attribution: config.attribution })
      .addTo(map);
    return { map: map, config: config };
  }

  var results = document.getElementById('gig-map');
  if (results && results.hasAttribute('data-place')) {
    // a post's page: one marker at the place
    var shown = draw(results);
    L.marker(shown.config.centre).addTo(shown.map).bindPopup(document.createTextNode(results.getAttribute('data-place')));
  } else if (results) {
    var drawn = draw(results);
    var points = [];
    document.querySelectorAll('article.gig-post[data-id]').forEach(function (post) {
      var at = [parseFloat(post.getAttribute('data-gcj-lat')), parseFloat(post.getAttribute('data-gcj-lon'))];
      var link = document.createElement('a');
      link.href = '/public/gig/posts/' + post.getAttribute('data-id');
      link.textContent = post.getAttribute('data-title');
      L.marker(at).addTo(drawn.map).bindPopup(link);
      points.push(at);
    });
    if (drawn.config.here) {
      L.circleMarker(drawn.config.centre, { radius: 8, color: '#0b5cad', fillOpacity: 0.6 }).addTo(drawn.map);
      points.push(drawn.config.centre);
    }
    if (points.length) { drawn.map.fitBounds(points, { maxZoom: 15, padding: [20, 20] }); }
  }

  var picker = document.getElementById('gig-picker');
  var coords = document.querySelector('[data-gig-coords]');
  if (picker && coords) {
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    var picked = document.getElementById('gig-picked');
    var hint = document.getElementById('gig-picker-hint');
    var drawnPicker = draw(picker);
    // the numbers stay in the form, as hidden fields the map fills (WGS-84)
    coords.hidden = true;
    lat.type = 'hidden';
    lon.type = 'hidden';
    if (hint) { hint.hidden = false; }
    var marker = drawnPicker.config.here ? L.marker(drawnPicker.config.centre).addTo(drawnPicker.map) : null;
    var show = function () {
      picked.textContent = picked.getAttribute('data-text').replace('{0}', lat.value).replace('{1}', lon.value);
      picked.hidden = !lat.value;
    };
    show();
    drawnPicker.map.on('click', function (event) {
      var at = event.latlng;
      if (marker) { marker.setLatLng(at); } else { marker = L.marker(at).addTo(drawnPicker.map); }
      var url = picker.getAttribute('data-convert') + '?gcjLat=' + at.lat.toFixed(7) + '&gcjLon=' + at.lng.toFixed(7);
      fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      }).then(function (wgs) {
        lat.value = wgs.lat.toFixed(6);
        lon.value = wgs.lon.toFixed(6);
        picker.setAttribute('data-picked', 'true');
        show();
      }).catch(function () { /* the previous place stays */ });
    });
  }
});
