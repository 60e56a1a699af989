class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
def describe(obj):
    match obj:
        case 0 | 1: return "small"
        case None: return "none"
        case [x, y, *rest] if x < y: return f"seq {x} {y} {rest}"
        case (a, b): return f"pair {a} {b}"
        case {"k": v, **others}: return f"map {v} {others}"
        case Point(x=0, y=yy): return f"on y axis {yy}"
        case Point(px, py): return f"point {px} {py}"
        case str() as s: return "str " + s
        case int(n) if n > 100: return f"big {n}"
        case _: return "other"
for o in [0, 1, None, [1, 2, 3, 4], [5, 2], (7, 8), {"k": 1, "j": 2}, Point(0, 5), Point(3, 4), "hi", 500, 50, 2.5]:
    print(describe(o))
