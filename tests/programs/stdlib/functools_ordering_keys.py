# functools: total_ordering, cmp_to_key and wraps in a versioned-package example.
from functools import total_ordering, cmp_to_key, wraps

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

a, b = Version("1.2.10"), Version("1.10.0")
print("a<b", a < b, "a<=b", a <= b, "a>b", a > b, "a>=b", a >= b, "a==b", a == b, "a!=b", a != b)
versions = [Version(v) for v in ["2.0", "1.0.1", "1.10", "1.2", "1.2.0.1", "0.9"]]
print("sorted:", sorted(versions))
print("max/min:", max(versions), min(versions))
print("methods defined:", sorted(m for m in ("__le__", "__gt__", "__ge__") if m in Version.__dict__))
try:
    a < "1.0"
except TypeError as e:
    print("TypeError:", e)

def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print("cmp_to_key:", sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print("reverse:", sorted(words, key=cmp_to_key(compare_len_then_alpha), reverse=True))

def largest_number(nums):
    strs = sorted(map(str, nums), key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    return "".join(strs)
print("largest number:", largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(lambda x, y: x - y)
print("key objects compare:", K(1) < K(2), K(3) == K(3), K(5) >= K(4))

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  call {func.__name__}{args} -> {result!r}")
        return result
    return wrapper

@logged
def add(x, y):
    """Add two numbers."""
    return x + y

add(2, 3)
print("name:", add.__name__, "doc:", add.__doc__, "wrapped:", add.__wrapped__(10, 20))
print("qualname:", add.__qualname__, "module:", add.__module__)

def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@plain
def sub(x, y):
    """Subtract."""
    return x - y
print("without wraps:", sub.__name__, sub.__doc__)
