# Safe mutation while iterating (over a copy or by index from the end), filtering in place.
nums = list(range(20))
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
vals = [5, 0, 3, 0, 0, 8, 1, 0]
for i in range(len(vals) - 1, -1, -1):
    if vals[i] == 0:
        del vals[i]
print(vals)
data = [3, -1, 4, -1, 5, -9, 2, 6]
data[:] = [d for d in data if d > 0]
print(data)
words = ["b", "a", "c"]
words.extend(w.upper() for w in words[:])
print(words)
stack = [1]
seen = []
while stack:
    v = stack.pop()
    seen.append(v)
    if v < 20:
        stack.extend([v * 2, v * 2 + 1])
print(seen)
grid = [[0] * 4 for _ in range(4)]
for i in range(4):
    grid[i][i] = 1
    grid[i][3 - i] += 2
print(grid)
