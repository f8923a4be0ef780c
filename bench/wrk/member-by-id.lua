-- GET /api/v1/members/{id}, a random member each request. args: token maxId
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local token, maxId

function init(args)
  token, maxId = args[1], tonumber(args[2])
  common.seed()
end

function request()
  return wrk.format("GET", "/api/v1/members/" .. math.random(1, maxId), { ["Authorization"] = "Bearer " .. token })
end
