# dataclasses: defaults, field(default_factory), order, frozen, repr, eq, asdict.
from dataclasses import dataclass, field, asdict, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, qty):
        return self.price * qty
a = Item("pen", 1.5)
b = Item("pen", 1.5)
a.tags.append("office")
print(a, a == b, a.total(4), b.tags, asdict(a))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(p, hash(p) == hash(Point(1, 2)), {p: "ok"}[Point(1, 2)])
@dataclass
class Child(Item):
    owner: str = "nobody"
print(Child("book", 9.0, [], "ann"))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), type(repr(Plain(1))).__name__)
