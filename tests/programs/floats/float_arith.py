# Float arithmetic, floor division and modulo with mixed signs, and mixing with ints.
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.3), (5.0, 2.5), (-0.0, 3.0), (0.0, -3.0)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(3 + 0.5, 3 * 1.5, 7 / 2.0, 2 ** 0.5, 2.0 ** 3, 4 ** -0.5, (-8.0) ** 3, 10 ** 2.0)
print(1e300 * 1e-300, 0.1 * 3, 0.1 + 0.1 + 0.1 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(-2.5 % 1, 2.5 % -1, -1e-20 % 1.0, 1e-20 % -1.0)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print("harmonic(1000) =", total)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10))
print(float(2 ** 53) + 1.0, float(2 ** 53 + 1), float(10 ** 20), float(-(2 ** 63)))
print((-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
try:
    print((-8.0) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
