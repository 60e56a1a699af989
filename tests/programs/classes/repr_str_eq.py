# __repr__, __str__, __eq__, __hash__ and how print/str/repr/containers use them.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

p = Point(1, 2)
q = Point(1, 2)
r = Point(2, 1)
print(p, repr(p), str(p), [p, r], (p,), {"k": p}, f"{p} {p!r}")
print(p == q, p != q, p == r, p is q, p == (1, 2), p != "x")
print(len({p, q, r}), p in [r, q], {p: "first"}[q])
class Plain:
    pass
x = Plain()
print(repr(x).startswith("<__main__.Plain object at "), str(x) == repr(x), x == x, x == Plain())
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr"))
