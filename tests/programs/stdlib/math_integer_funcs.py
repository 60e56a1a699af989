# math: integer-valued helpers (factorial, gcd, lcm, comb, perm, isqrt, rounding).
import math

print("factorials", [math.factorial(n) for n in range(11)])
print("25!", math.factorial(25), "digits of 100!", len(str(math.factorial(100))))

pairs = [(12, 18), (17, 5), (0, 9), (-24, 36), (2 ** 40, 2 ** 35 * 3), (0, 0)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {math.gcd(a, b)}  lcm = {math.lcm(a, b)}")
print("gcd of many", math.gcd(84, 126, 210), math.gcd(), "lcm of many", math.lcm(2, 3, 4, 5, 6), math.lcm())

# Pascal's triangle via comb
for n in range(7):
    print(" " * (6 - n) * 2 + " ".join(f"{math.comb(n, k):3d}" for k in range(n + 1)))
print("comb", math.comb(52, 5), math.comb(10, 0), math.comb(5, 7), math.comb(100, 50))
print("perm", math.perm(10, 3), math.perm(6), math.perm(4, 0), math.perm(3, 5))

# isqrt and perfect squares
squares = [n for n in range(200) if math.isqrt(n) ** 2 == n]
print("perfect squares", squares)
big = 10 ** 40 + 12345
r = math.isqrt(big)
print("isqrt big", r, r * r <= big < (r + 1) * (r + 1))

values = [2.5, -2.5, 3.7, -3.7, 0.0, 7, -0.2]
for v in values:
    print(f"{v!r:>5}: floor={math.floor(v)} ceil={math.ceil(v)} trunc={math.trunc(v)} round={round(v)}")
print("types", type(math.floor(1.5)).__name__, type(math.ceil(1.5)).__name__, type(math.trunc(1.5)).__name__)
print("fabs", math.fabs(-4), math.fabs(3.25), type(math.fabs(-4)).__name__)

print("prod", math.prod(range(1, 11)), math.prod([2.0, 0.5, 4]), math.prod([], start=7), math.prod([3, 4], start=2))
print("fsum vs sum", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))

def primes_upto(n):
    return [p for p in range(2, n + 1) if all(p % d for d in range(2, math.isqrt(p) + 1))]
ps = primes_upto(60)
print("primes", ps, "primorial", math.prod(ps[:6]))

# reduce a fraction with gcd
num, den = 462, 1071
g = math.gcd(num, den)
print(f"{num}/{den} = {num // g}/{den // g}")

for bad in [lambda: math.factorial(-3), lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.perm(3, -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
