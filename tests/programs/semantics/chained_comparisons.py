# Chained comparisons evaluate each operand once and short-circuit; conditional expressions.
calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 < 2 > 1, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 < 2 in [2, 3], 1 in [1] in [[1]])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])
a = []
b = a or "empty"
c = a and "never"
print(b, c, 0 or None, "" or 0 or "x", 1 and 2 and 3, None and 1)
print(not 0, not [], not "a", (not 1) == False)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
