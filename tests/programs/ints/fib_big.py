# Fibonacci numbers grow past 64 bits; check identities exactly.
a, b = 0, 1
fibs = []
for i in range(200):
    fibs.append(a)
    a, b = b, a + b
for i in [0, 1, 2, 10, 50, 90, 92, 93, 94, 100, 150, 199]:
    print(i, fibs[i])
for n in range(1, 100):
    assert fibs[n + 1] * fibs[n - 1] - fibs[n] ** 2 == (-1) ** n
print("Cassini holds")
print(sum(fibs), fibs[199] + fibs[198] - 1 + fibs[199] - sum(fibs))
print(fibs[199] % 1000000007, fibs[150] // fibs[149], len(str(fibs[199])))
