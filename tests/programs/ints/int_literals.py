# Integer literals in every base, with underscores.
print(0, 00, 0_0, 1_000_000, 0b1111_0000, 0o7_7, 0xdead_beef, 0XABC, 0B11, 0O17)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 0b1 << 0b111)
values = [0b0, 0b1, 0b10, 0o10, 0x10, 10, 0x7fffffffffffffff, 0x8000000000000000]
print(values)
print(sum(values), len(values))
print(type(0x10).__name__, -0x10, +0o10, ~0b101)
