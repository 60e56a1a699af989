# Iteration order of int sets follows the hash table, which is deterministic for ints.
s = set()
for i in [10, 3, 7, 100, 64, 1, 33, 17, 8]:
    s.add(i)
print(s, list(s))
s.discard(7)
s.add(71)
print(s)
print({-1, -2, 0, 1, 2}, {2 ** 40, 1, 2 ** 70}, set(range(20, 0, -3)))
print({1, 2, 3} == {3, 2, 1}, set([5, 5, 5]), {True, 1, 1.0}, {0, False, 0.0})
