"""A vending machine as an explicit state machine: states and events as enums, a transition
table, coin handling with change-making from a limited coin stock, and an audit log."""
from enum import Enum, auto


class S(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_SERVICE = auto()


class E(Enum):
    COIN = auto()
    SELECT = auto()
    CANCEL = auto()
    TAKE = auto()
    SERVICE = auto()


class VendError(Exception):
    pass


class Machine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, products, coins):
        self.products = dict(products)
        self.coins = dict(coins)
        self.state = S.IDLE
        self.credit = 0
        self.tray = None
        self.log = []
        self.table = {
            (S.IDLE, E.COIN): self.insert, (S.HAS_MONEY, E.COIN): self.insert,
            (S.HAS_MONEY, E.SELECT): self.select, (S.HAS_MONEY, E.CANCEL): self.cancel,
            (S.DISPENSING, E.TAKE): self.take, (S.IDLE, E.SERVICE): self.service,
            (S.OUT_OF_SERVICE, E.SERVICE): self.service,
        }

    def handle(self, event, arg=None):
        action = self.table.get((self.state, event))
        before = self.state
        if action is None:
            result = f"ignored {event.name} in {self.state.name}"
        else:
            try:
                result = action(arg)
            except VendError as exc:
                result = f"error: {exc}"
        self.log.append((before.name, event.name, self.state.name))
        return result

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendError(f"rejected coin {coin}")
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.credit += coin
        self.state = S.HAS_MONEY
        return f"credit {self.credit}"

    def make_change(self, amount):
        plan, left = {}, amount
        for coin in self.COINS:
            use = min(left // coin, self.coins.get(coin, 0))
            if use:
                plan[coin] = use
                left -= use * coin
        if left:
            raise VendError(f"cannot make change for {amount}")
        for coin, n in plan.items():
            self.coins[coin] -= n
        return plan

    def select(self, code):
        if code not in self.products:
            raise VendError(f"no product {code}")
        name, price, stock = self.products[code]
        if stock == 0:
            raise VendError(f"{name} sold out")
        if self.credit < price:
            raise VendError(f"{name} costs {price}, credit {self.credit}")
        change = self.make_change(self.credit - price)
        self.products[code] = (name, price, stock - 1)
        self.credit, self.tray, self.state = 0, name, S.DISPENSING
        return f"dispensing {name}, change {change}"

    def cancel(self, _):
        refund = self.make_change(self.credit)
        self.credit, self.state = 0, S.IDLE
        return f"refund {refund}"

    def take(self, _):
        item, self.tray = self.tray, None
        self.state = S.IDLE if any(s for _, _, s in self.products.values()) else S.OUT_OF_SERVICE
        return f"took {item}"

    def service(self, restock):
        for code, n in (restock or {}).items():
            name, price, stock = self.products[code]
            self.products[code] = (name, price, stock + n)
        self.state = S.IDLE
        return "serviced"


m = Machine({"A1": ("cola", 120, 2), "A2": ("chips", 95, 1), "B1": ("gum", 35, 0)}, {5: 2, 10: 3, 20: 1, 50: 1})
script = [(E.SELECT, "A1"), (E.COIN, 100), (E.SELECT, "A1"), (E.COIN, 3), (E.COIN, 50), (E.SELECT, "A1"),
          (E.COIN, 5), (E.TAKE, None), (E.COIN, 200), (E.CANCEL, None), (E.COIN, 100), (E.SELECT, "B1"),
          (E.SELECT, "Z9"), (E.SELECT, "A2"), (E.TAKE, None), (E.COIN, 200), (E.SELECT, "A1"), (E.COIN, 20),
          (E.SELECT, "A1"), (E.TAKE, None), (E.COIN, 50), (E.SERVICE, {"B1": 3}), (E.COIN, 20), (E.COIN, 20),
          (E.SELECT, "B1"), (E.TAKE, None)]
for event, arg in script:
    shown = "" if arg is None else arg
    print(f"{event.name:<8}{str(shown):<12}{m.handle(event, arg):<48}-> {m.state.name}")
print("stock:", m.products)
print("coins:", dict(sorted(m.coins.items())), "value", sum(c * n for c, n in m.coins.items()))
print("transitions:", sorted({(a, c) for a, _, c in m.log if a != c}))
print(list(S), S["IDLE"], S(2), E.COIN in E, E.TAKE.value, len(m.log))
