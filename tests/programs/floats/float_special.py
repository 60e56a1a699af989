# inf, nan and signed zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"), float("  inf  "), float("NaN"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308, -inf < -1e308)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2)
z = -0.0
print(z, 0.0 == -0.0, repr(-0.0), str(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, abs(-0.0))
print(repr(0.0 * -1), repr(-1 * 0.0), round(-0.4), round(-0.5), round(-0.4, 1))
print(max(nan, 1), max(1, nan), min(inf, 5), min(-inf, -5))
vals = [3.0, inf, -inf, 0.0, -0.0, 1e-300]
print(sorted(vals))
print([x for x in [nan, 1.0, inf] if x == x])
print(float("1e309"), float("-1e309"), float("1e-400"))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
