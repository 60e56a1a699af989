# Collatz sequences: loops, int arithmetic, and a dict used as a cache.
def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        count += 1
    return count

for n in [1, 2, 3, 6, 7, 9, 27, 97, 871]:
    print(n, steps(n))
best = 0
best_n = 0
for n in range(1, 3000):
    s = steps(n)
    if s > best:
        best = s
        best_n = n
print("longest under 3000:", best_n, best)
peak = 27
highest = peak
while peak != 1:
    peak = peak // 2 if peak % 2 == 0 else 3 * peak + 1
    highest = max(highest, peak)
print("highest value reached from 27:", highest)
