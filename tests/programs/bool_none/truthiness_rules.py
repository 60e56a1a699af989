# Truth values drive if/while/and/or/not, filter(None), any and all.
vals = [0, 0.0, -0.0, 0j if False else 0, "", b"", [], (), {}, set(), frozenset(), range(0), None, False,
        1, -1, 0.5, "0", " ", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True]
print([bool(v) for v in vals])
print(len([v for v in vals if v]), len(list(filter(None, vals))))
n = 3
while n:
    print("n =", n)
    n -= 1
s = "abc"
while s:
    print(s)
    s = s[1:]
print(any(vals), all(vals), all(v for v in vals if v), not vals, not [])
