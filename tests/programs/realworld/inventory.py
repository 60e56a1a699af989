"""Inventory management: items, stock movements, custom exceptions and a reorder report."""


class InventoryError(Exception):
    pass


class UnknownItem(InventoryError, KeyError):
    def __init__(self, sku):
        super().__init__(sku)
        self.sku = sku

    def __str__(self):
        return f"unknown item {self.sku!r}"


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.shortfall = wanted - available


class Item:
    def __init__(self, sku, name, price_cents, quantity=0, reorder_level=5):
        self.sku, self.name = sku, name
        self.price_cents = price_cents
        self._quantity = quantity
        self.reorder_level = reorder_level

    @property
    def quantity(self):
        return self._quantity

    @quantity.setter
    def quantity(self, value):
        if value < 0:
            raise ValueError(f"negative quantity for {self.sku}")
        self._quantity = value

    @property
    def value_cents(self):
        return self._quantity * self.price_cents

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self._quantity})"


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def __getitem__(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def receive(self, sku, n):
        self[sku].quantity += n
        self.log.append(("in", sku, n))

    def ship(self, sku, n):
        item = self[sku]
        if n > item.quantity:
            raise OutOfStock(sku, n, item.quantity)
        item.quantity -= n
        self.log.append(("out", sku, n))

    def total_value(self):
        return sum(i.value_cents for i in self.items.values())

    def reorder(self):
        return [i for i in sorted(self.items.values(), key=lambda i: i.sku) if i.quantity <= i.reorder_level]


def money(cents):
    return f"${cents // 100:,}.{cents % 100:02d}"


inv = Inventory()
for args in [("A100", "bolt", 25, 100, 20), ("A200", "nut", 10, 300, 50), ("B300", "bracket", 499, 8),
             ("C400", "hinge", 1250, 2, 3), ("D500", "motor", 45999, 1, 1)]:
    inv.add(Item(*args))
orders = [("ship", "A100", 30), ("ship", "B300", 10), ("receive", "B300", 12), ("ship", "B300", 10),
          ("ship", "Z999", 1), ("ship", "A200", 260), ("receive", "C400", -5), ("ship", "D500", 1),
          ("add", "A100", 0)]
for action, sku, n in orders:
    try:
        if action == "add":
            inv.add(Item(sku, "dup", 1))
        else:
            getattr(inv, action)(sku, n)
        print(f"ok    {action:<8}{sku} {n:>4}")
    except OutOfStock as exc:
        print(f"short {action:<8}{sku} {n:>4}: {exc} (shortfall {exc.shortfall})")
    except KeyError as exc:
        print(f"key   {action:<8}{sku}: {exc} isinstance InventoryError={isinstance(exc, InventoryError)}")
    except (InventoryError, ValueError) as exc:
        print(f"fail  {action:<8}{sku}: {type(exc).__name__}: {exc}")
print("stock:", sorted((i.sku, i.quantity) for i in inv.items.values()))
print("value:", money(inv.total_value()))
print("reorder:", inv.reorder())
print("movements:", len(inv.log), inv.log[-2:])
print("in/out totals:", {k: sum(n for a, _, n in inv.log if a == k) for k in ("in", "out")})
