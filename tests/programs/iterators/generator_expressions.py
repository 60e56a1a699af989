# Generator expressions consumed by sum/list/any/all/min/max/sorted/tuple/set/dict/str.join.
nums = [3, 8, 1, 9, 4, 7]
print(sum(x * x for x in nums), list(x + 1 for x in nums), tuple(x for x in nums if x > 4))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any(x > 100 for x in nums), all(x % 2 for x in nums))
print(min(x % 5 for x in nums), max((x for x in nums), key=lambda v: -v), sorted(x % 4 for x in nums))
print(set(x % 3 for x in nums), dict((x, x % 2) for x in nums), ",".join(str(x) for x in nums))
g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g))
print(sum(1 for c in "hello world" if c in "lo"), sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))
nested = sum(x * y for x in range(5) for y in range(5) if x != y)
print(nested)
print(max(len(w) for w in "a quick brown fox".split()), list(c for c in "abc" for _ in range(2)))
lazy = (1 / x for x in [1, 2, 0, 4])
out = []
try:
    for v in lazy:
        out.append(v)
except ZeroDivisionError as e:
    print("stopped:", out, e)
