# hash() of ints, floats, bools, None-free tuples, strings compared by equality only.
for v in [0, 1, -1, -2, 10 ** 18, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 63), 2 ** 100, True, False]:
    print(v, hash(v))
for v in [0.0, 0.5, -0.5, 1.0, 2.5, 1e20, 1e-20, 3.14159]:
    print(v, hash(v))
for v in [(), (0,), (1, 2), (1, (2, 3)), (1.5, -1), ((),), (True, False), (2 ** 64, -1)]:
    print(v, hash(v))
print(hash("text") == hash("te" + "xt"), hash(b"x") == hash(b"x"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in [[1], {1: 1}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
