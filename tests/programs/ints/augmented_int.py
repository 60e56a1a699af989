# Augmented assignment on ints in every operator.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 10; print(x)
x <<= 70; print(x)
x >>= 65; print(x)
x &= 0xFFFF; print(x)
x |= 0x10000; print(x)
x ^= 0xFF; print(x)
x /= 8; print(x)
counter = 0
for i in range(1000):
    counter += i % 7
    counter -= i % 3
print(counter)
