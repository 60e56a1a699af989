# CPython 3.11 limits int <-> decimal str conversion to 4300 digits.
ok = "7" * 4300
n = int(ok)
print(len(str(n)), n % 1000, n // 10 ** 4297)
try:
    int("8" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 4300
try:
    s = str(big)
    print(len(s))
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
print(len(hex(big)), hex(big)[:12])
print(int("1" * 5000, 16) % 997)
print(big.bit_length())
