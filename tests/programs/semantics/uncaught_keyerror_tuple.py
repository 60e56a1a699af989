# Ends with an uncaught KeyError whose key is a tuple.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y

print(grid[(0, 0)], grid[1, 2], grid[(2, 2)])
print(sorted(k for k, v in grid.items() if v % 4 == 0))

def neighbours(pos):
    x, y = pos
    found = []
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        key = (x + dx, y + dy)
        if key in grid:
            found.append(grid[key])
    return sorted(found)

print(neighbours((1, 1)), neighbours((0, 0)))
try:
    grid[5, 5]
except KeyError as e:
    print("caught KeyError:", e, e.args, repr(e))

try:
    grid[()]
except KeyError as e:
    print("caught empty tuple key:", e, e.args)

routes = {("nyc", "sf"): 2900, ("sf", "la"): 380}
print(routes["nyc", "sf"], routes.get(("la", "nyc"), "unknown"))
print("looking up a missing route")
print(routes[("la", "nyc")])
