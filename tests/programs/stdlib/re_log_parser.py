# re: parsing log lines with compiled patterns, groups, findall and finditer.
import re

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 512
2024-03-01 12:00:02 WARN  [db] slow query took 1532ms
2024-03-01 12:00:05 ERROR [web] POST /api/login 500 87
2024-03-01 12:01:10 INFO  [web] GET /about 404 0
2024-03-01 12:02:00 INFO  [auth] user=alice action=login ip=10.0.0.7
2024-03-01 12:02:30 ERROR [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
"""

line_re = re.compile(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (\w+)\s+\[(\w+)\] (.*)$")
for line in LOG.splitlines():
    m = line_re.match(line)
    date, time, level, comp, msg = m.groups()
    print(f"{time} {level:<5} {comp:<4} | {msg[:30]}")

req_re = re.compile(r"(GET|POST) (\S+) (\d{3}) (\d+)")
print("requests:", req_re.findall(LOG))
errors = [m.group(2) for m in req_re.finditer(LOG) if m.group(3).startswith("5")]
print("5xx paths:", errors)
print("status counts:", {code: len(re.findall(rf" {code} ", LOG)) for code in ("200", "404", "500")})

kv_re = re.compile(r'(\w+)=("[^"]*"|\S+)')
for line in LOG.splitlines():
    pairs = kv_re.findall(line)
    if pairs:
        print("kv:", {k: v.strip('"') for k, v in pairs})

print("ips:", re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", LOG))
print("durations:", [int(x) for x in re.findall(r"(\d+)ms", LOG)])
print("levels:", sorted(set(re.findall(r"^\S+ \S+ (\w+)", LOG, re.M))))
print("first error line:", re.search(r"^.*ERROR.*$", LOG, re.M).group(0))

m = line_re.match(LOG.splitlines()[2])
print("span/start/end:", m.span(3), m.start(4), m.end(4), m.group(0)[m.start(3):m.end(3)])
print("group multiple:", m.group(1, 3), "lastindex:", m.lastindex, "re.pattern ok:", m.re is line_re)
print("pattern attrs:", line_re.groups, req_re.pattern)
print("search none:", re.search(r"CRITICAL", LOG), "match vs search:", re.match(r"INFO", "x INFO"), bool(re.search(r"INFO", "x INFO")))
print("fullmatch:", bool(re.fullmatch(r"\d{4}-\d\d-\d\d", "2024-03-01")), re.fullmatch(r"\d+", "12a"))
for m in re.finditer(r"\[(\w+)\]", LOG):
    print("component at", m.start(), m.group(1), end="; ")
print()
print("timestamps:", re.findall(r"\d\d:\d\d(?=:\d\d)", LOG)[:3])
