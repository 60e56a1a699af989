# min/max with key and default, sum with start, abs, divmod, pow with three arguments, round.
print(min(4, 2, 8), max(4, 2, 8), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([[1, 2], [1, 3]]))
print(min([], default="empty"), max([], default=None), max([3], default=0), min(["aa", "b"], key=len), max(["aa", "b"], key=len))
print(max([("a", 3), ("b", 1)], key=lambda p: p[1]), min({"x": 5, "y": 2}, key={"x": 5, "y": 2}.get))
print(max(1, 1.0), max(1.0, 1), min(0, False), max([2, 5, 5, 1], key=lambda v: v % 5))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(10), -45), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(2.0, -1))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
