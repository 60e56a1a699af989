# Common loop patterns: accumulate, search, early exit, index-based, nested with flags.
grid = [
    [3, 0, 7, 2],
    [9, 4, 0, 1],
    [5, 8, 6, 0],
]
row_sums = []
for row in grid:
    s = 0
    for v in row:
        s += v
    row_sums.append(s)
print(row_sums)
col_max = [max(grid[r][c] for r in range(len(grid))) for c in range(len(grid[0]))]
print(col_max)
zeros = []
for r in range(len(grid)):
    for c in range(len(grid[r])):
        if grid[r][c] == 0:
            zeros.append((r, c))
print(zeros)
target = 8
pos = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            pos = (r, c)
            break
    if pos:
        break
print(pos)
n = 0
steps = 0
while n < 1000:
    n = n * 2 + 1
    steps += 1
print(n, steps)
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
