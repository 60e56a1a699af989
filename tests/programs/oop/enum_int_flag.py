# IntEnum, StrEnum, Flag and IntFlag: integer behaviour, bitwise combinations and iteration.
from enum import IntEnum, Flag, IntFlag, Enum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, Priority.LOW * 3)
print(sorted([Priority.HIGH, 3, Priority.LOW, 7]), max(Priority), int(Priority.MEDIUM))
print(str(Priority.HIGH), repr(Priority.HIGH), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(["ab", "cd", "ef", "gh", "ij", "kl"][Priority.MEDIUM], Priority(10).name, isinstance(Priority.LOW, int))
print(list(range(Priority.LOW, Priority.MEDIUM)), hex(Priority.HIGH))

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(rw.value, (rw ^ Perm.R), Perm(7), Perm(0), bool(Perm(0)))
print([m.name for m in Perm], [m.name for m in rw] if hasattr(rw, "__iter__") else "")
print(~Perm.R, (Perm.R | Perm.W | Perm.X).name)

class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

m = Mode.READ | Mode.EXEC
print(m, int(m), m & 1, m | 8, Mode.WRITE.value, [x.value for x in Mode])
print(Mode(3), Mode.READ == 1, Mode.READ + Mode.WRITE)

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.WED.next(), Weekday.TUE.next().next())

class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

def handle(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "missing"
        case _:
            return "other"
print(handle(200), handle(Http.NOT_FOUND), handle(500))
try:
    Priority(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
print(Priority.__members__.keys() == {"LOW", "MEDIUM", "HIGH"}, type(Priority.LOW).__mro__[1].__name__)
