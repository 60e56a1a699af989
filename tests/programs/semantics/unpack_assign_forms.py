# Starred assignment targets in many shapes, and their ValueError messages.
a, *b, c = range(6)
print(a, b, c)
*head, tail = "hello"
print(head, tail)
first, *rest = [1]
print(first, rest)
*init, = (1, 2, 3)
print(init)
x, *y = {"k": 1, "j": 2}.items()
print(x, y)

(p, q), *others, (r, s) = [(1, 2), (3, 4), (5, 6), (7, 8)]
print(p, q, others, r, s)
[m, [n, *o]] = [0, "xyz"]
print(m, n, o)
a1, (b1, *c1), *d1 = 1, (2, 3, 4), 5, 6
print(a1, b1, c1, d1)

def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def two(seq):
    a, b = seq
    return a, b
def at_least_two(seq):
    a, *m, b = seq
    return a, m, b
def three(seq):
    a, b, c = seq
    return a, b, c

attempt("two ok", lambda: two("ab"))
attempt("two short", lambda: two("a"))
attempt("two long", lambda: two("abc"))
attempt("three short", lambda: three([1, 2]))
attempt("star short", lambda: at_least_two([1]))
attempt("star exact", lambda: at_least_two([1, 2]))
attempt("not iterable", lambda: two(5))
attempt("from gen", lambda: at_least_two(i * i for i in range(5)))

# unpacking into attributes and subscripts
class Box:
    pass
box = Box()
grid = [0] * 4
box.left, grid[1], *grid[2:], box.right = "L", "G1", "m1", "m2", "R"
print(box.left, box.right, grid)

d = {}
d["a"], d["b"] = d["b"], d["a"] = 1, 2
print(d)

# swap and rotate
u, v, w = 1, 2, 3
u, v, w = w, u, v
print(u, v, w)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)

# starred expression in an augmented position is a syntax error; compile() reports it
for src in ["*a = [1, 2]", "a, *b, *c = [1, 2, 3]", "a, *b = [1, 2]"]:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
