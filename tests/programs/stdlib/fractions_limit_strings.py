# fractions.Fraction from strings and floats; limit_denominator approximations.
from fractions import Fraction
import math

for s in ["3/4", "-5/10", " 7 ", "1.25", "-0.125", "1e-3", "2.5E2", "  +3/9  ", "0/5", "1_000/3"]:
    print(f"Fraction({s!r}) = {Fraction(s)}")
for bad in ["1/0", "abc", "1.2.3", "3/-4", "", "1 / 2"]:
    try:
        print(f"Fraction({bad!r}) = {Fraction(bad)}")
    except (ValueError, ZeroDivisionError) as e:
        print(f"Fraction({bad!r}) -> {type(e).__name__}: {e}")

print("from float exact:", Fraction(0.1), Fraction(0.5), Fraction(-2.75))
print("from_float:", Fraction.from_float(0.1) == Fraction(0.1), Fraction.from_float(3))
print("str(0.1) vs 0.1:", Fraction(str(0.1)), Fraction(0.1) == Fraction("0.1"))

pi = Fraction(math.pi)
for d in [1, 7, 10, 100, 113, 1000, 10 ** 6]:
    approx = pi.limit_denominator(d)
    print(f"pi limit {d:>7}: {str(approx):>17} error={float(abs(approx - pi)):.3e}")
print("0.1 limited:", Fraction(0.1).limit_denominator(), Fraction(0.333).limit_denominator(10))
print("sqrt2:", Fraction(math.sqrt(2)).limit_denominator(100), Fraction(math.e).limit_denominator(1000))
print("already small:", Fraction(3, 7).limit_denominator(10), Fraction(-22, 7).limit_denominator(5))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)

def continued_fraction(fr):
    terms = []
    while True:
        whole = math.floor(fr)
        terms.append(whole)
        fr -= whole
        if fr == 0:
            return terms
        fr = 1 / fr
print("cf 415/93:", continued_fraction(Fraction(415, 93)), "cf 22/7:", continued_fraction(Fraction(22, 7)))

recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "1/2", "eggs": "2"}
def parse_qty(text):
    return sum((Fraction(p) for p in text.split()), Fraction(0))
scaled = {k: parse_qty(v) * Fraction(3, 2) for k, v in recipe.items()}
def pretty(fr):
    whole, rest = divmod(fr, 1)
    return f"{whole} {rest}" if whole and rest else str(whole or rest)
print("scaled recipe:", {k: pretty(v) for k, v in scaled.items()})
print("Fraction of Fractions:", Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(3, Fraction(1, 2)))
print("float formatting:", f"{float(Fraction(2, 3)):.5f}", str(Fraction(1, 3)))
