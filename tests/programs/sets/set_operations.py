# Set operators and methods; only sets of ints are printed directly, others sorted().
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference(b, [1]), a.symmetric_difference([5, 6]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4, 5}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({100}), a == {5, 4, 3, 2, 1}, a != b)
c = set(a)
c.add(10); c.add(1)
print(c)
c.discard(10); c.discard(999)
print(c)
c.remove(1)
print(c)
try:
    c.remove(1)
except KeyError as e:
    print("KeyError:", e)
popped = {42}.pop()
print(popped)
c.update([20, 21], {22})
print(c)
c.intersection_update({2, 3, 20, 99})
print(c)
c.difference_update([2])
print(c)
c.symmetric_difference_update({3, 4})
print(c)
c |= {7}; c &= {4, 7, 20}; c -= {20}; c ^= {8}
print(c)
c.clear()
print(c, len(c), set(), bool(set()))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(sorted({"pear", "apple"} | {"fig"}), sorted(set("mississippi")), len(set("mississippi")))
