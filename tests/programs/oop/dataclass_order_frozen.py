# dataclasses with order=True, frozen=True (FrozenInstanceError), hashing rules and unsafe_hash.
import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, 0, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9, 9), Version(1, 2) == Version(1, 2, label="x"))
print(max(vs), min(vs).label)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__hash__)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def moved(self, dx):
        return dataclasses.replace(self, x=self.x + dx)

p = Point(1, 2)
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(p, p.moved(5), issubclass(FrozenInstanceError, AttributeError))
print(hash(p) == hash(Point(1, 2)), len({p, Point(1, 2), Point(2, 1)}))
print({Point(0): "origin"}[Point(0, 0)])

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
    def __post_init__(self):
        if not 1 <= self.rank <= 13:
            raise ValueError(f"bad rank {self.rank}")
        object.__setattr__(self, "suit", self.suit.upper())

hand = [Card(12, "h"), Card(3, "s"), Card(12, "c"), Card(1, "d")]
print(sorted(hand))
print(sorted(set(hand))[0], Card(3, "s") in set(hand))
try:
    Card(14, "x")
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Mutable:
    v: int
try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(Hashy(3)) == hash(Hashy(3, [1])), Hashy(3) == Hashy(3, [1]))

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), len({Ident(1), Ident(1)}))
try:
    @dataclass(order=True, eq=False)
    class Broken:
        v: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(frozen=True)
    class Sub(Mutable):
        w: int = 0
except TypeError as e:
    print(type(e).__name__, e)
