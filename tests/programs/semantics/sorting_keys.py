# Sorting with key functions, reverse, stability, multi-key sorts and sorted() of other iterables.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = sorted(people, key=lambda p: p[0], reverse=True)
by_city.sort(key=lambda p: p[2])
print([p[0] for p in by_city])
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted("hello"), sorted((3, 1, 2), reverse=True), sorted(range(5), key=lambda n: n % 2))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums, max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], key=len), sorted([[2, 1], [1, 2], [1]]))
