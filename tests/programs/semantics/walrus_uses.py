# Assignment expressions in while loops, comprehensions and conditions.
data = [3, 8, 1, 9, 4]
it = iter(data)
seen = []
while (item := next(it, None)) is not None:
    seen.append(item * 2)
print(seen)
values = [y for x in data if (y := x * x) > 10]
print(values, y)
if (n := len(data)) > 3:
    print(f"{n} items")
total = 0
print([total := total + x for x in data], total)
import re
for line in ["a=1", "b", "c=3"]:
    if (m := re.match(r"(\w)=(\d)", line)):
        print(m.group(1), int(m.group(2)) * 10)
def stats(xs):
    return (mean := sum(xs) / len(xs)), max(abs(x - mean) for x in xs)
print(stats([1, 2, 3, 10]))
chunks = []
buf = list(range(10))
while chunk := buf[:3]:
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
