# match: value patterns via dotted names (enum members, class constants, module attributes).
import enum
import math

class Color(enum.Enum):
    RED, GREEN, BLUE = 1, 2, 3

class Http:
    OK, NOT_FOUND = 200, 404
    class Redirect:
        MOVED, FOUND = 301, 302

def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case 1:
            return "the number one, not Color.RED"
    return "unknown"

print([color_name(c) for c in [Color.RED, Color.GREEN, Color.BLUE, 1, 2]])
def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "missing"
        case Http.Redirect.MOVED | Http.Redirect.FOUND:
            return "redirect"
        case code if 500 <= code < 600:
            return "server error"
    return "other"

print([status(c) for c in [200, 404, 301, 302, 503, 418]])
def angle(x):
    match x:
        case math.pi:
            return "pi"
        case math.tau:
            return "tau"
        case math.inf:
            return "infinite"
    return "ordinary"

print([angle(v) for v in [math.pi, 2 * math.pi, float("inf"), 1.0]])

class Const: ONE = 1
for v in [1, 1.0, True, "1"]:
    match v:
        case Const.ONE:
            print(repr(v), "equals Const.ONE")
        case _:
            print(repr(v), "does not")

# a value pattern uses the attribute's value at match time
class Mode: CURRENT = "a"
def check(m):
    match m:
        case Mode.CURRENT:
            return True
    return False
print(check("a"), end=" ")
Mode.CURRENT = "b"
print(check("a"), check("b"))

# enums inside class patterns and mappings
class Pixel:
    __match_args__ = ("color", "alpha")
    def __init__(self, color, alpha): self.color, self.alpha = color, alpha
for p in [Pixel(Color.RED, 0), Pixel(Color.BLUE, 255), {"c": Color.GREEN}]:
    match p:
        case Pixel(Color.RED, 0):
            print("transparent red")
        case Pixel(c, a):
            print(c.name, a)
        case {"c": Color.GREEN as g}:
            print("mapping", g, g.value)
