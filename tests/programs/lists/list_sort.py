# sort/sorted with key and reverse; stability of equal keys.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
byname = sorted(people)
byname.sort(key=lambda p: p[1])
print(byname)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
mixed = [2.5, 1, True, 0.5, -3]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
data = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
data.sort()
print(data)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted([]))
big = [(i * 7919) % 1009 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
