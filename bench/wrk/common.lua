-- shared by the scenario scripts: arguments after "--" are the bearer token and a list
local common = {}

function common.split(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do
    items[#items + 1] = item
  end
  return items
end

function common.urlencode(text)
  return (string.gsub(text, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function common.seed()
  -- each wrk thread gets its own sequence
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + (tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000))
end

return common
