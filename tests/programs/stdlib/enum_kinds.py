# enum: Enum, IntEnum, auto, iteration, lookup by name and value, membership.
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["RED"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH))
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([s.value for s in Step], Step.THIRD.name)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_rank(self):
        return round(self.mass / self.radius ** 3 / 1e3, 3)
print(Planet.MARS.mass, Planet.EARTH.density_rank, {p.name: p.value[1] for p in Planet})
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.SQUARE.name)
print({Color.RED: "r"}[Color.RED], Color.RED.__class__.__name__, isinstance(Color.RED, Color))
