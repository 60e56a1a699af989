# Comprehension targets with tuple unpacking, enumerate and zip.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([f"{n}:{w}" for n, w in pairs])
print({w: n for n, w in pairs})
print([i * n for i, (n, _) in enumerate(pairs)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(x, rest) for x, *rest in [(1, 2, 3), (4,), (5, 6)]])
points = [(1, 2), (3, 4), (5, 6)]
print(sum(x for x, _ in points), [y for _, y in points][::-1])
print({k: v for (k, v) in [("a", 1), ("b", 2)]})
