"""A small matrix library with operator overloading: +, -, *, @, **, ==, indexing, transpose,
determinant and inverse over exact fractions, identity and pretty printing."""
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def _zip(self, other, fn):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[fn(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base, n = base @ base, n >> 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def det(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] for r in self.rows]
        sign, result = 1, Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot], sign = a[pivot], a[col], -sign
            result *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return sign * result

    def inverse(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])

    def __repr__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)


A = Matrix([[2, 1], [1, 3]])
B = Matrix([[0, -1], [4, 5]])
print(A + B, A - B, 3 * A, -B, A @ B, sep="\n--\n")
print("A**10:", list(A ** 10))
print("fib via matrix:", (Matrix([[1, 1], [1, 0]]) ** 30)[0, 1])
C = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
print("det C =", C.det(), "det A =", A.det())
inv = C.inverse()
print(inv)
print("C @ inv == I:", C @ inv == Matrix.identity(3), "shape", C.T.shape)
M = Matrix([[1, 2, 3], [4, 5, 6]])
print(M.T, M @ M.T, sep="\n--\n")
M[0, 0] = 10
print("after set:", list(M), M[0, 0] + M[1, 2])
for bad in (lambda: A + M, lambda: M @ M, lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [1, 2]]),
            lambda: A * A):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
