# array: typed arrays for d, i, l, b, B with the common operations and overflow checks.
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], a[1:3], len(a), a.typecode, a.itemsize, sum(a))
d = array("d", [1.5, 2.5])
d.append(3)
print(d, d.tolist(), d[2], type(d[2]).__name__)
b = array("b", [1, -1])
try:
    b.append(200)
except OverflowError as e:
    print("OverflowError:", e)
B = array("B", range(5))
print(B, B.tolist(), list(reversed(B)))
try:
    array("B", [-1])
except OverflowError as e:
    print("OverflowError:", e)
l = array("l", [10 ** 12])
print(l, l.itemsize)
a[0] = 100
del a[1]
print(a, a.index(5), a.count(3), 3 in a)
a.reverse()
print(a, a.pop(), a.pop(0), a)
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
print(array("i") == array("i", []), array("d", [1.0]) == array("d", [1.0]))
