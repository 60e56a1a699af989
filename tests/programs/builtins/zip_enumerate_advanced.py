# zip(strict=True), zip of three iterables, unzip, enumerate with a negative start.
print(list(zip([1, 2], "ab", [True, False], strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
pairs = list(zip(range(4), "wxyz"))
nums, chars = zip(*pairs)
print(nums, chars)
print(list(enumerate("abc", -2)), dict(enumerate("xy")))
print([i for i, _ in enumerate(range(0, 50, 10)) if i % 2])
