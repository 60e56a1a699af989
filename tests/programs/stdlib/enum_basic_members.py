# enum.Enum basics: members, value/name, lookup by value and name, iteration, aliases, unique.
from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print("by value:", Color(2), "by name:", Color["BLUE"], "alias:", Color.CRIMSON, Color.CRIMSON is Color.RED)
print("iteration skips aliases:", list(Color), len(Color))
print("__members__ includes aliases:", list(Color.__members__))
print("identity and equality:", Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print("type:", type(Color.RED).__name__, isinstance(Color.GREEN, Color), Color.GREEN in Color)
print("hashable:", {Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    Color.RED.value = 9
except AttributeError as e:
    print("AttributeError on value")

try:
    @unique
    class Status(Enum):
        OK = 200
        FINE = 200
except ValueError as e:
    print("unique ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:<8} mass={p.mass:.3e} g={p.surface_gravity:.2f}")
print("value is tuple:", Planet.EARTH.value)

class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, text):
        return cls(text.lower())
print(Shape.SQUARE.describe(), Shape.parse("CI"), [s.value for s in Shape])
print("str/format:", str(Shape.CIRCLE), f"{Shape.CIRCLE}", format(Color.BLUE))
print("sorted by value:", sorted(Color, key=lambda c: c.value, reverse=True))
print("functional API:", list(Enum("Animal", "ANT BEE CAT")), Enum("Dir", ["N", "S"]).S.value)
print("members are singletons in list:", [c for c in Color if c.value > 1])
