# Chained assignment, multiple targets, starred targets, and evaluation order.
a = b = c = [0]
a.append(1)
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
first, second, *others = "abcdef"
print(first, second, others)
(a, b), (c, d) = "xy", [3, 4]
print(a, b, c, d)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
for (k, v), n in zip({"one": 1, "two": 2}.items(), range(2)):
    print(k, v, n)
data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a + b + c)
