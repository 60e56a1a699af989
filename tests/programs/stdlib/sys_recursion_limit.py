# sys.getrecursionlimit / setrecursionlimit with a recursive algorithm and RecursionError.
import sys

original = sys.getrecursionlimit()
print("limit is int:", isinstance(original, int), "positive:", original > 0)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print("depth 500:", depth(500))

sys.setrecursionlimit(3000)
print("new limit:", sys.getrecursionlimit())
print("depth 2500:", depth(2500))

def runaway(n):
    return runaway(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print("RecursionError caught:", type(e).__name__, isinstance(e, RuntimeError))

# after the error, recursion still works
print("depth again:", depth(100))

sys.setrecursionlimit(original)
print("restored:", sys.getrecursionlimit() == original)

for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError raised")

# a recursive tree walk well within the limit
def build(level):
    if level == 0:
        return "leaf"
    return [build(level - 1), build(level - 1)]

def count_leaves(node):
    if node == "leaf":
        return 1
    return sum(count_leaves(child) for child in node)

def tree_depth(node):
    return 0 if node == "leaf" else 1 + max(tree_depth(c) for c in node)

t = build(10)
print("leaves:", count_leaves(t), "depth:", tree_depth(t))

# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print("even/odd:", is_even(300), is_odd(301), is_even(7))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print("ackermann:", [ackermann(2, n) for n in range(5)], ackermann(3, 3))
