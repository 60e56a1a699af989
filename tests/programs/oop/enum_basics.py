# enum.Enum: members, name/value, iteration order, lookup by value and name, aliases, methods, auto().
from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}#{self.value}"

    @property
    def warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color), [c.name for c in Color])
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(sorted(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default())
print(type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED in Color)
print(Color.RED == 1, Color.RED == Color(1), Color.RED != Color.BLUE)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], f"{Color.BLUE}", f"{Color.BLUE!r}")
for bad in (lambda: Color(9), lambda: Color["PINK"], lambda: Color.PURPLE):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(type(e).__name__, e)

class Step(Enum):
    START = auto()
    MIDDLE = auto()
    END = auto()

print([(s.name, s.value) for s in Step], Step(3))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

print([(p.name, p.gravity) for p in Planet], Planet((5.976e+24, 6.37814e6)).name)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)

match Color(3):
    case Color.RED:
        print("matched red")
    case Color.BLUE:
        print("matched blue")
Shape = Enum("Shape", "CIRCLE SQUARE")
print(list(Shape), Shape.SQUARE.value, Shape.__name__)
