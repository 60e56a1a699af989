# match: or-patterns, as-patterns, guards and the order of evaluation.
def classify(v):
    match v:
        case (0 | 1) as bit:
            return f"bit {bit}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"pair {a}{b}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case (str() as s) | (bytes() as s):
            return f"text-ish {s!r}"
        case [x, y] | (x, y, _) if x == y:
            return f"double {x}"
        case {"k": (int() | str()) as k}:
            return f"key {k!r}"
        case _:
            return "other"

for v in [0, 1, [1, 3], [2, 4], [2, 5], -3, -0.5, "s", b"b", [7, 7], (8, 8, 0), [7, 8], {"k": 1}, {"k": "v"}, {"k": 1.0}, 5]:
    print(repr(v), "->", classify(v))

# guards are evaluated only when the pattern matched, in order, and may have side effects
log = []
def guard(name, result):
    log.append(name)
    return result

match [1, 2]:
    case [a] if guard("g1", True):
        pass
    case [a, b] if guard("g2", False):
        pass
    case [a, b] if guard("g3", True):
        log.append(f"matched a={a} b={b}")
    case _ if guard("g4", True):
        pass
print(log)

# names bound by a failed case may leak into later code (implementation detail we avoid);
# as-patterns bind the whole subject
match (3, 4):
    case (x, y) as whole:
        print(whole, x, y)

def temperature(t):
    match t:
        case int(c) | float(c) if c < 0:
            return "freezing"
        case int(c) | float(c) if 0 <= c < 20:
            return "cold"
        case int() | float() as c if c < 30:
            return "warm"
        case int() | float():
            return "hot"
        case str() as text if text.endswith("C"):
            return temperature(float(text[:-1]))
    return "invalid"
print([temperature(t) for t in [-5, 0, 19.9, 25, 35, "12C", "hot"]])

# nested or-patterns inside class patterns
class Token:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
def tok(t):
    match t:
        case Token("op", "+" | "-" as op):
            return f"additive {op}"
        case Token("op", ("*" | "/") as op):
            return f"multiplicative {op}"
        case Token("num" | "int", text):
            return f"number {int(text)}"
        case Token(kind, _):
            return f"other {kind}"
print([tok(Token(k, s)) for k, s in [("op", "+"), ("op", "/"), ("num", "12"), ("int", "7"), ("op", "^"), ("ws", " ")]])
