"""A regex-based access/application log analyzer: parses mixed log lines, counts status codes,
finds slow requests, top paths and IPs, error bursts and malformed lines."""
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2023:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
192.168.1.11 - - [12/Mar/2023:10:00:02 +0000] "GET /api/users?id=7 HTTP/1.1" 200 311 0.250
10.0.0.5 - bob [12/Mar/2023:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 87 0.031
10.0.0.5 - bob [12/Mar/2023:10:00:03 +0000] "POST /api/login HTTP/1.1" 200 90 0.044
2023-03-12 10:00:04,512 ERROR [db] connection reset by peer (retry=1)
192.168.1.10 - - [12/Mar/2023:10:00:05 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
172.16.0.2 - - [12/Mar/2023:10:00:07 +0000] "GET /api/report HTTP/1.1" 500 43 2.731
2023-03-12 10:00:07,901 WARNING [api] slow query took 2.7s on /api/report
garbage line that matches nothing
172.16.0.2 - - [12/Mar/2023:10:00:08 +0000] "GET /api/report HTTP/1.1" 503 43 3.010
2023-03-12 10:00:08,100 ERROR [db] connection reset by peer (retry=2)
2023-03-12 10:00:08,350 ERROR [db] deadlock detected (retry=3)
192.168.1.11 - - [12/Mar/2023:10:00:09 +0000] "DELETE /api/users?id=7 HTTP/1.1" 204 0 0.120
192.168.1.12 - - [12/Mar/2023:10:00:12 +0000] "GET /index.html HTTP/2.0" 200 5120 0.009
192.168.1.12 - - [12/Mar/2023:10:00:13 +0000] "GET /missing HTTP/2.0" 404 153 0.004
2023-03-12 10:00:15,000 INFO [app] shutting down
"""

ACCESS = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<day>\d+)/(?P<mon>\w{3})/(?P<year>\d{4}):'
    r'(?P<time>[\d:]{8}) [+-]\d{4}\] "(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>\S*))? '
    r'HTTP/(?P<proto>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>\d+\.\d+)$')
APP = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+),(?P<ms>\d{3}) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)$")
RETRY = re.compile(r"\(retry=(\d+)\)")


def to_seconds(hms):
    h, m, s = map(int, hms.split(":"))
    return h * 3600 + m * 60 + s


requests, app_events, bad = [], [], []
for lineno, line in enumerate(LOG.splitlines(), 1):
    if m := ACCESS.match(line):
        d = m.groupdict()
        d["status"], d["size"], d["secs"] = int(d["status"]), int(d["size"]), float(d["secs"])
        requests.append(d)
    elif m := APP.match(line):
        app_events.append(m.groupdict())
    else:
        bad.append(lineno)

print(f"{len(requests)} requests, {len(app_events)} app events, malformed lines: {bad}")
status = Counter(r["status"] for r in requests)
print("status codes:", dict(sorted(status.items())))
classes = Counter(f"{r['status'] // 100}xx" for r in requests)
print("classes:", sorted(classes.items()))
print("top paths:", Counter(r["path"] for r in requests).most_common(3))
print("top ips:", Counter(r["ip"] for r in requests).most_common(2))
bytes_by_ip = defaultdict(int)
for r in requests:
    bytes_by_ip[r["ip"]] += r["size"]
print("bytes by ip:", dict(sorted(bytes_by_ip.items(), key=lambda kv: -kv[1])))
slow = [(r["path"], r["secs"]) for r in requests if r["secs"] > 0.2]
print("slow (>0.2s):", slow)
mean = sum(r["secs"] for r in requests) / len(requests)
print(f"mean latency {mean:.4f}s, max {max(r['secs'] for r in requests):.3f}s")
print("users:", sorted({r["user"] for r in requests if r["user"] != "-"}),
      "queries:", [r["query"] for r in requests if r["query"]])
print("methods:", Counter(r["method"] for r in requests), "protocols:", sorted({r["proto"] for r in requests}))
levels = Counter(e["level"] for e in app_events)
print("levels:", levels.most_common())
retries = [int(m.group(1)) for e in app_events if (m := RETRY.search(e["msg"]))]
print("retries:", retries, "max", max(retries))
errors = [to_seconds(e["time"]) * 1000 + int(e["ms"]) for e in app_events if e["level"] == "ERROR"]
bursts = [(a, b) for a, b in zip(errors, errors[1:]) if b - a < 1000]
print("error times (ms):", errors, "bursts:", bursts)
window = defaultdict(list)
for r in requests:
    window[to_seconds(r["time"]) // 5 * 5].append(r["status"])
for start, codes in sorted(window.items()):
    print(f"  {start // 3600:02d}:{start // 60 % 60:02d}:{start % 60:02d} {len(codes)} req, errors {sum(c >= 500 for c in codes)}")
print(re.sub(r"\d+", "#", app_events[0]["msg"]), re.findall(r"/api/(\w+)", LOG)[:4], re.split(r"[,:]", "a:b,c"))
