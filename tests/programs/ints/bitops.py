# Bitwise operators on ints, including negative and big values.
for a in [0, 1, 5, 12, -1, -6, 255, 1 << 40]:
    for b in [3, -4, 170]:
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~1, ~-1, ~255, ~(1 << 70))
print(1 << 0, 1 << 10, 1 << 63, 1 << 64, 1 << 100, -1 << 65)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, (1 << 100) >> 98, (-(1 << 100)) >> 99)
print(0b1010 & 0b0110, 0o17 | 0o20, 0xFF ^ 0x0F)
big = (1 << 128) - 1
print(big, big & 0xFFFF, big ^ (1 << 127), big >> 64, -big & 0xFF)
print((123456789).bit_length(), (0).bit_length(), (-255).bit_length(), (1 << 64).bit_length())
x = 0b1011_0110
count = 0
while x:
    count += x & 1
    x >>= 1
print("popcount", count)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
mask = 0
for i in range(0, 64, 3):
    mask |= 1 << i
print(mask, hex(mask), bin(mask & 0xFFF))
