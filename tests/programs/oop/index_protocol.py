# __index__: objects usable as integers in slicing, range, bin/hex/oct, indexing and sequence repetition.
import operator

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return f"Idx({self.v})"

two, five, neg = Idx(2), Idx(5), Idx(-1)
data = list(range(10))
print(data[two], data[neg], data[two:five], data[::two], data[five:two:neg])
print("abcdefgh"[two:five], (1, 2, 3, 4)[Idx(1)], b"bytes"[two])
print(list(range(five)), list(range(two, Idx(12), Idx(3))), range(10)[two])
print(bin(five), hex(Idx(255)), oct(Idx(8)), operator.index(five))
print([0] * two, "ab" * Idx(3), two * "xy", int(five), float(Idx(3)) if hasattr(Idx, "__float__") else "no float")
print(format(Idx(10) .__index__(), "b"), chr(Idx(65)), round(3.14159, Idx(2)))
data[two] = "two"
del data[five]
print(data)
print(slice(two, five).indices(10), slice(1, 5).indices(Idx(3)))
print(len(range(Idx(7))), [1, 2, 3, 4][Idx(1):], (7).to_bytes(Idx(2), "big"))
print(int("11", Idx(2)), divmod(10, 3), isinstance(True.__index__(), int))

class NotIdx:
    pass
for action in (lambda: data[NotIdx()], lambda: range(NotIdx()), lambda: bin(NotIdx()),
               lambda: "ab" * NotIdx(), lambda: operator.index(2.5), lambda: data[1.5]):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)

class BadIdx:
    def __index__(self):
        return "nope"
try:
    range(BadIdx())
except TypeError as e:
    print(type(e).__name__, e)

class IntSub(int):
    pass
print(data[IntSub(1)], operator.index(IntSub(4)), type(operator.index(IntSub(4))).__name__)
print(list(range(IntSub(3))), bin(True), [10, 20][True])
