# Driving iterators by hand with while loops and next(); interleaving two iterators.
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    out = []
    while True:
        x = next(ia, None)
        y = next(ib, None)
        if x is None and y is None:
            return out
        if x is not None:
            out.append(x)
        if y is not None:
            out.append(y)

print(interleave([1, 2, 3], "abcde"))
it = iter(range(10))
chunks = []
while True:
    chunk = [v for _, v in zip(range(3), it)]
    if not chunk:
        break
    chunks.append(chunk)
print(chunks)
lines = iter(["header", "a=1", "b=2", "", "body text"])
header = next(lines)
settings = {}
for line in lines:
    if not line:
        break
    k, v = line.split("=")
    settings[k] = int(v)
print(header, settings, list(lines))
