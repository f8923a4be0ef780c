-- GET /api/v1/public/sites: the 20 nearest sites open now with drinking water (public, no token), every request
-- a random searcher in Hubei (WGS-84 lat 29.4–33.3, lon 108.4–116.1), as bench/site/nearest-open.lua. args: none
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")

function init(args)
  common.seed()
end

function request()
  local lat = 29.4 + math.random() * 3.9
  local lon = 108.4 + math.random() * 7.7
  return wrk.format("GET", string.format(
    "/api/v1/public/sites?lat=%.6f&lon=%.6f&openNow=true&facilities=DRINKING_WATER&limit=20", lat, lon))
end
