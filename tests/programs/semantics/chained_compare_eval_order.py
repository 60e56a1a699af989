# Chained comparisons: each operand evaluated at most once, short-circuit, mixed operators.
trace = []
def v(x, label=None):
    trace.append(label or repr(x))
    return x

def run(desc, thunk):
    trace.clear()
    result = thunk()
    print(f"{desc:<28} -> {result!s:<5} evaluated {trace}")

run("1 < 2 < 3", lambda: v(1) < v(2) < v(3))
run("1 < 3 < 2", lambda: v(1) < v(3) < v(2))
run("3 < 1 < 2 (short-circuit)", lambda: v(3) < v(1) < v(2))
run("1 == 1 != 2", lambda: v(1) == v(1) != v(2))
run("a < b > c", lambda: v(1) < v(5) > v(2))
run("x in list not in list", lambda: v(2) in v([1, 2]) not in v([[3]]))
run("is / is not", lambda: v(None) is v(None) is not v(0))
run("long chain all true", lambda: v(1) <= v(1) < v(2) <= v(2) < v(3))
run("long chain fails midway", lambda: v(1) <= v(1) < v(1) <= v(2) < v(3))

# the middle operand is evaluated once even though it is used twice
count = 0
def middle():
    global count
    count += 1
    return 5
print(0 < middle() < 10, count)

# comparisons return the last evaluated comparison result, not necessarily a bool
class Weird:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        return f"{self.name}<{other.name}"
    def __repr__(self):
        return self.name
a, b, c = Weird("a"), Weird("b"), Weird("c")
print(a < b < c)
print(a < b)

class Falsey(Weird):
    def __lt__(self, other):
        return ""
print(repr(Falsey("f") < b < c))

# chained with different types
print(1 < 2.5 < 3, "a" < "b" < "c", (1, 2) < (1, 3) < (2,), 1 < True + 1 < 3)
try:
    print(1 < "x" < 3)
except TypeError as e:
    print(type(e).__name__, e)

# equality chains with containers
x = [1, 2]
y = [1, 2]
print(x == y == [1, 2], x is not y, x == y is not None)
print(1 == 1.0 == True, 0 == False == 0.0 == -0.0, "a" != "b" != "a")

# in a comprehension condition
print([n for n in range(20) if 3 < n % 7 < 6])
print(sorted(s for s in ["m", "b", "z", "k"] if "c" <= s <= "n"))
