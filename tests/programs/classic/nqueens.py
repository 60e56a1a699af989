"""N queens: every solution for n = 4..8 by three methods (recursive generator, bitmasks,
permutation filter), symmetry classes, and the first solution drawn as a board."""
from itertools import permutations


def solve_generator(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row + col)
            diag2.discard(row - col)

    return place(0)


def count_bitmask(n):
    full = (1 << n) - 1
    stats = {"nodes": 0}

    def go(cols, left, right):
        if cols == full:
            return 1
        stats["nodes"] += 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0), stats["nodes"]


def solve_permutations(n):
    for perm in permutations(range(n)):
        if len({r + c for r, c in enumerate(perm)}) == n and len({r - c for r, c in enumerate(perm)}) == n:
            yield perm


def transforms(sol):
    n = len(sol)
    board = {(r, c) for r, c in enumerate(sol)}
    shapes = []
    for _ in range(4):
        board = {(c, n - 1 - r) for r, c in board}
        shapes.append(board)
        shapes.append({(r, n - 1 - c) for r, c in board})
    result = []
    for shape in shapes:
        cols = [0] * n
        for r, c in shape:
            cols[r] = c
        result.append(tuple(cols))
    return result


def canonical(sol):
    return min(transforms(sol))


def draw(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


class Board:
    def __init__(self, solution):
        self.solution = tuple(solution)
        if sorted(self.solution) != list(range(len(self.solution))):
            raise ValueError(f"not a permutation: {self.solution}")

    def attacks(self):
        pairs = []
        for r1, c1 in enumerate(self.solution):
            for r2 in range(r1 + 1, len(self.solution)):
                c2 = self.solution[r2]
                if abs(r1 - r2) == abs(c1 - c2):
                    pairs.append(((r1, c1), (r2, c2)))
        return pairs

    def __eq__(self, other):
        return isinstance(other, Board) and canonical(self.solution) == canonical(other.solution)

    def __hash__(self):
        return hash(canonical(self.solution))

    def __repr__(self):
        return f"Board{self.solution}"


for n in range(4, 9):
    sols = list(solve_generator(n))
    count, nodes = count_bitmask(n)
    unique = {canonical(s) for s in sols}
    print(f"n={n}: {len(sols)} solutions, bitmask count {count} ({nodes} nodes), {len(unique)} unique")
    if n <= 6:
        perm_sols = list(solve_permutations(n))
        print("  permutation method agrees:", perm_sols == sols)
    print("  first:", sols[0], "last:", sols[-1])
    print("  canonical forms:", sorted(unique)[:3])
    print("\n".join("  " + line for line in draw(sols[0]).split("\n")))

eight = list(solve_generator(8))
boards = {Board(s) for s in eight}
print("distinct boards by symmetry:", len(boards))
column_hist = [0] * 8
for s in eight:
    column_hist[s[0]] += 1
print("first-row column histogram:", column_hist)
print("symmetric under 180 rotation:", sum(1 for s in eight if tuple(7 - c for c in reversed(s)) == s))
print("transforms of first:", transforms(eight[0])[:4])
bad = Board([0, 1, 2, 3])
print(bad, "attacks:", bad.attacks())
try:
    Board([0, 0, 1])
except ValueError as exc:
    print("error:", exc)
gen = solve_generator(5)
print("lazy:", next(gen), next(gen), sum(1 for _ in gen), "more")
