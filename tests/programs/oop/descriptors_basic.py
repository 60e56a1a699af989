# Descriptors with __get__/__set__/__delete__/__set_name__: typed, validated and logged fields.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner_name}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"  reset {self.name}")
        delattr(obj, self.storage)

class Bounded(Typed):
    def __init__(self, lo, hi):
        super().__init__(int, lo)
        self.lo, self.hi = lo, hi
    def __set__(self, obj, value):
        if isinstance(value, int) and not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} outside [{self.lo}, {self.hi}]")
        super().__set__(obj, value)

class Item:
    name = Typed(str, "unnamed")
    qty = Bounded(0, 100)
    price = Typed(float, 0.0)
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price

it = Item("pen", 3, 1.5)
print(it.name, it.qty, it.price, it.total(), sorted(vars(it)))
for field, val in (("qty", 500), ("qty", "many"), ("price", 2), ("name", None)):
    try:
        setattr(it, field, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(it.qty, it.price)
del it.qty
print(it.qty, sorted(vars(it)))
d = Item.__dict__["qty"]
print(type(Item.qty).__name__, Item.name.name, Item.price.storage, d.lo, d.hi, d.owner_name)

class Log:
    def __init__(self):
        self.events = []
    def __set_name__(self, owner, name):
        self.events.append(f"set_name {owner.__name__}.{name}")
        self.name = name
    def __get__(self, obj, objtype):
        self.events.append(f"get via {objtype.__name__} obj={obj is not None}")
        return 7

log = Log()
class Host:
    a = log
    b = log
class SubHost(Host):
    pass
print(Host().a, Host.b, SubHost().a, log.name)
print(log.events)
late = Log()
Host.c = late
print(late.events, Host().c)
print(Item.__dict__["name"].__get__(it, Item), Item.__dict__["name"].__get__(None, Item) is Item.__dict__["name"])
