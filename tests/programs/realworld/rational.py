"""A rational-number class written from scratch: normalisation, full operator set including
reflected and in-place forms, comparisons with ints and floats, hashing consistent with int,
continued fractions, best approximations and an exact harmonic-series table."""
import math
from functools import total_ordering, reduce


@total_ordering
class Q:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if isinstance(n, str):
            top, _, bottom = n.partition("/")
            n, d = int(top), int(bottom or 1)
        if d == 0:
            raise ZeroDivisionError(f"Q({n}, 0)")
        g = math.gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g

    @staticmethod
    def _q(x):
        if isinstance(x, Q):
            return x
        if isinstance(x, int):
            return Q(x)
        return NotImplemented

    def _op(self, other, fn):
        other = self._q(other)
        return other if other is NotImplemented else fn(self, other)

    def __add__(self, o):
        return self._op(o, lambda a, b: Q(a.n * b.d + b.n * a.d, a.d * b.d))

    def __sub__(self, o):
        return self._op(o, lambda a, b: Q(a.n * b.d - b.n * a.d, a.d * b.d))

    def __mul__(self, o):
        return self._op(o, lambda a, b: Q(a.n * b.n, a.d * b.d))

    def __truediv__(self, o):
        return self._op(o, lambda a, b: Q(a.n * b.d, a.d * b.n))

    __radd__, __rmul__ = __add__, __mul__

    def __rsub__(self, o):
        return self._op(o, lambda a, b: b - a)

    def __rtruediv__(self, o):
        return self._op(o, lambda a, b: b / a)

    def __neg__(self):
        return Q(-self.n, self.d)

    def __abs__(self):
        return Q(abs(self.n), self.d)

    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else 1 / Q(self.n ** -k, self.d ** -k)

    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._q(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        if isinstance(o, float):
            return float(self) < o
        o = self._q(o)
        return NotImplemented if o is NotImplemented else self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return -(-self.n // self.d) if self.n < 0 else self.n // self.d

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"

    def continued_fraction(self):
        n, d, out = self.n, self.d, []
        while d:
            q, r = divmod(n, d)
            out.append(q)
            n, d = d, r
        return out

    @staticmethod
    def from_continued(terms):
        return reduce(lambda acc, t: t + 1 / acc, reversed(terms[:-1]), Q(terms[-1]))


a, b = Q(3, 4), Q("-5/6")
print(a, b, a + b, a - b, a * b, a / b, -b, abs(b), a ** 3, a ** -2, 1 - a, 2 / a, a + 1)
print("normalised:", Q(10, -4), Q(0, 7), Q("12"), "compare:", a > b, a == 0.75, Q(1, 3) < 0.34, Q(4, 2) == 2)
print("sorted:", sorted([Q(1, 2), Q(-1, 3), Q(2, 3), Q(3, 7), Q(5)]), max(Q(7, 8), Q(8, 9)))
print("hash consistent:", hash(Q(6, 3)) == hash(2), len({Q(1, 2), Q(2, 4), Q(3, 6), 1, Q(1)}))
x = Q(0)
for k in range(1, 4):
    x += Q(1, k)
print("in-place sum:", x, "float:", float(x), "int:", int(Q(-7, 2)), int(Q(7, 2)), "bool:", bool(Q(0)), bool(a))
harmonic = Q(0)
for k in range(1, 21):
    harmonic = harmonic + Q(1, k)
    if k in (1, 2, 5, 10, 20):
        print(f"H({k:2d}) = {harmonic!s:>28} ~ {float(harmonic):.12f}")
print("cf(415/93):", Q(415, 93).continued_fraction(), "back:", Q.from_continued([4, 2, 6, 7]))
pi_cf = [3, 7, 15, 1, 292, 1, 1]
print("pi convergents:", [Q.from_continued(pi_cf[:k]) for k in range(1, len(pi_cf) + 1)])
sqrt2 = [Q.from_continued([1] + [2] * k) for k in range(8)]
print("sqrt2 convergents:", sqrt2, "error:", float(sqrt2[-1] ** 2 - 2))
for bad in (lambda: Q(1, 0), lambda: a / 0, lambda: a + 0.5, lambda: a < "x"):
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
