# Unpacking: swap, nested, starred, in for loops, and the errors when counts differ.
a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (3, 4), 5
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
[m, n] = (7, 8)
print(m, n)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
s = "xy"
c1, c2 = s
print(c1, c2)
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
print(*[1, 2, 3], *"ab", sep="-")
combined = [*range(3), *"cd", *(9,)]
print(combined)
t = (*combined[:2], 100)
print(t)
