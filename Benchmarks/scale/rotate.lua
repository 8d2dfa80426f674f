-- wrk script: each request takes the next path from the file named by $PATHS (one per line),
-- each thread starting at its own offset, with the session cookie from $COOKIE.
local paths = {}
local next_index = 1
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 997)
end

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  next_index = (tonumber(offset) or 0) % #paths + 1
  wrk.headers["Cookie"] = os.getenv("COOKIE")
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
