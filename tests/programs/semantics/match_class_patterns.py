# match: class patterns with __match_args__, keyword patterns, builtins matching self.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius): self.center, self.radius = center, radius

class Plain:
    def __init__(self, **kw): self.__dict__.update(kw)

def where(obj):
    match obj:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz < 0:
            return f"below plane at {x},{y},{zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Circle(Point(cx, cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case Plain(name=n, age=int(a)):
            return f"plain {n} aged {a}"
        case Plain(name=n):
            return f"plain {n}"
        case Point():
            return "some point"
    return "unknown"

objs = [Point3(0, 0, 0), Point3(1, 2, -3), Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1),
        Circle(Point(1, 2), 20), Circle(Point(0, 0), 2), Plain(name="x", age=3), Plain(name="y", age="old"), Plain(age=1), 42]
print("\n".join(where(o) for o in objs))

# builtins like int, str, list, tuple, dict match the subject itself with one positional pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"str of length {len(s)}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": k}):
            return f"dict k={k}"
    return f"other {type(v).__name__}"

print([kind(v) for v in [True, 500, 5, 2.5, "hey", [9, 8], (1, 2), {"k": 0}, None, []]])

class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__, a = ("a",), 1
try:
    match TooMany():
        case TooMany(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)
