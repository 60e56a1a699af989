# dataclasses: order=True sorting, frozen instances, hashing, eq=False, and inheritance.
from dataclasses import dataclass, field, FrozenInstanceError, fields

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9, "beta"), Version(1, 2), Version(1, 2, 3, "rc1")]
print("sorted:", sorted(vs))
print("max:", max(vs), "compare ignores label:", Version(1, 2, 3) == Version(1, 2, 3, "rc1"))
print("lt/le/gt/ge:", vs[0] < vs[1], vs[0] <= vs[4], vs[1] > vs[2], vs[3] >= vs[0])
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.norm, p.moved(1, 1), "hashable:", hash(p) == hash(Point(3, 4)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print("is AttributeError:", issubclass(FrozenInstanceError, AttributeError))
visited = {Point(0, 0), Point(1, 0), Point(0, 0)}
print("set of frozen:", sorted(visited, key=lambda q: (q.x, q.y)), "dict key:", {Point(1, 1): "a"}[Point(1, 1)])

@dataclass(eq=False)
class Handle:
    name: str
h1, h2 = Handle("x"), Handle("x")
print("eq=False identity:", h1 == h2, h1 == h1, "hashable:", isinstance(hash(h1), int))

@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)
print("unsafe_hash:", hash(Tag("a", 1)) == hash(Tag("a", 99)), Tag("a", 1) == Tag("a", 99))

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)
@dataclass
class Puppy(Dog):
    age_weeks: int = 8
d = Puppy("Rex", tricks=["sit"])
print(d, d.speak())
print("field order:", [f.name for f in fields(Puppy)])
print("isinstance:", isinstance(d, Animal), Dog("Fido") == Dog("Fido"), Dog("Fido") == Animal("Fido", "woof"))
print("repr of nested:", [Version(2), Point(0.5, -1)])
