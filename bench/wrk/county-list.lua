-- GET /api/v1/members?orgId={county}&name={surname}: the first page of a county's roster by name prefix.
-- args: token countyIds(comma separated)
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local token, counties
local surnames = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" }
local encoded = {}

function init(args)
  token, counties = args[1], common.split(args[2])
  for i, s in ipairs(surnames) do encoded[i] = common.urlencode(s) end
  common.seed()
end

function request()
  local path = "/api/v1/members?orgId=" .. counties[math.random(1, #counties)] .. "&name=" .. encoded[math.random(1, #encoded)] .. "&size=20"
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
