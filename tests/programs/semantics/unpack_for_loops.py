# Starred and nested targets in for loops and comprehensions.
records = [
    ("ann", 31, "nyc", "dev"),
    ("bob", 25, "sf"),
    ("cat", 40, "la", "ops", "lead"),
]
for name, age, *extra in records:
    print(f"{name:>4} {age:3d} {extra}")

for *front, last in ["abc", "xy", "z"]:
    print(front, last)

for first, *middle, final in [[1, 2, 3, 4], (5, 6), "pqr"]:
    print(first, middle, final)

pairs = [((1, 2), "a"), ((3, 4), "b")]
for (i, j), label in pairs:
    print(label, i + j)

for index, (key, value) in enumerate(sorted({"z": 26, "a": 1, "m": 13}.items())):
    print(index, key, value)

print([rest for _, *rest in records])
print({name: tuple(rest) for name, _, *rest in records})
print([(a, c) for a, (b, c) in zip("xyz", [(1, 2), (3, 4), (5, 6)])])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row_head, *row_tail in matrix:
    print(row_head, sum(row_tail))
print([list(col) for col in zip(*matrix)])

try:
    for a, b in [(1, 2), (3,)]:
        print("pair", a, b)
except ValueError as e:
    print(type(e).__name__, e)

try:
    for a, *b, c in [[1, 2], [3]]:
        print("star", a, b, c)
except ValueError as e:
    print(type(e).__name__, e)

# the targets can be attributes and subscripts
class Slot:
    pass
s = Slot()
store = {}
for s.name, store["value"] in [("one", 1), ("two", 2)]:
    print(s.name, store)

# dict items with nested unpacking
inventory = {"apple": (3, 0.5), "pear": (0, 0.75), "fig": (12, 0.25)}
for fruit, (count, price) in sorted(inventory.items(), key=lambda kv: kv[1][0] * kv[1][1]):
    print(f"{fruit:<6}{count:>3} x {price:.2f} = {count * price:5.2f}")

# the loop variables keep their last values
for q, *w in [(1, 2, 3), (4, 5)]:
    pass
print(q, w)
