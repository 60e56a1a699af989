# Nested comprehensions: matrices, flattening, cartesian products, and conditional filters.
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
print([row[i] for row in matrix for i in range(len(row)) if i % 2 == 0])
print([[row[c] for row in matrix] for c in range(4)])
print([x for row in matrix for x in row if x % 3 == 0])
print([(a, b) for a in "xy" for b in range(2)])
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print([[c for c in word] for word in ["ab", "cde"]])
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
print([i * j for i in range(1, 4) for j in range(1, 4)])
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
