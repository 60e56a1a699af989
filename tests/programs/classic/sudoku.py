"""Sudoku: parse puzzles, propagate constraints (naked and hidden singles), and backtrack on the
cell with the fewest candidates. Reports solutions, search statistics and contradictions."""

DIGITS = "123456789"


class Contradiction(Exception):
    pass


def build_units():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
             for br in (0, 3, 6) for bc in (0, 3, 6)]
    units = rows + cols + boxes
    cell_units = [[u for u in units if i in u] for i in range(81)]
    peers = [sorted(set(x for u in cell_units[i] for x in u) - {i}) for i in range(81)]
    return units, cell_units, peers


UNITS, CELL_UNITS, PEERS = build_units()


class Grid:
    def __init__(self, cands=None):
        self.cands = list(cands) if cands else [DIGITS] * 81

    @classmethod
    def parse(cls, text):
        chars = [ch for ch in text if ch in DIGITS or ch in "0."]
        if len(chars) != 81:
            raise ValueError(f"expected 81 cells, got {len(chars)}")
        grid = cls()
        for i, ch in enumerate(chars):
            if ch in DIGITS:
                grid.assign(i, ch)
        return grid

    def copy(self):
        return Grid(self.cands)

    def assign(self, i, d):
        for other in self.cands[i].replace(d, ""):
            self.eliminate(i, other)

    def eliminate(self, i, d):
        if d not in self.cands[i]:
            return
        self.cands[i] = self.cands[i].replace(d, "")
        left = self.cands[i]
        if not left:
            raise Contradiction(f"cell {divmod(i, 9)} has no candidates")
        if len(left) == 1:
            for p in PEERS[i]:
                self.eliminate(p, left)
        for unit in CELL_UNITS[i]:
            places = [j for j in unit if d in self.cands[j]]
            if not places:
                raise Contradiction(f"digit {d} has no place in a unit of {divmod(i, 9)}")
            if len(places) == 1 and len(self.cands[places[0]]) > 1:
                self.assign(places[0], d)

    def solved(self):
        return all(len(c) == 1 for c in self.cands)

    def __str__(self):
        lines = []
        for r in range(9):
            row = ""
            for c in range(9):
                v = self.cands[r * 9 + c]
                row += (v if len(v) == 1 else ".") + (" | " if c in (2, 5) else " ")
            lines.append(row.rstrip())
            if r in (2, 5):
                lines.append("------+-------+------")
        return "\n".join(lines)


class Solver:
    def __init__(self):
        self.guesses = 0
        self.dead_ends = 0

    def solve(self, grid):
        if grid.solved():
            return grid
        i = min((i for i in range(81) if len(grid.cands[i]) > 1), key=lambda k: (len(grid.cands[k]), k))
        for d in grid.cands[i]:
            self.guesses += 1
            attempt = grid.copy()
            try:
                attempt.assign(i, d)
                result = self.solve(attempt)
            except Contradiction:
                self.dead_ends += 1
                continue
            if result is not None:
                return result
        return None


def valid(grid):
    return all(sorted(grid.cands[i] for i in unit) == list(DIGITS) for unit in UNITS)


PUZZLES = {
    "easy": """
        003020600 900305001 001806400
        008102900 700000008 006708200
        002609500 800203009 005010300""",
    "medium": """
        4.....8.5 .3....... ...7.....
        .2.....6. ....8.4.. ....1....
        ...6.3.7. 5..2..... 1.4......""",
    "hard": """
        .....6..1 ..5..3..8 .3..2.9..
        ..4...... 7........ ...8..3.2
        ...4....6 .5....... 9.2..7...""",
}

for name, text in PUZZLES.items():
    grid = Grid.parse(text)
    givens = sum(1 for ch in text if ch in DIGITS)
    open_cells = sum(1 for c in grid.cands if len(c) > 1)
    print(f"== {name}: {givens} givens, {open_cells} open after propagation ==")
    solver = Solver()
    result = solver.solve(grid)
    if result is None:
        print("no solution")
        continue
    print(result)
    print(f"valid={valid(result)} guesses={solver.guesses} dead_ends={solver.dead_ends}")
    print("first row:", "".join(result.cands[:9]), "diagonal:", "".join(result.cands[i * 10] for i in range(9)))

try:
    Grid.parse("11" + "." * 79)
except Contradiction as exc:
    print("contradiction:", exc)
try:
    Grid.parse("123")
except ValueError as exc:
    print("error:", exc)
empty = Grid()
print("empty grid solved by search:", "".join(Solver().solve(empty).cands[:9]))
print("peers of (4,4):", len(PEERS[40]), PEERS[40][:8])
