# map, filter, sorted, reversed with builtins and lambdas.
print(list(map(int, ["1", "22", "-3"])), list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(max, [1, 9], [5, 2])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(None, [0, "", "x", 3])), list(filter(str.isupper, "aBcD")))
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), list(reversed(range(5))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
