# __getitem__/__setitem__/__delitem__ receiving ints and slice objects; slice.indices; fallback iteration.
class Seq:
    def __init__(self, data):
        self.data = list(data)
        self.log = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        self.log.append(("get", self.describe(key)))
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", self.describe(key)))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", self.describe(key)))
        del self.data[key]
    @staticmethod
    def describe(key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        return repr(key)
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq(range(10))
print(s[3], s[-1], s[2:5], s[::3], s[::-2], s[:], s[7:])
print(s.log)
s.log.clear()
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
s[::4] = [None, None, None]
print(s, len(s))
del s[0]
del s[::2]
del s[-1:]
print(s, s.log)
print(slice(1, 10, 2).indices(6), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
sl = slice(2, 8)
print(sl.start, sl.stop, sl.step, sl == slice(2, 8), list(range(20))[sl])

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

sq = Squares()
print(list(sq), 9 in sq, 10 in sq, [x for x in sq if x % 2])
a, b, *rest = sq
print(a, b, rest)
try:
    s["key"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v

g = Grid()
g[0, 1] = "#"
g[2, 2] = "@"
print("\n".join("".join(g[r, c] for c in range(3)) for r in range(3)))
print(sorted(g.cells))
