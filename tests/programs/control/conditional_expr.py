# Conditional expressions, nested and inside other expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos", abs(n) if n else "nil")
xs = [1, 2, 3, 4, 5, 6]
print(["even" if x % 2 == 0 else "odd" for x in xs])
print(sum(x if x % 2 else -x for x in xs), max(xs) if xs else None, (lambda v: "big" if v > 3 else "small")(4))
print(("a" if True else "b") + ("c" if False else "d"))
