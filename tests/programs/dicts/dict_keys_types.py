# Keys of many hashable types; equal numbers share a key; unhashable keys fail.
d = {}
d[1] = "int"
d[1.0] = "float overwrites int"
d[True] = "bool overwrites too"
d[(1, 2)] = "tuple"
d["1"] = "str"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[-0.0] = "negative zero"
d[0] = "zero"
d[b"1"] = "bytes"
print(d)
print(len(d), d[1], d[(1, 2)], d[None], d[0.0], d[frozenset({1})])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    print([1] in d)
except TypeError as e:
    print("TypeError:", e)
big = {2 ** 64: "big", -(2 ** 64): "neg big", 2 ** 61 - 1: "mersenne"}
print(big[2 ** 64], big[18446744073709551616], big)
