# enum: auto() with _generate_next_value_, StrEnum-like mixins, methods, and a state machine.
from enum import Enum, auto

class Color(Enum):
    RED, GREEN, BLUE = auto(), auto(), auto()
print("auto values:", [(c.name, c.value) for c in Color])

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
print("custom auto:", [d.value for d in Lower], Lower("south"))

class Mixed(Enum):
    A = 10
    B, C = auto(), auto()
print("auto after explicit:", [m.value for m in Mixed])

class Status(str, Enum):
    ACTIVE = "active"
    BANNED = "banned"
print("str mixin:", Status.ACTIVE == "active", Status.BANNED.upper(), Status("banned").name, isinstance(Status.ACTIVE, str))
print("str mixin value/format:", Status.ACTIVE.value, f"{Status.ACTIVE.value}")

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

    def transitions(self):
        return {
            State.IDLE: {State.RUNNING},
            State.RUNNING: {State.PAUSED, State.DONE},
            State.PAUSED: {State.RUNNING, State.DONE},
            State.DONE: set(),
        }[self]

    def go(self, target):
        if target not in self.transitions():
            raise ValueError(f"cannot go from {self.name} to {target.name}")
        return target

state = State.IDLE
for target in [State.RUNNING, State.PAUSED, State.RUNNING, State.DONE, State.IDLE]:
    try:
        state = state.go(target)
        print("now", state.name)
    except ValueError as e:
        print("error:", e)
print("terminal:", [s.name for s in State if not s.transitions()])

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b if self is Op.SUB else a * b
print("ops:", [(op.value, op.apply(6, 3)) for op in Op])
print("lookup by symbol:", Op("*").apply(7, 6))

class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    def __str__(self):
        return f"{self.name.title()}({self.value}c)"
amount, change = 68, []
for coin in sorted(Coin, key=lambda c: c.value, reverse=True):
    n, amount = divmod(amount, coin.value)
    change += [str(coin)] * n
print("change for 68:", change)
print("name/value of members dict:", {k: v.value for k, v in Coin.__members__.items()})
print("enum class name:", Coin.__name__, Coin.DIME.__class__.__name__, len(Coin))
