# Insertion order survives delete-and-reinsert, pops, and copying; equality ignores order.
d = {}
for k in ["x", "y", "z", "w"]:
    d[k] = len(d)
print(d)
del d["y"]
d["y"] = 99
print(d, list(d))
d["x"] = -1
print(d)
d2 = dict(d)
print(d2 == d, list(d2) == list(d))
rev = dict(reversed(list(d.items())))
print(rev, rev == d, list(rev) == list(d))
n = {}
for i in range(20):
    n[i * 7 % 20] = i
print(list(n.keys()))
for i in range(0, 20, 2):
    del n[i]
print(n)
print(next(iter(n)), list(n)[-1], len(n))
