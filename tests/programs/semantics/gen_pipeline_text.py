# A generator pipeline processing log lines lazily; trace shows interleaving.
LOG = """\
INFO start service
DEBUG config loaded
WARN disk 81%
INFO request /home 200
ERROR request /api 500
INFO request /about 200
WARN memory 90%
ERROR request /login 503
INFO stop service"""

trace = []

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        trace.append(f"read {n}")
        yield n, line

def parse(lines):
    for n, line in lines:
        level, _, message = line.partition(" ")
        yield {"n": n, "level": level, "msg": message}

def only(levels, records):
    for rec in records:
        if rec["level"] in levels:
            trace.append(f"keep {rec['n']}")
            yield rec

def numbered(records, start=1):
    for i, rec in enumerate(records, start):
        yield f"{i:02d} [{rec['level']:<5}] line {rec['n']}: {rec['msg']}"

pipeline = numbered(only({"WARN", "ERROR"}, parse(read_lines(LOG))))
print(trace)
print(next(pipeline))
print(trace)
for row in pipeline:
    print(row)
print(len(trace), trace[-3:])

def window(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def counts(records):
    seen = {}
    for rec in records:
        seen[rec["level"]] = seen.get(rec["level"], 0) + 1
        yield dict(seen)

print(list(window(range(6), 3)))
final = None
for final in counts(parse(read_lines(LOG))):
    pass
print(sorted(final.items()))

codes = (int(r["msg"].split()[-1]) for r in parse(read_lines(LOG)) if r["msg"].startswith("request"))
print(sorted(codes, reverse=True))
