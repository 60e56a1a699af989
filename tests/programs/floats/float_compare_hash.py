# Float comparisons with ints and hashing consistency (hash(1.0) == hash(1)).
print(hash(1.0) == hash(1), hash(0.0), hash(-0.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e100))
print(hash(float("inf")), hash(float("-inf")), hash(2.0 ** 61), hash(-2.5e-10))
d = {1: "int one", 2.0: "float two"}
d[1.0] = "float one"
d[2] = "int two"
print(d)
print(1.0 in {1, 2}, 3 in {3.0}, {1, 1.0, True})
print(0.1 < 0.2 < 0.3, 1.0 == 1 == True, 2.0 != 2, 1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(sorted([2, 1.5, -3, 0.0, True, 2.25, -0.5]))
print(max([1, 1.0]), min([1.0, 1]), max(0.0, -0.0), min(0.0, -0.0))
