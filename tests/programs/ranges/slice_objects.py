# slice objects: attributes, indices(), use in subscripts, and equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(None, None, -4)], "abcdefgh"[slice(2, -2)], (1, 2, 3, 4)[slice(1, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(0, 4, 2) == slice(0, 4, 2))
data[slice(0, 4)] = ["a"]
print(data[:6])
del data[slice(0, None, 2)]
print(data)
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
r = range(100)
print(r[slice(10, 50, 10)], list(r[slice(-5, None)]))
