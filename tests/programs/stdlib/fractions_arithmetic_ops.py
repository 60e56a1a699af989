# fractions.Fraction: exact arithmetic, normalization, comparisons, mixing with int/float.
from fractions import Fraction
from functools import reduce
import math

a, b = Fraction(1, 3), Fraction(1, 6)
print("a+b:", a + b, "a-b:", a - b, "a*b:", a * b, "a/b:", a / b, "a**2:", a ** 2, "a**-2:", a ** -2)
print("normalized:", Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(0, 5), Fraction(10))
print("parts:", Fraction(6, 8).numerator, Fraction(6, 8).denominator, Fraction(-3, 9).numerator)
print("repr/str:", repr(Fraction(3, 4)), str(Fraction(3, 4)), str(Fraction(4, 1)))
print("with int:", Fraction(1, 2) + 1, 3 * Fraction(2, 9), 1 - Fraction(1, 4), 2 / Fraction(4, 3))
print("with float:", Fraction(1, 2) + 0.25, type(Fraction(1, 2) + 0.25).__name__)
print("floor/mod:", Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(2, 3)))
print("compare:", Fraction(1, 3) < Fraction(1, 2), Fraction(2, 4) == Fraction(1, 2), Fraction(1, 2) == 0.5, Fraction(3) == 3)
print("sorted:", sorted([Fraction(2, 3), Fraction(1, 2), Fraction(3, 5), Fraction(-1, 7)]))
print("conversions:", float(Fraction(1, 8)), int(Fraction(7, 2)), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print("round ndigits:", round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)))
print("abs/neg/pos:", abs(Fraction(-2, 3)), -Fraction(2, 3), +Fraction(2, 3))
print("bool:", bool(Fraction(0)), bool(Fraction(1, 100)))
print("hash equality:", hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), len({Fraction(1, 2), 0.5, Fraction(2, 4)}))

harmonic = sum(Fraction(1, n) for n in range(1, 11))
print("H(10):", harmonic, float(harmonic))
egypt = Fraction(4, 13)
terms = []
while egypt:
    unit = Fraction(1, -(-egypt.denominator // egypt.numerator))
    terms.append(unit)
    egypt -= unit
print("egyptian 4/13:", " + ".join(map(str, terms)))
print("product:", reduce(lambda x, y: x * y, [Fraction(n, n + 1) for n in range(1, 10)]))
def bernoulli(m):
    A = [Fraction(0)] * (m + 1)
    for i in range(m + 1):
        A[i] = Fraction(1, i + 1)
        for j in range(i, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]
print("bernoulli:", [str(bernoulli(n)) for n in range(9)])
print("power with fraction exponent:", Fraction(4, 9) ** Fraction(1, 2), Fraction(8) ** Fraction(1, 3))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("as_integer_ratio:", Fraction(-3, 4).as_integer_ratio(), "is_integer:", Fraction(4, 2).denominator == 1)
