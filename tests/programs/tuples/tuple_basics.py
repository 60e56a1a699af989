# Tuples: packing, unpacking, indexing, slicing, immutability, methods, comparison, hashing.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2])
single = (5,)
empty = ()
print(single, empty, len(empty), type(single).__name__, (5), tuple(), tuple([1, 2]), tuple("ab"))
a, b, c, d = t
print(a, b, c, d)
x = 1, 2, 3
print(x, x.count(2), x.index(3), (1, 2, 2, 2).count(2), (1, 2, 3) + (4,), (0,) * 3)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, -2)), hash(((1, 2), (3, 4))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1])
lst = [1, 2]
holder = (lst, 3)
lst.append(99)
print(holder)
print(tuple(i * i for i in range(5)), 3 in (1, 2, 3), "a" not in ("b",))
