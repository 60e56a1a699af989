# functools.lru_cache / cache: memoised recursion, cache_info statistics, eviction, cache_clear.
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib(30):", fib(30))
print("info:", fib.cache_info())
print("fib(100):", fib(100))
info = fib.cache_info()
print("hits/misses/maxsize/currsize:", info.hits, info.misses, info.maxsize, info.currsize)
fib.cache_clear()
print("after clear:", fib.cache_info())

@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n

calls = []
for n in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    square(n)
print("calls made:", calls)
print("lru info:", square.cache_info())

@lru_cache(maxsize=32, typed=True)
def kind(x):
    return type(x).__name__
print("typed:", kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print("ways(50):", ways(50), "ways(100):", ways(100))
print("cache info type:", type(ways.cache_info()).__name__, ways.cache_info().maxsize)

@lru_cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 300), key=collatz_len)
print("longest collatz under 300:", best, collatz_len(best))
print("wrapped name:", collatz_len.__name__, callable(collatz_len.__wrapped__))

# keyword arguments are part of the key
@lru_cache(maxsize=None)
def join(a, b="-"):
    return a + b
join("x"); join("x"); join("x", b="-"); join(a="x")
print("kw calls:", join.cache_info())

# unhashable argument
try:
    fib([1, 2])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=0)
def nocache(n):
    return n
nocache(1); nocache(1)
print("maxsize 0:", nocache.cache_info())

@lru_cache(maxsize=2)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    return min(edit_distance(a[1:], b) + 1, edit_distance(a, b[1:]) + 1,
               edit_distance(a[1:], b[1:]) + (a[0] != b[0]))
print("edit distance:", edit_distance("kitten", "sitting"))
