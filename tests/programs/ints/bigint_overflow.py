# Results past 64 bits stay exact; results that come back into range are ordinary ints again.
m = 9223372036854775807
print(m, m + 1, m * 2, m * m, -m - 1, -m - 2)
print(m + 1 - 1 == m, type(m + 1 - 1).__name__)
n = -9223372036854775808
print(n, n - 1, -n, abs(n), n * -1, n // -1)
x = 1
for i in range(70):
    x *= 2
    if i % 7 == 0:
        print(i + 1, x)
print(x, x - 1, x // 3, x % 1000007)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print("40! digits:", len(str(f)))
print(f // (2 ** 38), f % (10 ** 9 + 7))
print(3 ** 100)
print(-(3 ** 100))
print((3 ** 100) // (3 ** 98), (3 ** 100) - (3 ** 100 - 1))
acc = 0
for i in range(100):
    acc = acc * 31 + i
print(acc)
print(acc.bit_length(), (acc >> 200), acc & 0xFFFF)
print(0xFFFFFFFFFFFFFFFF + 1, 0x7FFFFFFFFFFFFFFF + 0x7FFFFFFFFFFFFFFF)
print(m * m // m == m, (m * m) % m)
print(abs(-(2 ** 64)), -(2 ** 64) // 7, -(2 ** 64) % 7)
