# Sorting: key functions, stability across multiple passes, reverse stability, cmp_to_key.
from functools import cmp_to_key
from operator import itemgetter, attrgetter

people = [
    ("dan", 25, "nyc"), ("ann", 31, "sf"), ("bob", 25, "la"), ("eve", 31, "nyc"),
    ("cat", 25, "sf"), ("fay", 40, "la"), ("gus", 31, "la"),
]
print(sorted(people, key=itemgetter(1)))
# multi-pass: sort by secondary key first, then by primary key; stability keeps secondary order
by_city = sorted(people, key=itemgetter(2))
by_age_then_city = sorted(by_city, key=itemgetter(1))
print([p[0] for p in by_age_then_city])
print([p[0] for p in sorted(people, key=lambda p: (p[1], p[2]))])

# reverse=True keeps equal elements in original order (it is not sort-then-reverse)
print([p[0] for p in sorted(people, key=itemgetter(1), reverse=True)])
print([p[0] for p in reversed(sorted(people, key=itemgetter(1)))])

# mixed directions: negate numeric keys
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])

class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"{self.name}:{self.price}x{self.qty}"
items = [Item("pen", 2, 10), Item("ink", 5, 2), Item("pad", 2, 3), Item("cap", 1, 10)]
print(sorted(items, key=attrgetter("price", "qty")))
print(sorted(items, key=lambda i: i.price * i.qty))
print(min(items, key=attrgetter("qty")), max(items, key=attrgetter("qty")))

def compare_len_then_alpha_desc(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana", "yam"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha_desc)))
print(sorted(words, key=len))
print(sorted(words, key=str.lower, reverse=True))
print(sorted("Banana apple Cherry".split(), key=str.casefold), sorted("Banana apple Cherry".split()))

# list.sort is in place and returns None; key called once per element
calls = []
def key(x):
    calls.append(x)
    return -x
nums = [3, 1, 2]
print(nums.sort(key=key), nums, calls)

# sorting with None values via a key that handles them
data = [3, None, 1, None, 2]
print(sorted(data, key=lambda x: (x is None, x if x is not None else 0)))
try:
    sorted(data)
except TypeError as e:
    print(type(e).__name__, e)

# sorting dict items and stable sort of records by several keys
scores = {"ann": 90, "bob": 85, "cat": 90, "dan": 70}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores, key=scores.get), sorted([(1, "b"), (1, "a"), (0, "z")]))
