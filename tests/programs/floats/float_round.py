# round(): banker's rounding at halfway points, ndigits, and the int/float result types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 1e16 + 1]:
    r = round(v)
    print(v, r, type(r).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 1.25, -1.25, 12345.6789, 0.0]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, -1), round(v, -2))
print(round(1234.5), round(1235.5), round(-1234.5), round(7), round(7, 2), round(-7, -1))
print(round(5e-324, 400), round(1.5e300, -299), round(123.456, -5))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
print(round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
