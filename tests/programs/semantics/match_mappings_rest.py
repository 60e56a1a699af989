# match: mapping patterns, extra keys, **rest, nested mappings, non-dict mappings.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize {w}x{h}"
        case {"type": t, **rest}:
            return f"unhandled {t} rest={dict(sorted(rest.items()))}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "resize", "size": {"w": 80, "h": 24, "dpi": 96}},
    {"type": "scroll", "dy": -3, "dx": 0},
    {"other": 1},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# **rest gets a fresh dict without the matched keys
original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print(rest, original)

# keys can be literals of other types and dotted constants
class Keys:
    ID = "id"
match {1: "one", None: "none", "id": 7, -2.5: "float", b"k": "bytes"}:
    case {1: one, None: n, Keys.ID: ident, -2.5: f, b"k": t}:
        print(one, n, ident, f, t)

# values are looked up with get(): a defaultdict does not create missing keys
from collections import defaultdict, OrderedDict
dd = defaultdict(int, {"x": 1})
match dd:
    case {"x": 1, "y": _}:
        print("has y")
    case {"x": x}:
        print("only x", x, sorted(dd))

match OrderedDict(q=1, r=2):
    case {"r": r, **others}:
        print("ordered", r, others, type(others).__name__)

# a mapping pattern with **rest against an empty mapping
match {}:
    case {**rest}:
        print("rest of empty", rest)

def config(c):
    match c:
        case {"debug": True, "level": int(level)} if level > 2:
            return "verbose debug"
        case {"debug": True}:
            return "debug"
        case {"debug": False | None}:
            return "quiet"
    return "default"
print([config(c) for c in [{"debug": True, "level": 5}, {"debug": True, "level": 1}, {"debug": None}, {"debug": 1}, {}]])
