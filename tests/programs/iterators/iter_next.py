# iter()/next(), StopIteration, next() with a default, and exhausted iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("ab")
print(next(s), next(s), next(s, "end"))
r = iter(range(3))
print(list(r), list(r))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
t = iter((10, 20))
for x in t:
    print("got", x)
print(next(t, "exhausted"))
it = iter([1, 2, 3, 4, 5, 6])
pairs = []
for a in it:
    b = next(it)
    pairs.append((a, b))
print(pairs)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("abc", 10)
print(next(e), next(e), list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "no more"))
