-- wrk: every request a random searcher in Hubei asking for the 20 nearest sites open now with drinking water
math.randomseed(os.time())
request = function()
  local lat = 29.4 + math.random() * 3.9
  local lon = 108.4 + math.random() * 7.7
  return wrk.format("GET", string.format(
    "/api/v1/public/sites?lat=%.6f&lon=%.6f&openNow=true&facilities=DRINKING_WATER&limit=20", lat, lon))
end
