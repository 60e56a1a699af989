# Comprehensions have their own scope: loop variables do not leak, but outer names are visible.
x = 10
squares = [x * x for x in range(4)]
print(squares, x)
factor = 3
print([n * factor for n in range(4)])
def make():
    base = 100
    return [base + i for i in range(3)], {i: base - i for i in range(2)}, {base // (i + 1) for i in range(3)}
print(make())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
def first_comprehension_iter_evaluated_outside():
    items = [1, 2, 3]
    return [y for y in items if y > 1]
print(first_comprehension_iter_evaluated_outside())
total = sum(v for v in range(5))
print(total, "v" in dir())
