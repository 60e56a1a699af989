# del on list items and slices (with steps), dict keys, and custom __delitem__.
nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
nums = list(range(12))
del nums[1::3]
print(nums)
del nums[::-2]
print(nums)
del nums[5:100]
print(nums)
del nums[:]
print(nums)

try:
    del nums[0]
except IndexError as e:
    print(type(e).__name__, e)

letters = list("abcdefgh")
del letters[1], letters[-2]
print(letters)
del letters[10:20]
print(letters)

d = {"a": 1, "b": 2, "c": 3, (1, 2): "tuple key"}
del d["b"]
del d[(1, 2)]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)

class Recorder:
    def __init__(self):
        self.calls = []
    def __delitem__(self, key):
        self.calls.append(key)

r = Recorder()
del r[1]
del r[1:5]
del r[::2]
del r[1, 2]
del r[..., 0]
print(r.calls)

try:
    del (1, 2, 3)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "text"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

ba = bytearray(b"abcdef")
del ba[1:3]
print(ba)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    del row[1]
print(matrix)

try:
    del nums[1:5:0]
except ValueError as e:
    print(type(e).__name__, e)
