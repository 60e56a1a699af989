# collections.deque: bounded history, sliding windows, rotation, both-ended operations.
from collections import deque

history = deque(maxlen=3)
for cmd in ["ls", "cd src", "make", "make test", "git status"]:
    history.append(cmd)
    print(f"after {cmd!r:<13} -> {list(history)}")
print("maxlen:", history.maxlen, "len:", len(history), "repr:", history)

def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print("moving avg:", moving_average([1, 2, 3, 4, 5, 6, 7, 8], 3))

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print("rotate 2:", list(d))
d.rotate(-3)
print("rotate -3:", list(d))
d.rotate(0)
print("rotate 0:", list(d))

d = deque()
d.append("b"); d.appendleft("a"); d.extend(["c", "d"]); d.extendleft(["z", "y"])
print("built:", list(d))
print("pop/popleft:", d.pop(), d.popleft(), list(d))
print("index/count:", d.index("b"), d.count("a"), "b" in d, d[0], d[-1])
d.insert(1, "ins")
d.remove("c")
print("insert/remove:", list(d))
d.reverse()
print("reversed:", list(d))
d[0] = "first"
del d[1]
print("setitem/delitem:", list(d))
d.clear()
print("cleared:", list(d), bool(d))

bounded = deque(range(5), maxlen=5)
bounded.appendleft(-1)
print("appendleft on full drops right:", list(bounded))
bounded.extendleft([10, 11])
print("extendleft on full:", list(bounded))
bounded.extend([20, 21, 22])
print("extend on full:", list(bounded))

# BFS on a grid using deque as queue
grid = ["S.#.", "..#.", "...E", "#..."]
start, goal = (0, 0), (2, 3)
queue = deque([(start, 0)])
seen = {start}
while queue:
    (r, c), dist = queue.popleft()
    if (r, c) == goal:
        print("shortest path length:", dist)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print("palindrome check:", all(x == y for x, y in zip(deque("racecar"), reversed(deque("racecar")))))
