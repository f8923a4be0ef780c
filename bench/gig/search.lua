-- wrk: every request the phone page's search: Chinese words, a point near 襄阳's centre, 10 km,
-- the next 7 days (FROM and TO from the environment), least 26 元 an hour, 20 results
math.randomseed(os.time())
local queries = {
  "%E6%B0%B4%E6%9A%96%E5%B7%A5",                 -- 水暖工
  "%E4%BF%9D%E6%B4%81",                          -- 保洁
  "%E7%94%B5%E5%B7%A5%20%E6%A3%80%E4%BF%AE",     -- 电工 检修
  "%E6%90%AC%E8%BF%90",                          -- 搬运
  "%E6%B0%B4%E6%9A%96%20%E7%BB%B4%E4%BF%AE",     -- 水暖 维修
  "%E6%9C%8D%E5%8A%A1%E5%91%98",                 -- 服务员
}
local from = os.getenv("FROM")
local to = os.getenv("TO")
request = function()
  local q = queries[math.random(#queries)]
  local lat = 32.04 + (math.random() - 0.5) * 0.3
  local lon = 112.14 + (math.random() - 0.5) * 0.3
  return wrk.format("GET", string.format(
    "/api/v1/public/gig/posts?q=%s&lat=%.6f&lon=%.6f&km=10&from=%s&to=%s&minPayFen=2600&size=20",
    q, lat, lon, from, to))
end
