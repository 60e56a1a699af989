# Nested loops with flags, early exits, and loop-else used for searching.
def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None

print(find_pair([2, 7, 11, 15], 9), find_pair([3, 2, 4], 6), find_pair([1, 2], 10))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v % 4 == 0:
            print("first multiple of 4:", v)
            break
    else:
        print("no multiple of 4 in", row)
        continue
    print("stopped scanning at row", row)
    break
triples = 0
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 30:
            triples += 1
print("pythagorean triples under 30:", triples)
