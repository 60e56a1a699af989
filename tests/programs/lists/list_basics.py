# List construction, indexing, mutation, nesting, equality and repetition.
a = [1, "two", 3.0, None, True, [5, 6]]
print(a, len(a), a[0], a[-1], a[-1][0], a[5][-1])
a[1] = 2
a[-1][1] = 60
print(a)
print([] == [], [1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([0] * 5, [1, 2] * 3, [] * 10, [[0] * 2] * 2, list(range(5)), list("abc"), list((1, 2)))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[0][0] = 9
print(alias)
b = [1, 2, 3]
c = b
c.append(4)
print(b, c, b is c, b == b[:], b is b[:])
b += [5]
print(c)
b = b + [6]
print(b, c)
print(1 in b, 10 in b, [1, 2] in [[1, 2], [3]], len([[]]), bool([]), bool([0]))
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
nested = [1, [2, [3, [4, [5]]]]]
depth = 0
cur = nested
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print("depth", depth, cur)
