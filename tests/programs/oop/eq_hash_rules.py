# __eq__ and __hash__: defining __eq__ alone makes a class unhashable; explicit hashes; inheritance rules.
class Plain:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v

class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)

class NoHash:
    __hash__ = None

class KeepsHash(EqHash):
    def __eq__(self, o):
        return True

class InheritsHash(EqHash):
    pass

print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, NoHash.__hash__)
print(KeepsHash.__hash__, InheritsHash.__hash__ is EqHash.__hash__)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
for cls in (EqOnly, NoHash, KeepsHash):
    try:
        hash(cls(1) if cls is not NoHash else cls())
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
try:
    {EqOnly(1): "x"}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([EqOnly(2)])
except TypeError as e:
    print(type(e).__name__, e)
s = {EqHash(1), EqHash(1), EqHash(2), InheritsHash(2)}
print(len(s), sorted(x.v for x in s))
d = {EqHash("a"): 1}
d[EqHash("a")] = 2
print(len(d), d[EqHash("a")], EqHash("a") in d, EqHash("b") in d)
print(hash(EqHash(7)) == hash(7), hash(InheritsHash(7)) == hash(7))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x}{self.y}"

pts = [Point(1, 2), Point(2, 1), Point(1, 2), Point(0, 0)]
print(sorted(set(pts), key=lambda p: (p.x, p.y)))
print(pts.count(Point(1, 2)), pts.index(Point(0, 0)), Point(0, 0) in pts)
print(Point(1, 1) == (1, 1), Point(1, 1) != (1, 1))
from collections import Counter
print(sorted(Counter(pts).values()))
print(isinstance(EqOnly(1), __import__("collections.abc").abc.Hashable), isinstance(EqHash(1), __import__("collections.abc").abc.Hashable))
