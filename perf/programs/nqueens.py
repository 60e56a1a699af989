# Count (and list the first) solutions of the N-queens problem by backtracking with sets.
import sys

def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = [0]
    first = []

    def place(row):
        if row == n:
            solutions[0] += 1
            if not first:
                first.extend(placement)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions[0], first

n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
count, first = solve(n)
print(f"{n}-queens: {count} solutions; first: {first}")
