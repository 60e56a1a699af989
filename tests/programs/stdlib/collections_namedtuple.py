# collections.namedtuple: fields, _replace, _asdict, _fields, defaults, _make, tuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), p == (1, 2), len(p))
print(p._replace(x=10), p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["nowhere"])
print(Person("ann", 30), Person._field_defaults)
print(Person._make(["bob", 40, "sf"]))
a, b = p
print(a, b, isinstance(p, tuple), type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
