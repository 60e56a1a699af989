# Sorting strings by code point, with keys, and comparing mixed cases.
names = ["bob", "Alice", "carol", "dave", "Eve", "alice", "Bob", "éclair", "zed", "Zed"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=len))
print(sorted(names, key=lambda n: (len(n), n)))
print(sorted(names, reverse=True))
print(min(names), max(names), min(names, key=len), max(names, key=len))
pairs = [("a", "b"), ("a", "a"), ("b", "a"), ("", "a"), ("abc", "ab"), ("A", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y)
