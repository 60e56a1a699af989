"""A Game of Life variant driven by generators: rules given as B/S strings (Life, HighLife,
Seeds, Day & Night) on a torus, a generation stream, cycle detection and population charts."""
from itertools import islice, count, takewhile


def parse_rule(rule):
    born, survive = rule.upper().split("/")
    return frozenset(int(c) for c in born[1:]), frozenset(int(c) for c in survive[1:])


def neighbours(cell, width, height):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield (r + dr) % height, (c + dc) % width


def step(alive, rule, width, height):
    born, survive = rule
    counts = {}
    for cell in alive:
        for n in neighbours(cell, width, height):
            counts[n] = counts.get(n, 0) + 1
    return frozenset(cell for cell, k in counts.items()
                     if (k in survive if cell in alive else k in born))


def generations(alive, rule, width, height):
    alive = frozenset(alive)
    while True:
        yield alive
        alive = step(alive, rule, width, height)


def first_repeat(stream, limit=300):
    seen = {}
    for gen, state in zip(range(limit), stream):
        if state in seen:
            return seen[state], gen - seen[state]
        seen[state] = gen
    return None


def render(alive, width, height):
    return ["".join("#" if (r, c) in alive else "." for c in range(width)) for r in range(height)]


def parse(picture, top=0, left=0):
    return {(top + r, left + c) for r, line in enumerate(picture.split("|")) for c, ch in enumerate(line) if ch == "o"}


PATTERNS = {
    "glider": ("B3/S23", parse(".o.|..o|ooo", 1, 1)),
    "blinker": ("B3/S23", parse("ooo", 4, 3)),
    "r-pentomino": ("B3/S23", parse(".oo|oo.|.o.", 4, 4)),
    "replicator": ("B36/S23", parse(".ooo|o..o|o...|o...", 3, 3)),
    "seeds": ("B2/S", parse("oo", 5, 5)),
    "daynight": ("B3678/S34678", parse("ooo|o.o|ooo|.o.", 3, 4)),
}
W, H = 12, 10
for name, (rule_text, cells) in PATTERNS.items():
    rule = parse_rule(rule_text)
    stream = generations(cells, rule, W, H)
    pops = [len(g) for g in islice(generations(cells, rule, W, H), 30)]
    rep = first_repeat(generations(cells, rule, W, H))
    print(f"{name} ({rule_text}): populations {pops[:12]}... max {max(pops)}")
    print("   first repeat (start, period):", rep)
    after = next(islice(stream, 8, None))
    for line in render(after, W, H):
        print("   " + line)

glider = generations(PATTERNS["glider"][1], parse_rule("B3/S23"), 8, 8)
positions = [min(g) for g in islice(glider, 0, 33, 4)]
print("glider top-left every 4 gens:", positions)
grow = generations(PATTERNS["r-pentomino"][1], parse_rule("B3/S23"), 40, 40)
first_big = next(i for i, g in zip(count(), grow) if len(g) > 60)
print("r-pentomino exceeds 60 cells at generation", first_big)
small = list(takewhile(lambda g: len(g) <= 6, islice(generations(parse("ooo", 0, 0), parse_rule("B3/S23"), 5, 5), 50)))
boom = list(takewhile(lambda g: len(g) < 30, islice(generations(parse("oo", 2, 2), parse_rule("B2/S"), 12, 12), 100)))
print("blinker stays small for", len(small), "of 50 gens; seeds pair stays under 30 cells for", len(boom), "of 100 gens")
print(sorted(parse_rule("B36/S23")[0]), sorted(parse_rule("b2/s")[1]))
