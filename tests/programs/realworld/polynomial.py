"""A polynomial class with integer/rational coefficients: arithmetic operators, evaluation by
Horner's rule, derivative and integral, long division, GCD, composition, and pretty printing."""
from fractions import Fraction
from itertools import zip_longest


class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self.c = tuple(coeffs)

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return len(self.c) - 1

    def _coerce(self, other):
        return other if isinstance(other, Poly) else Poly([other])

    def __add__(self, other):
        other = self._coerce(other)
        return Poly(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + -self._coerce(other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        other = self._coerce(other)
        out = [0] * (len(self.c) + len(other.c))
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if not other.c:
            raise ZeroDivisionError("polynomial division by zero")
        rem = [Fraction(a) for a in self.c]
        quot = [Fraction(0)] * max(1, len(rem) - len(other.c) + 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[shift + i] -= factor * b
            rem.pop()
        return Poly(quot), Poly(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc if not isinstance(x, Poly) else self._coerce(acc)

    def __eq__(self, other):
        return self.c == self._coerce(other).c

    def __hash__(self):
        return hash(self.c)

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)

    def integral(self):
        return Poly([0] + [Fraction(a, i + 1) for i, a in enumerate(self.c)])

    def monic(self):
        return Poly(Fraction(a) / self.c[-1] for a in self.c)

    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]


def gcd(a, b):
    while b.c:
        a, b = b, a % b
    return a.monic()


x = Poly.x()
p = (x - 1) * (x + 2) * (x - 3)
q = x ** 2 - 4
print("p =", p, "| q =", q, "| degrees", p.degree, q.degree)
print("p + q =", p + q, "| p - q =", p - q, "| 3 - x =", 3 - x, "| 2p =", 2 * p)
print("p * q =", p * q)
print("p(0..4):", [p(v) for v in range(5)], "p(1/2) =", p(Fraction(1, 2)), "p(2.5) =", p(2.5))
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative(), "| ∫q =", q.integral())
quot, rem = divmod(p, q)
print("p / q: quotient", quot, "remainder", rem, "| check:", quot * q + rem == p)
print("gcd(p, q) =", gcd(p, q), "| gcd(x^4-1, x^6-1) =", gcd(x ** 4 - 1, x ** 6 - 1))
print("(x+1)^6 =", (x + 1) ** 6)
print("compose p(q) =", p(q), "| q(x+1) =", q(x + 1))
roots = [r for r in range(-5, 6) if p(r) == 0]
print("integer roots of p:", roots, "| -x^2+x-1 =", -x ** 2 + x - 1, "| zero:", x - x, "| const:", Poly([7]))
print("equal:", p == (x ** 3 - 2 * x ** 2 - 5 * x + 6), {p, p * 1, q} == {p, q})
try:
    p // Poly([])
except ZeroDivisionError as exc:
    print("error:", exc)
