# Matrix operations on lists of lists: multiply, transpose, power, exact determinant, float inverse.
def mat_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m, "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(a, e):
    result = identity(len(a))
    base = a
    while e:
        if e & 1:
            result = mat_mul(result, base)
        base = mat_mul(base, base)
        e >>= 1
    return result

def det_bareiss(a):
    m = [row[:] for row in a]
    n = len(m)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k] != 0:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[n - 1][n - 1]

def inverse(a):
    n = len(a)
    m = [[float(x) for x in row] + [float(i == j) for j in range(n)] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        m[col], m[pivot] = m[pivot], m[col]
        pv = m[col][col]
        m[col] = [x / pv for x in m[col]]
        for r in range(n):
            if r != col:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [row[n:] for row in m]

def show(name, m, fmt="{:>6}"):
    print(name + ":")
    for row in m:
        print("  " + " ".join(fmt.format(x) for x in row))

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
show("A", A)
show("A x B", mat_mul(A, B))
show("B^T", transpose(B))
show("A^5", mat_pow(A, 5))
fib = mat_pow([[1, 1], [1, 0]], 100)
print("fib(100) via matrix power:", fib[0][1])
for M in [A, [[1, 2], [3, 4]], [[0, 1, 2], [1, 0, 3], [4, -3, 8]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
          [[3, 0, 0, 0], [0, 2, 0, 0], [0, 0, 5, 0], [1, 1, 1, 1]]]:
    print("det", M, "=", det_bareiss(M))
inv = inverse(A)
show("A^-1", inv, "{:>8.4f}")
check = mat_mul(A, inv)
print("A x A^-1 is identity:", all(abs(check[i][j] - (i == j)) < 1e-9 for i in range(3) for j in range(3)))
H = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
show("Hilbert^-1", inverse(H), "{:>10.2f}")
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print("ValueError:", e)
try:
    mat_mul(A, [[1, 2]])
except AssertionError as e:
    print("AssertionError:", e)
