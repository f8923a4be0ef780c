-- POST /api/v1/auth/token as one of the county staff bench001 … benchNNN. args: accounts
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local accounts

function init(args)
  accounts = tonumber(args[1])
  common.seed()
end

function request()
  local body = string.format('{"username":"bench%03d","password":"Bench12345"}', math.random(1, accounts))
  return wrk.format("POST", "/api/v1/auth/token", { ["Content-Type"] = "application/json" }, body)
end
