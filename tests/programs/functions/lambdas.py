# Lambdas: as arguments, returned, with defaults, immediately called, in data structures.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": max}
for name in ["+", "-", "*", "max"]:
    print(name, ops[name](7, 3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(7))))
make_multiplier = lambda n: lambda x: x * n
triple = make_multiplier(3)
print(triple(5), make_multiplier(10)(4))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3), (lambda x: x if x else "falsy")(0))
fns = [lambda x, k=k: x ** k for k in range(4)]
print([f(2) for f in fns])
print(square.__name__, (lambda: 0).__name__)
