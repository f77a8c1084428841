local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end
print("fib", fib(24))
local t = {}
for i = 1, 2000 do t[i] = (i * 7919) % 1009 end
table.sort(t, function(a, b) return a > b end)
print("sorted", t[1], t[2], t[1000], t[2000])
local s = 0.0
for i = 1, 100000 do s = s + 1.0 / (i * i) end
print(string.format("basel %.12f %g %5.2f %e", s, s, s, s))
print(math.floor(3.7), math.ceil(3.2), math.max(1, 9, 4), math.sqrt(2), math.pi, 7 // 2, 7 % 3, 2^10, 7 / 2)
print(string.format("%d %5d %-5d| %x %X %o %q", 42, 42, 42, 255, 255, 8, "a\nb"))
local words = {}
for w in string.gmatch("the quick brown fox jumps over the lazy dog", "%a+") do words[#words + 1] = w:upper() end
print(table.concat(words, ","))
print(("hello world"):gsub("o", "0"), ("abc"):rep(3, "-"), ("Lua"):byte(1, -1))
local ok, err = pcall(function() error({code = 42}) end)
print("pcall", ok, type(err), err.code)
local ok2, err2 = pcall(function() local x = nil; return x.field end)
print("pcall2", ok2, err2)
print(select("#", pcall(error)))
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2)); print(coroutine.resume(co, 10)); print(coroutine.resume(co, 3, 4)); print(coroutine.status(co))
local mt = {__add = function(a, b) return setmetatable({v = a.v + b.v}, getmetatable(a)) end,
            __tostring = function(a) return "V(" .. a.v .. ")" end, __index = function(t, k) return k .. "!" end}
local v = setmetatable({v = 3}, mt) + setmetatable({v = 4}, mt)
print(tostring(v), v.missing)
local counter = 0
local function gen() local n = 0; return function() n = n + 1; counter = counter + n; return n end end
local g1, g2 = gen(), gen()
for i = 1, 10 do g1(); if i % 2 == 0 then g2() end end
print("closures", g1(), g2(), counter)
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    io.write(i, ":", j, " ")
    ::continue::
  end
end
print()
print(utf8.char(72, 228, 8364, 128512), utf8.len("häll€"))
print(math.tointeger(3.0), 3 | 5, 6 & 3, 1 << 62, ~0, 5 ~ 3, -7 // 2, -7 % 2, math.mininteger, math.maxinteger)
print(tostring(1e100), tostring(-0.0), tostring(1/0), tostring(0/0) == tostring(0/0), 2^53 + 1, 0.1 + 0.2)
print(string.pack and #string.pack("i4d", 1, 2.0), tonumber("0x10"), tonumber("  12.5e1 "), tonumber("z", 36))
local big = {}
for i = 1, 50000 do big["k" .. i] = i end
local sum = 0
for k, v in pairs(big) do sum = sum + v end
print("table", sum, #big, next({}))
collectgarbage(); collectgarbage("collect")
print(string.format("%s %s", load("return 1 + 2")(), select(2, load("syntax error here"))))
print(os.time{year=2020, month=1, day=1, hour=12} ~= nil, type(os.clock()))
