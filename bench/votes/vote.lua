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
  exhausted, idx = 0, 0
  vote_seconds = tonumber(os.getenv("VOTE_SECONDS") or "1000000")
  started = 0
  prefix = "b" .. id .. "-" .. os.time() .. "-" .. (os.getenv("FROM") or "0") .. "-"
  path = "/api/v1/public/votes/" .. os.getenv("ROUND") .. "/votes"
  headers = { ["Content-Type"] = "application/json" }
  -- before the run wrk calls request() once on thread 0 to check the script and throws that
  -- request away: it must neither use up a token (the tail below repeats the thread's first
  -- voter, who must have voted) nor start the clock
  checking = (id == 0)
  -- every request is formatted here, before the clock starts: wrk and this script share the
  -- two cores with the application and PostgreSQL, so per-request work in Lua would be
  -- measured as if the server were slower
  requests = {}
  for i = 1, #tokens do
    requests[i] = wrk.format("POST", path, headers, '{"voterToken":"' .. tokens[i] .. '","entrantId":' ..
        ((i % 10) + 1) .. ',"clientVoteId":"' .. prefix .. i .. '"}')
  end
  repeat_request = wrk.format("POST", path, headers, '{"voterToken":"' .. tokens[1] ..
      '","entrantId":1,"clientVoteId":"' .. prefix .. 'repeat"}')
  tokens = nil
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
  local request = requests[idx]
  if request ~= nil and now() - started > vote_seconds then
    idx = idx - 1
    request = nil
  end
  if request == nil then
    -- out of fresh voters: repeat the first, which the server must refuse (409)
    exhausted = exhausted + 1
    return repeat_request
  end
  return request
end

-- No response() function: with one, wrk keeps every answer's headers and body and calls Lua for
-- each. The answers are counted from wrk's own totals instead: 2xx answers are the accepted votes
-- (201; no request is retried, so none is a replay, and a replay would make the exact check below
-- fail, not pass), and the non-2xx ones the refused repeats of the tail. The rate is taken from the
-- stored votes' own cast times by run.sh.

function done(summary, latency, requests)
  local x = 0
  for _, t in ipairs(threads) do
    x = x + t:get("exhausted")
  end
  local refused = summary.errors.status
  local lines = string.format(
      "accepted=%d\nrefused=%d\nrepeats=%d\np50_ms=%.1f\np99_ms=%.1f\nsocket_errors=%d\n",
      summary.requests - refused, refused, x, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout)
  io.write(lines)
  local out = os.getenv("RESULT")
  if out then
    local f = io.open(out, "w")
    f:write(lines)
    f:close()
  end
end
