# float() from strings and ints, int() from floats, and float methods.
for s in ["1", "1.5", "-2.25", " 3e2 ", "1_000.5", ".5", "5.", "1e-3", "+inf", "-Infinity", "nan", "0x10" if False else "1E5"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "0x10", "1__0", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(True), float(False), float(-7), float(2 ** 64), float(10 ** 308))
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
for f in [3.7, -3.7, 0.9999, -0.0, 1e18, 1.5e19, -2.5]:
    print(f, int(f), round(f), f // 1, f % 1)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-1.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((2.0).is_integer(), (2.1).is_integer(), (1e300).is_integer())
print(float.__name__, type(1.0).__name__, isinstance(1.0, float), isinstance(1, float))
print(abs(-2.5), abs(2.5), -(-2.5), +2.5)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
