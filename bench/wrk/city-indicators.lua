-- GET /api/v1/orgs/{city}/indicators. args: token cityIds(comma separated)
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local token, cities

function init(args)
  token, cities = args[1], common.split(args[2])
  common.seed()
end

function request()
  return wrk.format("GET", "/api/v1/orgs/" .. cities[math.random(1, #cities)] .. "/indicators", { ["Authorization"] = "Bearer " .. token })
end
