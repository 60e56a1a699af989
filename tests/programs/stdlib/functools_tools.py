# functools: reduce, partial, lru_cache with cache_info, cache, total_ordering, cmp_to_key.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], "start"))
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
print(square(9), square(9, mod=5), square.func.__name__, square.keywords)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    return x
for x in [1, 2, 1, 3, 1]:
    ident(x)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
@functools.cache
def slow_square(n):
    return n * n
print(slow_square(12), slow_square(12))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs), Version(1) <= Version(1), Version(3) >= Version(2, 9), Version(1) > Version(2))
def by_length_then_reverse(a, b):
    return len(a) - len(b) or (b > a) - (b < a)
print(sorted(["bb", "a", "ccc", "ab", "c"], key=functools.cmp_to_key(by_length_then_reverse)))
