"""Conway's game of life on a torus, with pattern detection and population statistics."""


class Life:
    def __init__(self, width, height, cells=()):
        self.width = width
        self.height = height
        self.alive = set(cells)
        self.generation = 0

    @classmethod
    def parse(cls, text):
        rows = [row for row in text.strip("\n").split("\n")]
        cells = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
        return cls(max(len(r) for r in rows), len(rows), cells)

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.width, (y + dy) % self.height

    def step(self):
        counts = {}
        for x, y in self.alive:
            for cell in self.neighbours(x, y):
                counts[cell] = counts.get(cell, 0) + 1
        self.alive = {cell for cell, n in counts.items() if n == 3 or n == 2 and cell in self.alive}
        self.generation += 1

    def render(self):
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.width)) for y in range(self.height))

    def signature(self):
        if not self.alive:
            return frozenset()
        min_x = min(x for x, _ in self.alive)
        min_y = min(y for _, y in self.alive)
        return frozenset((x - min_x, y - min_y) for x, y in self.alive)


def run(name, text, width, height, generations):
    life = Life.parse(text)
    life.width, life.height = width, height
    history = {}
    populations = []
    for _ in range(generations):
        key = frozenset(life.alive)
        if key in history:
            print(f"{name}: state repeats with period {life.generation - history[key]} at generation {life.generation}")
            break
        history[key] = life.generation
        populations.append(len(life.alive))
        life.step()
    else:
        print(f"{name}: no repetition in {generations} generations")
    print(f"  populations: min {min(populations)} max {max(populations)} mean {sum(populations) / len(populations):.2f}")
    print("  " + life.render().replace("\n", "\n  "))


run("blinker", """
.....
..#..
..#..
..#..
.....
""", 5, 5, 10)
run("glider", """
.#......
..#.....
###.....
........
........
........
""", 8, 6, 60)
run("r-pentomino", """
..........
....##....
...##.....
....#.....
..........
..........
""", 10, 10, 200)
glider = Life.parse(".#.\n..#\n###\n")
glider.width = glider.height = 20
shapes = set()
for _ in range(8):
    shapes.add(glider.signature())
    glider.step()
print("distinct glider shapes:", len(shapes), "after", glider.generation, "generations")
