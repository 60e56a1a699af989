# sum/min/max/sorted over floats, and accumulation error that must be reproduced exactly.
xs = [i * 0.1 for i in range(20)]
print(xs)
print(sum(xs), min(xs), max(xs), sum(xs) / len(xs))
ys = [((i * 37) % 11) / 7 for i in range(15)]
print(sorted(ys))
print(sorted(ys, reverse=True)[:5])
acc = 0.0
for y in ys:
    acc = acc * 0.5 + y
print(acc)
prod = 1.0
for i in range(1, 30):
    prod *= i / 3
print(prod)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25, 0.125]))
