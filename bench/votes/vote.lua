-- wrk script: each wrk thread casts votes with its own slice of the pre-issued voter tokens
-- (one vote per token: the ballot's rule is one vote per voter per day) and counts answers.
-- Environment: TOKENS (file, one token a line), ROUND, THREADS (= wrk -t), FROM/TO (token range),
-- VOTE_SECONDS (new votes are sent only this long; afterwards each request repeats a voter who has
-- already voted, which is refused and writes nothing, so when wrk stops no vote is in flight and the
-- accepted responses can be compared exactly with the database), RESULT (file for the totals).
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")
local function now()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local from = tonumber(os.getenv("FROM") or "0")
  local to = tonumber(os.getenv("TO") or "1000000000")
  local nthreads = tonumber(os.getenv("THREADS") or "1")
  tokens = {}
  local i = 0
  for line in io.lines(os.getenv("TOKENS")) do
    if i >= from and i < to and (i % nthreads) == id then
      tokens[#tokens + 1] = line
    end
    i = i + 1
  end
  accepted, replayed, refused, other, exhausted, idx = 0, 0, 0, 0, 0, 0
  vote_seconds = tonumber(os.getenv("VOTE_SECONDS") or "1000000")
  started, last_accepted = 0, 0
  prefix = "b" .. id .. "-" .. os.time() .. "-" .. (os.getenv("FROM") or "0") .. "-"
  path = "/api/v1/public/votes/" .. os.getenv("ROUND") .. "/votes"
  headers = { ["Content-Type"] = "application/json" }
  -- before the run wrk calls request() once on thread 0 to check the script and throws that
  -- request away: it must neither use up a token (the tail below repeats the thread's first
  -- voter, who must have voted) nor start the clock
  checking = (id == 0)
end

function request()
  if checking then
    checking = false
    return wrk.format("POST", path, headers, "{}")
  end
  if started == 0 then
    started = now()
  end
  idx = idx + 1
  local token = tokens[idx]
  if token ~= nil and now() - started > vote_seconds then
    idx = idx - 1
    token = nil
  end
  if token == nil then
    -- out of fresh voters: repeat the first, which the server must refuse (409)
    exhausted = exhausted + 1
    token = tokens[1]
  end
  local body = '{"voterToken":"' .. token .. '","entrantId":' .. ((idx % 10) + 1) ..
      ',"clientVoteId":"' .. prefix .. idx .. '"}'
  return wrk.format("POST", path, headers, body)
end

function response(status, hdrs, body)
  if status == 201 then
    accepted = accepted + 1
    last_accepted = now()
  elseif status == 200 then
    replayed = replayed + 1
  elseif status == 409 then
    refused = refused + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, p, r, o, x = 0, 0, 0, 0, 0
  local first, last = nil, 0
  for _, t in ipairs(threads) do
    local s = t:get("started")
    if s > 0 and (first == nil or s < first) then first = s end
    if t:get("last_accepted") > last then last = t:get("last_accepted") end
    a = a + t:get("accepted")
    p = p + t:get("replayed")
    r = r + t:get("refused")
    o = o + t:get("other")
    x = x + t:get("exhausted")
  end
  local seconds = (first ~= nil and last > first) and (last - first) or (summary.duration / 1000000)
  local lines = string.format(
      "accepted=%d\nreplayed=%d\nrefused=%d\nother=%d\nrepeats=%d\nvoting_seconds=%.2f\naccepted_per_second=%.0f\n" ..
      "p50_ms=%.1f\np99_ms=%.1f\nsocket_errors=%d\n",
      a, p, r, o, x, seconds, a / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout)
  io.write(lines)
  local out = os.getenv("RESULT")
  if out then
    local f = io.open(out, "w")
    f:write(lines)
    f:close()
  end
end
