# fractions.Fraction: exact arithmetic, normalisation, from strings and floats, limit_denominator.
from fractions import Fraction
a = Fraction(3, 4)
b = Fraction("5/6")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(Fraction(-1, 3)))
print(Fraction(10, -4), Fraction(0.5), Fraction("1.25"), Fraction(7), Fraction(2, 4) == Fraction(1, 2))
print(a.numerator, a.denominator, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(3.141592653589793).limit_denominator(100), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5)
print(sum(Fraction(1, n) for n in range(1, 6)), a + 1, 2 * a, 1 - a)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(3, 5)]), repr(Fraction(1, 3)))
