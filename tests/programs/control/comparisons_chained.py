# Chained comparisons evaluate the middle operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 5 >= 5 > 4 >= 4)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
x = 5
print(0 < x < 10, 0 < x < 4, x in [1, 5] in [[1, 5]], 1 < x not in (2, 3), "a" < "b" < "c")
n = None
print(n is None is not False, [] == [] != [1])
