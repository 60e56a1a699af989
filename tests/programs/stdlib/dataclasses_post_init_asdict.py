# dataclasses: __post_init__, InitVar, ClassVar, kw_only, slots, asdict of nested structures, make_dataclass.
from dataclasses import dataclass, field, InitVar, asdict, astuple, make_dataclass, fields, KW_ONLY
from typing import ClassVar, List, Optional
@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)
    def __post_init__(self):
        self.fahrenheit = round(self.celsius * 9 / 5 + 32, 2)
for c in (-40, 0, 36.6, 100):
    print(Temperature(c))
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    opening_bonus: InitVar[float] = 0.0
    count: ClassVar[int] = 0
    def __post_init__(self, opening_bonus):
        self.balance += opening_bonus
        Account.count += 1
a = Account("ann", 100, opening_bonus=25)
b = Account("bob")
print(a, b, "count:", Account.count)
print("fields exclude InitVar/ClassVar:", [f.name for f in fields(Account)])
@dataclass
class Validated:
    name: str
    age: int
    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")
        self.name = self.name.strip().title()
print(Validated("  ada lovelace ", 36))
try:
    Validated("x", -1)
except ValueError as e:
    print("ValueError:", e)
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9))
@dataclass(slots=True)
class Slim:
    x: int
    y: int = 0
s = Slim(1)
print(s, "has __slots__:", Slim.__slots__, "no __dict__:", not hasattr(s, "__dict__"))
try:
    s.z = 5
except AttributeError:
    print("AttributeError on new attribute")
@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent_name: Optional[str] = None
tree = Node(1, [Node(2, [Node(4)]), Node(3, parent_name="root")])
print("asdict nested:", asdict(tree))
print("astuple nested:", astuple(tree))
print("asdict dict_factory:", asdict(Node(7), dict_factory=lambda kv: sorted(kv)))
Pair = make_dataclass("Pair", [("left", int), ("right", int, field(default=0))], namespace={"total": lambda self: self.left + self.right})
pr = Pair(5)
print(pr, pr.total(), [f.name for f in fields(Pair)], Pair(1, 2) == Pair(1, 2))
