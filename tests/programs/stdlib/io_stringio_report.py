# io.StringIO used to capture output and to parse/produce CSV-like text in memory.
import io
import sys
from contextlib import redirect_stdout

def report(records, out):
    print(f"{'item':<8}{'qty':>5}{'price':>8}", file=out)
    total = 0
    for name, qty, price in records:
        print(f"{name:<8}{qty:>5}{price:>8.2f}", file=out)
        total += qty * price
    print(f"{'total':<13}{total:>8.2f}", file=out)
    return total

records = [("apple", 3, 0.5), ("bread", 1, 2.25), ("cheese", 2, 4.1)]
buf = io.StringIO()
total = report(records, buf)
text = buf.getvalue()
print("captured lines:", len(text.splitlines()), "total:", round(total, 2))
print(text, end="")

captured = io.StringIO()
with redirect_stdout(captured):
    print("this goes to the buffer")
    print("so does this", 42)
    sys.stdout.write("and raw write\n")
print("redirected:", captured.getvalue().splitlines())

csv_text = "name,dept,salary\nann,eng,100\nbob,ops,80\ncid,eng,120\n"
reader = io.StringIO(csv_text)
header = reader.readline().rstrip("\n").split(",")
rows = [dict(zip(header, line.rstrip("\n").split(","))) for line in reader]
print("header:", header)
print("rows:", rows)
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
out = io.StringIO()
out.write("dept,count,avg\n")
for dept in sorted(by_dept):
    vals = by_dept[dept]
    out.write(f"{dept},{len(vals)},{sum(vals) / len(vals):.1f}\n")
print(out.getvalue(), end="")

def tokenize(stream):
    for line in stream:
        for word in line.split():
            yield word.strip(".,").lower()
words = list(tokenize(io.StringIO("One fish, two fish.\nRed fish, blue fish.\n")))
print("words:", words)
print("unique:", sorted(set(words)))

log = io.StringIO()
for level, msg in [("INFO", "start"), ("WARN", "disk 90%"), ("INFO", "done")]:
    log.write(f"[{level}] {msg}\n")
log.seek(0)
warnings = [l.strip() for l in log if l.startswith("[WARN]")]
print("warnings:", warnings, "size:", len(log.getvalue()))
b = io.BytesIO()
b.write(b"binary \x00 data")
print("BytesIO:", b.getvalue(), b.tell())
b.seek(0)
print("BytesIO read(6):", b.read(6))
