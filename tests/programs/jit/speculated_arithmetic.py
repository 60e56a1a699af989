# Arithmetic and comparisons that compiled code speculates on (small ints, floats): the edges where
# the speculation must give way (64-bit overflow, division by zero, NaN, -0.0, infinities).
BIG = 2 ** 63 - 1
SMALL = -2 ** 63

def ops(a, b):
    return a + b, a - b, a * b

for _ in range(300):
    ops(3, 4)
for a, b in [(BIG, 1), (SMALL, -1), (SMALL, 1), (BIG, -1), (SMALL, SMALL), (2 ** 32, 2 ** 31), (-2 ** 32, 2 ** 31), (3037000500, 3037000500), (-1, SMALL)]:
    print(ops(a, b))

def fops(a, b):
    return a + b, a - b, a * b, a / b

for _ in range(300):
    fops(1.5, 2.0)
for a, b in [(1e308, 1e308), (-0.0, 2.0), (float("inf"), float("inf")), (1.0, 3.0), (0.1, 0.2)]:
    print(fops(a, b))
try:
    fops(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    fops(1.0, -0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def branches(a, b):
    out = []
    if a < b: out.append("<")
    if a <= b: out.append("<=")
    if a == b: out.append("==")
    if a != b: out.append("!=")
    if a > b: out.append(">")
    if a >= b: out.append(">=")
    if not a < b: out.append("!<")
    if not a <= b: out.append("!<=")
    if not a == b: out.append("!==")
    if not a != b: out.append("!!=")
    if not a > b: out.append("!>")
    if not a >= b: out.append("!>=")
    return out, a < b, a <= b, a == b, a != b, a > b, a >= b

for _ in range(300):
    branches(1, 2)
    branches(1.0, 2.0)
nan = float("nan")
for a, b in [(1, 2), (2, 1), (2, 2), (-5, SMALL), (1.0, 2.0), (2.0, 2.0), (nan, 1.0), (1.0, nan), (nan, nan), (-0.0, 0.0), (1, 1.0), (BIG + 1, BIG)]:
    print(a, b, branches(a, b))

def accumulate(n):
    total = 0
    scale = 1.0
    for i in range(n):
        total += i * i
        total -= i
        scale *= 1.0001
    return total, round(scale, 6)

for _ in range(5):
    accumulate(10)
print(accumulate(3000000 // 1000))
print(accumulate(1 << 4))
