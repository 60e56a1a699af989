# Shallow copies via slicing, list(), copy(); shared inner lists; building without aliasing.
outer = [[1, 2], [3, 4]]
shallow = outer[:]
also = list(outer)
third = outer.copy()
shallow[0] = ["replaced"]
also[1].append(99)
print(outer, shallow, also, third)
deep = [row[:] for row in outer]
deep[1].append(100)
print(outer, deep)
rows = []
row = []
for i in range(6):
    row.append(i)
    if len(row) == 3:
        rows.append(row)
        row = []
print(rows)
a = [0] * 3
b = [a] * 2
a[0] = 7
print(b)
c = [[0] * 3 for _ in range(2)]
c[0][0] = 7
print(c)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
