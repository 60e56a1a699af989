# Subclassing immutable built-ins (int, str, tuple, float) with __new__, extra methods and attributes.
class Meters(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}{self.unit}"
    def __add__(self, other):
        return Meters(int(self) + int(other), self.unit)

m = Meters(5)
print(m, m + 3, 3 + m, type(m + 3).__name__, type(3 + m).__name__, type(m * 2).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), m.unit, Meters("12", "km"), str(m), f"{m:04d}")
print(sorted([Meters(3), 1, Meters(2)]), m.bit_length(), m.real, type(-m).__name__)

class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4), [type(e).__name__ for e in (Even(0), Even(2))])
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)

class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
    def initials(self):
        return "".join(w[0] for w in self.split())
    @property
    def parts(self):
        return len(self.split())

n = Name("  ada lovelace ")
print(n, repr(n), n.initials(), n.parts, len(n), n.upper(), type(n.upper()).__name__)
print(n == "Ada Lovelace", n + "!", type(n + "!").__name__, n[0], type(n[0]).__name__, "Ada" in n)
print(sorted([Name("bob"), "alice", Name("carol")]), {n: 1}["Ada Lovelace"])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
    def __repr__(self):
        return f"Pair{tuple(self)}"

p = Pair(1, "x")
print(p, p.first, p.swap(), len(p), p + (3,), type(p + (3,)).__name__, p == (1, "x"))
a, b = p
print(a, b, hash(p) == hash((1, "x")), p[::-1], type(p[::-1]).__name__)

from collections import namedtuple
class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
pt = Point(3, 4)
print(pt, abs(pt), pt._replace(x=0), pt._asdict(), Point._fields, pt.x + pt[1])

class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, round(t, 1), f"{t:.2f}", str(Celsius(-3)))

class MyBool(int):
    pass
print(MyBool(True), MyBool(0) or "zero", bool(MyBool(7)), MyBool.__mro__[1].__name__)
try:
    class B2(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
