# pow and ** with ints: negative exponents give floats, three-argument pow is modular.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-2) ** 63, (-2) ** 64)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(7, -2, 13), pow(0, 0, 5), pow(5, 0, 1))
for base in range(-3, 4):
    print(base, [base ** e for e in range(6)])
print(10 ** 20, 10 ** 19 - 1, 7 ** 23)
print(pow(2, 0.5) == 2 ** 0.5)
print(pow(12345678901234567890, 3, 98765432109876543210))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print("ValueError:", e)
