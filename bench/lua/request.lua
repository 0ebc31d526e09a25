-- Request script for bench/run. Settings come from the environment:
--   BENCH_METHOD        GET (default) or POST
--   BENCH_BODY          request body, if any
--   BENCH_CONTENT_TYPE  Content-Type header, if any
--   BENCH_SESSIONS      file with one signed-in browser per line: "<Cookie header value><TAB><CSRF token>";
--                       with several lines each thread sends its requests round-robin over them
-- done() prints one machine-readable BENCH_RESULT line that bench/run parses.

local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local content_type = os.getenv("BENCH_CONTENT_TYPE")
local sessions_file = os.getenv("BENCH_SESSIONS")

if body == "" then body = nil end
if content_type == "" then content_type = nil end

local sessions = {}
if sessions_file and sessions_file ~= "" then
   for line in io.lines(sessions_file) do
      local cookie, token = line:match("^([^\t]+)\t?(.*)$")
      if cookie then
         sessions[#sessions + 1] = { cookie = cookie, token = token }
      end
   end
end

local function headers_for(session)
   local h = {}
   if content_type then h["Content-Type"] = content_type end
   -- a browser's fetch() with an empty body still says so
   if method ~= "GET" and not body then h["Content-Length"] = "0" end
   if session then
      h["Cookie"] = session.cookie
      if method ~= "GET" and session.token ~= "" then h["X-CSRF-Token"] = session.token end
   end
   return h
end

wrk.method = method
wrk.body = body
wrk.headers = headers_for(sessions[1])

if #sessions > 1 then
   -- several browsers: pre-format one request per session and rotate; each thread starts elsewhere
   local requests = {}
   local next_index = 1
   local thread_count = 0

   function setup(thread)
      thread_count = thread_count + 1
      thread:set("thread_number", thread_count)
   end

   function init(args)
      for i, session in ipairs(sessions) do
         requests[i] = wrk.format(method, nil, headers_for(session), body)
      end
      local offset = ((thread_number or 1) - 1) * math.floor(#requests / 2)
      next_index = offset % #requests + 1
   end

   function request()
      local r = requests[next_index]
      next_index = next_index % #requests + 1
      return r
   end
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH_RESULT requests=%d duration_us=%d bytes=%d status_errors=%d connect_errors=%d read_errors=%d " ..
      "write_errors=%d timeouts=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%d sessions=%d\n",
      summary.requests, summary.duration, summary.bytes, e.status, e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, math.floor(latency.mean),
      math.max(#sessions, 0)))
end
