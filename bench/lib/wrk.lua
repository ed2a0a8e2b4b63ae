-- wrk script for bench/run: an Authorization header (env BENCH_AUTH), varied search terms for
-- /api/v1/enterprises?q= (env BENCH_TERMS: words separated by "|"), and a last line of JSON with
-- requests/s, p50/p95/p99 in ms and the error count (socket errors + non-2xx answers).
local auth = os.getenv("BENCH_AUTH")
local terms = {}
for t in string.gmatch(os.getenv("BENCH_TERMS") or "", "[^|]+") do terms[#terms + 1] = t end
counter = 0

function request()
  local path = wrk.path
  local base = string.match(path, "^(.-q=)")
  if #terms > 0 and base then
    counter = counter + 1
    path = base .. terms[(counter * 7919) % #terms + 1]
  end
  return wrk.format("GET", path, { ["Authorization"] = auth, ["Accept"] = "application/json" })
end

function setup(thread)
  thread:set("counter", math.random(1, 100000))
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format('{"requests":%d,"rps":%.1f,"p50":%.1f,"p95":%.1f,"p99":%.1f,"errors":%d,"status_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, e.status, e.timeout))
end
