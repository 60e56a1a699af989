"""Hexiom: place numbered tiles on a hexagonal board so that every tile shows how many of its
neighbours are occupied. Puzzles are generated from an LCG and solved by backtracking."""
from collections import Counter

DIRECTIONS = [(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def __call__(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 4) % n


class HexBoard:
    def __init__(self, radius):
        self.radius = radius
        n = radius - 1
        self.cells = [(q, r) for r in range(-n, n + 1) for q in range(-n, n + 1) if abs(q + r) <= n]
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.adj = []
        for q, r in self.cells:
            near = [self.index[(q + dq, r + dr)] for dq, dr in DIRECTIONS if (q + dq, r + dr) in self.index]
            self.adj.append(near)

    def render(self, values):
        n = self.radius - 1
        lines = []
        for r in range(-n, n + 1):
            row = [values[self.index[(q, r)]] for q in range(-n, n + 1) if (q, r) in self.index]
            lines.append(" " * abs(r) + " ".join("." if v is None else str(v) for v in row))
        return "\n".join(lines)


class Unsolvable(Exception):
    pass


class Solver:
    def __init__(self, board, tiles, fixed=None, limit=50):
        self.board = board
        self.tiles = Counter(tiles)
        self.empties = len(board.cells) - len(tiles)
        if self.empties < 0:
            raise Unsolvable("more tiles than cells")
        self.state = [None] * len(board.cells)  # None = undecided, -1 = empty, else value
        self.fixed = dict(fixed or {})
        self.limit = limit
        self.solutions = []
        self.nodes = 0

    def consistent(self, cell):
        adj = self.board.adj
        for c in [cell] + adj[cell]:
            v = self.state[c]
            if v is None or v < 0:
                continue
            occupied = sum(1 for x in adj[c] if self.state[x] is not None and self.state[x] >= 0)
            unknown = sum(1 for x in adj[c] if self.state[x] is None)
            if not occupied <= v <= occupied + unknown:
                return False
        return True

    def choices(self, cell):
        if cell in self.fixed:
            want = self.fixed[cell]
            if want == -1:
                if self.empties:
                    yield -1
            elif self.tiles[want]:
                yield want
            return
        if self.empties:
            yield -1
        for value in sorted(self.tiles):
            if self.tiles[value]:
                yield value

    def search(self, cell=0):
        if len(self.solutions) >= self.limit:
            return
        if cell == len(self.state):
            self.solutions.append(tuple(self.state))
            return
        for value in self.choices(cell):
            self.nodes += 1
            self.state[cell] = value
            if value < 0:
                self.empties -= 1
            else:
                self.tiles[value] -= 1
            if self.consistent(cell):
                self.search(cell + 1)
            if value < 0:
                self.empties += 1
            else:
                self.tiles[value] += 1
            self.state[cell] = None

    def solve(self):
        self.search()
        if not self.solutions:
            raise Unsolvable(f"no solution after {self.nodes} nodes")
        return self.solutions


def make_puzzle(board, seed, density):
    rng = LCG(seed)
    occupied = [rng(100) < density for _ in board.cells]
    values = []
    for i, occ in enumerate(occupied):
        values.append(sum(occupied[j] for j in board.adj[i]) if occ else None)
    return values


def show(values):
    return [None if v is None or v < 0 else v for v in values]


for radius, seed, density, hints in ((2, 7, 60, 0), (3, 11, 55, 2), (3, 99, 70, 3), (3, 2024, 45, 1)):
    board = HexBoard(radius)
    target = make_puzzle(board, seed, density)
    tiles = [v for v in target if v is not None]
    fixed = {}
    for i, v in enumerate(target):
        if len(fixed) >= hints:
            break
        if v is not None and v >= 3:
            fixed[i] = v
    print(f"radius {radius} seed {seed}: {len(board.cells)} cells, tiles {sorted(tiles)}, hints {fixed}")
    print(board.render(target))
    solver = Solver(board, tiles, fixed)
    try:
        sols = solver.solve()
    except Unsolvable as exc:
        print("unsolvable:", exc)
        continue
    found = any(show(s) == target for s in sols)
    print(f"solutions: {len(sols)} nodes: {solver.nodes} target among them: {found}")
    print(board.render(show(sols[0])))
    print()

board = HexBoard(2)
for tiles in ([6, 1, 1, 1, 1, 1, 1], [3, 3, 3], [0, 0], [1, 2]):
    try:
        sols = Solver(board, tiles).solve()
        print(tiles, "->", len(sols), "solutions; first:", show(sols[0]))
    except Unsolvable as exc:
        print(tiles, "->", exc)
try:
    Solver(board, [0] * 8)
except Unsolvable as exc:
    print("error:", exc)
print("neighbour counts:", Counter(len(a) for a in HexBoard(3).adj))
