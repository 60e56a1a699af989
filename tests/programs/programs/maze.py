# Generate a maze with a seeded linear congruential generator and depth-first carving; solve it by BFS.
W, H = 15, 8
state = [2024]

def rand(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n

def carve():
    grid = [["#"] * (2 * W + 1) for _ in range(2 * H + 1)]
    visited = {(0, 0)}
    stack = [(0, 0)]
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        options = [(dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < W and 0 <= y + dy < H and (x + dx, y + dy) not in visited]
        if not options:
            stack.pop()
            continue
        dx, dy = options[rand(len(options))]
        nx, ny = x + dx, y + dy
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        visited.add((nx, ny))
        stack.append((nx, ny))
    return grid

def solve(grid, start, goal):
    queue = [start]
    came = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if grid[nxt[0]][nxt[1]] == " " and nxt not in came:
                came[nxt] = cur
                queue.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came[node]
    return path[::-1], head

maze = carve()
start = (1, 1)
goal = (2 * H - 1, 2 * W - 1)
path, explored = solve(maze, start, goal)
for r, c in path:
    maze[r][c] = "."
maze[start[0]][start[1]] = "S"
maze[goal[0]][goal[1]] = "G"
print("\n".join("".join(row) for row in maze))
print("path length:", len(path), "cells explored:", explored)
open_cells = sum(row.count(" ") + row.count(".") + row.count("S") + row.count("G") for row in maze)
print("open cells:", open_cells, "expected:", 2 * W * H - 1)
