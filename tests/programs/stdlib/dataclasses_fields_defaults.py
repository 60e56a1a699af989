# dataclasses: fields with defaults and default_factory, repr/eq, fields(), asdict, astuple, replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, Dict

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

@dataclass
class Order:
    order_id: int
    items: List[Item] = field(default_factory=list)
    meta: Dict[str, str] = field(default_factory=dict, repr=False)
    total: float = field(init=False, default=0.0)

    def add(self, item):
        self.items.append(item)
        self.total = round(sum(i.price * i.qty for i in self.items), 2)
        return self

o = Order(1001)
o.add(Item("pen", 1.25, 4)).add(Item("book", 12.5, tags=["paper"])).add(Item("bag", 30.0, 1, ["gift", "xl"]))
print(o)
print("total:", o.total, "meta hidden in repr:", "meta" not in repr(o))
print("fields:", [(f.name, f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))) for f in fields(Item)])
print("field defaults:", [(f.name, f.default if f.default is not f.default_factory else None) for f in fields(Item)][:3])
print("init flags:", [(f.name, f.init, f.repr) for f in fields(Order)])
print("asdict:", asdict(o))
print("astuple:", astuple(Item("x", 2.0)))
a = Item("pen", 1.25, 4)
b = replace(a, qty=10)
print("replace:", a, b, a == Item("pen", 1.25, 4), a == b)
print("default lists independent:", Item("a", 1).tags is not Item("b", 2).tags)
print("is_dataclass:", is_dataclass(o), is_dataclass(Order), is_dataclass(42))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    Order(1, total=5)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Counter:
    count: int = 0
    step: int = 1
    history: list = field(default_factory=lambda: ["start"])
c = Counter(step=5)
for _ in range(3):
    c.count += c.step
    c.history.append(c.count)
print("counter:", c)
print("class attr default:", Counter.count, "annotations:", list(Counter.__annotations__))
print("unhashable by default:", Counter.__hash__ is None)
