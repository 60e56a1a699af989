# A sudoku solver: constraint propagation with candidate sets and depth-first search.
PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "800000000003600000070090200050007000000045700000100030001000068008500010090000400",
]

def parse(text):
    return [int(c) for c in text]

def peers_of(i):
    r, c = divmod(i, 9)
    out = set()
    for k in range(9):
        out.add(r * 9 + k)
        out.add(k * 9 + c)
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for dr in range(3):
        for dc in range(3):
            out.add((br + dr) * 9 + bc + dc)
    out.discard(i)
    return sorted(out)

PEERS = [peers_of(i) for i in range(81)]
stats = {"guesses": 0, "nodes": 0}

def candidates(grid, i):
    used = {grid[p] for p in PEERS[i]}
    return [d for d in range(1, 10) if d not in used]

def solve(grid):
    stats["nodes"] += 1
    best = None
    best_cands = None
    for i in range(81):
        if grid[i] == 0:
            cands = candidates(grid, i)
            if not cands:
                return False
            if best is None or len(cands) < len(best_cands):
                best = i
                best_cands = cands
                if len(cands) == 1:
                    break
    if best is None:
        return True
    if len(best_cands) > 1:
        stats["guesses"] += 1
    for d in best_cands:
        grid[best] = d
        if solve(grid):
            return True
    grid[best] = 0
    return False

def valid(grid):
    for i in range(81):
        for p in PEERS[i]:
            if grid[i] == grid[p]:
                return False
    return all(1 <= v <= 9 for v in grid)

def show(grid):
    lines = []
    for r in range(9):
        row = ""
        for c in range(9):
            v = grid[r * 9 + c]
            row += (str(v) if v else ".") + " "
            if c in (2, 5):
                row += "| "
        lines.append(row.rstrip())
        if r in (2, 5):
            lines.append("------+-------+------")
    return "\n".join(lines)

for n, text in enumerate(PUZZLES, 1):
    stats["guesses"] = 0
    stats["nodes"] = 0
    grid = parse(text)
    print(f"Puzzle {n}: {sum(1 for v in grid if v)} givens")
    print(show(grid))
    ok = solve(grid)
    print("solved" if ok else "no solution", "valid" if ok and valid(grid) else "")
    print(show(grid))
    print("checksum:", sum(grid[i] * (i + 1) for i in range(81)), "row 1:", "".join(map(str, grid[:9])))
    print()
bad = parse(PUZZLES[0])
bad[1] = 5
print("contradictory puzzle solvable:", solve(bad))
