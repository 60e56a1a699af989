# enum.IntEnum and enum.Flag/IntFlag: integer behaviour, bitwise combination, membership.
from enum import IntEnum, Flag, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH, repr(Priority.HIGH), int(Priority.MEDIUM), Priority.LOW + 1, Priority.HIGH * 2)
print("compare with int:", Priority.MEDIUM == 5, Priority.LOW < Priority.HIGH, Priority.HIGH > 7)
print("sorted mixed:", sorted([7, Priority.HIGH, 0, Priority.LOW]))
print("lookup:", Priority(5), Priority["LOW"], isinstance(Priority.LOW, int))
print("as index:", ["zero", "one", "two"][Priority.LOW], "format:", f"{Priority.MEDIUM:03d}", str(Priority.LOW))
tasks = [("deploy", Priority.HIGH), ("docs", Priority.LOW), ("review", Priority.MEDIUM)]
print("by priority:", [t for t, p in sorted(tasks, key=lambda x: x[1], reverse=True)])

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE

print("values:", [(p.name, p.value) for p in Perm])
rw = Perm.READ | Perm.WRITE
print("combined:", rw, rw.value, rw == Perm.RW, "contains:", Perm.READ in rw, Perm.EXECUTE in rw)
print("and/xor/invert:", rw & Perm.WRITE, rw ^ Perm.READ, ~Perm.READ)
print("bool:", bool(Perm.READ & Perm.EXECUTE), bool(rw & Perm.READ))
empty = Perm(0)
print("empty:", empty, bool(empty), empty.value)
all_perms = Perm.READ | Perm.WRITE | Perm.EXECUTE
print("all:", all_perms.value, [p.name for p in Perm if p in all_perms])

def describe(perm):
    return "".join(ch if flag in perm else "-" for ch, flag in zip("rwx", (Perm.READ, Perm.WRITE, Perm.EXECUTE)))
for p in [Perm.READ, rw, all_perms, empty, Perm.EXECUTE | Perm.READ]:
    print(f"{p.value}: {describe(p)}")

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print("IntFlag:", m, int(m), m == 5, m | 2, Mode(7), Mode.R + 1)
print("octal perms:", oct(Mode.R | Mode.W), [int(Mode(x)) for x in range(8) if Mode.W in Mode(x)])
try:
    Priority(3)
except ValueError as e:
    print("ValueError:", e)

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()
print("auto ints:", [(d.name, d.value) for d in Weekday], Weekday.TUE + Weekday.WED)
print("max/min:", max(Priority), min(Priority), sum(Priority))
