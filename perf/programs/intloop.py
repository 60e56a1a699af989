# A loop-heavy integer kernel: nested loops, modular arithmetic, bit operations, no calls.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
total = 0
acc = 1
i = 0
while i < n:
    x = i * 7 + 3
    if x % 3 == 0:
        total += x >> 2
    elif x & 1:
        total -= i
    else:
        total ^= x
    acc = (acc * 31 + i) % 1000003
    i += 1
print(f"intloop({n}): total = {total}, acc = {acc}")
