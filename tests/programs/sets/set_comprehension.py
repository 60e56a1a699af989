# Set comprehensions and membership-driven algorithms.
print({x % 7 for x in range(50)})
print({x * x for x in range(-5, 6)})
print(sorted({w.lower() for w in "The the THE cat Cat dog".split()}))
primes = set(range(2, 60))
for i in range(2, 8):
    primes -= set(range(i * i, 60, i))
print(sorted(primes))
seen = set()
dups = set()
for x in [1, 5, 3, 5, 1, 9, 9, 9, 2]:
    if x in seen:
        dups.add(x)
    seen.add(x)
print(seen, dups, seen - dups)
visited = {(0, 0)}
x = y = 0
for step in "NNEESWWWSSEEN":
    dx, dy = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}[step]
    x, y = x + dx, y + dy
    visited.add((x, y))
print(len(visited), sorted(visited)[:5], (0, 0) in visited)
