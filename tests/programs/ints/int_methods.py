# int methods and conversions: bit_length, to_bytes, from_bytes, as_integer_ratio, conjugate.
for n in [0, 1, 255, 256, -1, -256, 2 ** 64 - 1, 2 ** 64]:
    print(n, n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).to_bytes(1, "big"), int.from_bytes(b"", "big"), (2 ** 70).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (-7).as_integer_ratio())
print(int.__name__, type(5).__name__, isinstance(5, int), isinstance(True, int))
print(abs(-5), abs(5), abs(-(2 ** 80)), -abs(3))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(15, -1), round(25, -1))
