# match: sequence patterns with fixed length, star captures, nesting; which types count as sequences.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [*init, 0]:
            return f"ends with 0, init {init}"
        case [first, *_, last]:
            return f"first {first} last {last}"

for s in [[], [1], (1, 2), [0, 5, 6], [7, 8, 0], [1, 2, 3, 4], range(3), (9, 8, 7)]:
    print(repr(s), "->", shape(s))

# str, bytes and bytearray are never matched by sequence patterns
for value in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], iter([1, 2]), {1: 2}]:
    match value:
        case [a, b]:
            print(type(value).__name__, "sequence", a, b)
        case _:
            print(type(value).__name__, "not a sequence")

def commands(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *directions] if directions:
            return f"going {' then '.join(directions)}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items, "now"]:
            return f"dropping {items} immediately"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing"

for c in ["go north", "go north east up", "pick up lamp", "take key", "drop a b now", "exit", "dance wildly", ""]:
    print(f"{c!r:<22}", commands(c))

# nested sequences and star in the middle
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [(x, y), *more] if len(more) > 1:
            return f"point ({x},{y}) plus {len(more)} more"
        case [[*row], *_]:
            return f"first row length {len(row)}"
    return "no match"

print(nested([[1, 2], [3, 4]]), nested([(1, 2), (3, 4), (5, 6)]), nested([[1, 2, 3]]), nested("xx"))

match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]):
        print("deep", a + b + c + d)
match [1, 2, 3]:
    case [*everything]:
        print(everything, type(everything).__name__)
