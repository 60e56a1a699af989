# match: literals, captures, sequences with star, mappings with **rest, classes, or/as patterns, guards.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = "red"
    GREEN = "green"

def describe(value):
    match value:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case Color.RED:
            return "the colour red"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last]:
            return f"seq {first}..{last} ({len(middle)} between)"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={sorted(rest)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point x={px}"
        case None:
            return "none"
        case _:
            return f"other {type(value).__name__}"

for v in [0, 1, -5, "hello", "hi", "red", [1, 2], [1, 2, 3, 4], (9,), {"type": "circle", "r": 2, "c": 1},
          {"type": "square"}, Point(0, 0), Point(3, 3), Point(1, 2), None, 3.5, 7]:
    print(repr(v), "->", describe(v))

def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["take", *objects] if objects:
            return f"taking {', '.join(objects)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for t in ["go north", "go west", "take lamp key", "take", "exit", ""]:
    print(repr(t), command(t))
