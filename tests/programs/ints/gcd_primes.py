# Euclid's gcd, a sieve, and primality by trial division.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 64, 2 ** 40 * 3))
l = 1
for i in range(1, 31):
    l = lcm(l, i)
print("lcm(1..30) =", l)
limit = 200
sieve = [True] * (limit + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(limit ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, limit + 1, i):
            sieve[j] = False
primes = [i for i in range(limit + 1) if sieve[i]]
print(len(primes), primes)

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

print([n for n in range(10 ** 6, 10 ** 6 + 200) if is_prime(n)])
print(is_prime(2 ** 31 - 1), is_prime(2 ** 31 + 1))
