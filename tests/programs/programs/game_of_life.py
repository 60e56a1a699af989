# Conway's Game of Life on a small toroidal grid: a glider, a blinker and an R-pentomino.
WIDTH = 20
HEIGHT = 12

def empty():
    return [[0] * WIDTH for _ in range(HEIGHT)]

def place(grid, pattern, top, left):
    for r, line in enumerate(pattern):
        for c, ch in enumerate(line):
            if ch == "#":
                grid[(top + r) % HEIGHT][(left + c) % WIDTH] = 1

def step(grid):
    new = empty()
    for r in range(HEIGHT):
        for c in range(WIDTH):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % HEIGHT][(c + dc) % WIDTH]
            if n == 3 or (n == 2 and grid[r][c]):
                new[r][c] = 1
    return new

def render(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)

def population(grid):
    return sum(sum(row) for row in grid)

grid = empty()
place(grid, [".#.", "..#", "###"], 0, 0)
place(grid, ["###"], 5, 14)
place(grid, [".##", "##.", ".#."], 7, 5)
print("generation 0, population", population(grid))
print(render(grid))
history = [population(grid)]
seen = {}
for gen in range(1, 61):
    grid = step(grid)
    history.append(population(grid))
    key = render(grid)
    if key in seen and "cycle" not in seen:
        seen["cycle"] = (seen[key], gen)
    seen.setdefault(key, gen)
    if gen in (1, 2, 4, 10, 30, 60):
        print()
        print("generation", gen, "population", population(grid))
        print(render(grid))
print()
print("populations:", history)
print("cycle:", seen.get("cycle"))
