# int() from strings with bases, underscores, signs and whitespace.
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t-5\n"), int("0"), int("-0"))
print(int("1010", 2), int("ff", 16), int("FF", 16), int("777", 8), int("z", 36), int("Zz", 36))
print(int("0x1f", 16), int("0X1F", 0), int("0b101", 0), int("0o17", 0), int("99", 0), int("1_000", 0))
print(int("1_000_000"), int("0x_ff", 16), int("-0b11", 0))
print(int(3.9), int(-3.9), int(True), int(1e20), int("123456789012345678901234567890"))
print(int("10", 3), int("-zz", 36), int("7", 8))
bad = ["", " ", "abc", "1.5", "12a", "1__0", "_1", "0x10", "--1", "1 2", "٣"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("12", 2), ("9", 8), ("g", 16), ("0b12", 0), ("010", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
