# collections.namedtuple: records with defaults, _replace, _asdict, _fields, _make, subclassing.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
print("fields:", Point._fields, "asdict:", p._asdict())
q = p._replace(y=10)
print("replace:", q, "original unchanged:", p)
print("make:", Point._make([7, 8]), "unpack:", *p)
print("tuple ops:", p + (5,), p == (3, 4), tuple(p), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print("hashable:", len({Point(1, 2), Point(1, 2), Point(2, 1)}))

Employee = namedtuple("Employee", "name dept salary active", defaults=[50000, True])
staff = [
    Employee("Ann", "eng", 120000),
    Employee("Bob", "ops"),
    Employee("Cid", "eng", 95000, False),
    Employee(name="Dee", dept="sales", salary=70000),
]
for e in staff:
    print(f"{e.name:<4} {e.dept:<6} {e.salary:>7} {e.active}")
print("defaults:", Employee._field_defaults)
raises = [e._replace(salary=int(e.salary * 1.1)) for e in staff if e.active]
print("raised:", [(e.name, e.salary) for e in raises])
print("by dept:", sorted({e.dept for e in staff}))

Color = namedtuple("Color", "red green blue")
class RGB(Color):
    __slots__ = ()
    def hex(self):
        return "#{:02x}{:02x}{:02x}".format(*self)
    @property
    def brightness(self):
        return round((self.red + self.green + self.blue) / 3, 2)
c = RGB(255, 128, 0)
print(c, c.hex(), c.brightness, isinstance(c, tuple))

Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print("renamed fields:", Renamed._fields)
try:
    namedtuple("Bad", ["a", "class"])
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

rows = [("2024-01-01", "12.5", "3"), ("2024-01-02", "9.0", "7")]
Row = namedtuple("Row", "date price qty")
parsed = [Row._make(r)._replace(price=float(r[1]), qty=int(r[2])) for r in rows]
print("parsed:", parsed)
print("revenue:", sum(r.price * r.qty for r in parsed))
print("type name:", type(p).__name__, Point.__name__, Point.x.__doc__)
