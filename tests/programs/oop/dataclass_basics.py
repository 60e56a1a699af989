# dataclasses: defaults, default_factory, generated __init__/__repr__/__eq__, __post_init__, helpers.
from dataclasses import MISSING, dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    secret: str = field(default="x", compare=False)

a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="y")
c = Item("ink", tags=["blue"], qty=3)
print(a)
print(c, c.qty)
print(a == b, a == c, a is b, a.tags is b.tags)
a.tags.append("new")
print(a.tags, b.tags)
print([f.name for f in fields(Item)], [f.default for f in fields(Item) if f.default is not MISSING], fields(Item)[0].default is MISSING)
print(asdict(c), astuple(a))
print(replace(c, name="ink2", qty=9), is_dataclass(c), is_dataclass(Item), is_dataclass(5))
print(Item.__init__.__qualname__ if hasattr(Item.__init__, "__qualname__") else "", Item.__eq__(a, 5))

@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3, 10), [f.name for f in fields(Rect)])

@dataclass
class Base:
    x: int
    y: int = 0

@dataclass
class Child(Base):
    z: int = 5
    x: int = 100

print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("a", 1, [], 2, "s", "extra")
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(repr=False, eq=False)
class Bare:
    v: int
print(Bare(1) == Bare(1), hasattr(Bare, "__hash__"), "object at" in repr(Bare(1)))
print(Item.__dataclass_fields__["tags"].default_factory is list, sorted(Item.__annotations__))
