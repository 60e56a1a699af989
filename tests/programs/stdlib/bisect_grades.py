# bisect: grade lookup tables, sorted insertion, counting in ranges.
import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

scores = [33, 59, 60, 69, 70, 77, 80, 89, 90, 99, 100]
print("grades:", [(s, grade(s)) for s in scores])

data = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(f"x={x:2d} left={bisect.bisect_left(data, x)} right={bisect.bisect_right(data, x)} bisect={bisect.bisect(data, x)}")
print("count of 4:", bisect.bisect_right(data, 4) - bisect.bisect_left(data, 4))
print("lo/hi:", bisect.bisect_left(data, 4, 0, 3), bisect.bisect_right(data, 4, 4), bisect.bisect_left(data, 100, hi=2))

ordered = []
for value in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(ordered, value)
print("insort:", ordered)
left = []
for value in [3.0, 3, 1, 3.0]:
    bisect.insort_left(left, value)
print("insort_left:", left, [type(v).__name__ for v in left])
right = []
for value in [3.0, 3, 1, 3.0]:
    bisect.insort_right(right, value)
print("insort_right:", right, [type(v).__name__ for v in right])

def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    return a[i - 1] if i else None
def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    return a[i] if i != len(a) else None
print("index_of 7:", index_of(data, 7), "find_lt 4:", find_lt(data, 4), "find_ge 5:", find_ge(data, 5), "find_ge 10:", find_ge(data, 10))
try:
    index_of(data, 3)
except ValueError as e:
    print("ValueError:", e)

# count values in ranges
temps = sorted([12.5, 18.0, 21.3, 25.9, 30.1, 15.2, 19.9, 22.0, 27.4, 11.0])
for lo, hi in [(10, 15), (15, 20), (20, 25), (25, 35)]:
    n = bisect.bisect_left(temps, hi) - bisect.bisect_left(temps, lo)
    print(f"[{lo}, {hi}): {n}")

# sorted strings
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
print("words:", words, "insert point for 'cherry':", bisect.bisect(words, "cherry"))
bisect.insort(words, "cherry")
print("after insort:", words)
try:
    bisect.bisect_left(data, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
print("empty:", bisect.bisect([], 5), bisect.bisect_left([], 5))
