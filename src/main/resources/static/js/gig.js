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
