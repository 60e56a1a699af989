# Numerical integration and a Newton square root: float loops with checkable output.
def f(x):
    return x * x * x - 2 * x + 1

def simpson(a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        s += (4 if i % 2 else 2) * f(x)
    return s * h / 3

def trapezoid(a, b, n):
    h = (b - a) / n
    s = (f(a) + f(b)) / 2
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

for n in [2, 4, 10, 100, 1000]:
    print(n, round(simpson(0.0, 2.0, n), 12), round(trapezoid(0.0, 2.0, n), 12))

def sqrt(v):
    x = v if v > 1 else 1.0
    for i in range(60):
        nx = 0.5 * (x + v / x)
        if nx == x:
            break
        x = nx
    return x

for v in [2.0, 3.0, 10.0, 0.25, 1e10, 12345.678]:
    r = sqrt(v)
    print(v, r, r * r, abs(r - v ** 0.5) < 1e-9)
pi = 0.0
sign = 1.0
for k in range(100000):
    pi += sign / (2 * k + 1)
    sign = -sign
print("leibniz pi:", round(4 * pi, 8))
