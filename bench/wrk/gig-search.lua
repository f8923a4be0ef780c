-- GET /api/v1/public/gig/posts: the phone page's search (public, no token) on the generated province's posts:
-- one of six queries, a point within ~15 km of a city's centre (a third of searches in the capital, as a third
-- of the posts are there), 10 km, the next 7 days, least 26 元 an hour, 20 results. args: from to (dates)
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local from, to

-- ProvinceLoader.Modules.CITY_CENTRES
local centres = { {30.593, 114.305}, {30.653, 113.166}, {32.009, 112.122}, {30.692, 111.286}, {30.200, 115.039},
  {32.629, 110.798}, {30.335, 112.240}, {30.926, 113.916}, {30.453, 114.872}, {29.841, 114.322}, {31.690, 113.383},
  {30.272, 109.488}, {30.391, 114.894}, {31.035, 112.204}, {30.364, 113.454}, {30.402, 112.900} }

local queries = {
  "%E6%B0%B4%E6%9A%96%E5%B7%A5",                 -- 水暖工
  "%E4%BF%9D%E6%B4%81",                          -- 保洁
  "%E7%94%B5%E5%B7%A5%20%E6%A3%80%E4%BF%AE",     -- 电工 检修
  "%E6%90%AC%E8%BF%90",                          -- 搬运
  "%E6%B0%B4%E6%9A%96%20%E7%BB%B4%E4%BF%AE",     -- 水暖 维修
  "%E6%9C%8D%E5%8A%A1%E5%91%98",                 -- 服务员
}

function init(args)
  from, to = args[1], args[2]
  common.seed()
end

function request()
  local c = math.random(1, 3) == 1 and centres[1] or centres[math.random(2, #centres)]
  local lat = c[1] + (math.random() - 0.5) * 0.3
  local lon = c[2] + (math.random() - 0.5) * 0.3
  return wrk.format("GET", string.format(
    "/api/v1/public/gig/posts?q=%s&lat=%.6f&lon=%.6f&km=10&from=%s&to=%s&minPayFen=2600&size=20",
    queries[math.random(#queries)], lat, lon, from, to))
end
