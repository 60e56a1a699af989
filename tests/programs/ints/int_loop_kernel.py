# An integer-heavy loop (checksums, bit mixing) that a JIT would compile, with results checked.
def mix(seed, n):
    h = seed
    for i in range(n):
        h ^= i
        h = (h * 0x5bd1e995) & 0xFFFFFFFF
        h ^= h >> 15
    return h

print([mix(s, 1000) for s in range(5)])
total = 0
for i in range(20000):
    if i % 3 == 0:
        total += i
    elif i % 5 == 0:
        total -= i // 5
    else:
        total += i & 7
print(total)
a, b = 0, 1
for _ in range(300):
    a, b = b, (a + b) % 1000000007
print(a)
count = 0
n = 0
while n < 50000:
    n += 1
    if n & (n - 1) == 0:
        count += 1
print(count)
