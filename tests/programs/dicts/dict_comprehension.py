# Dict comprehensions and building dicts from pairs.
squares = {x: x * x for x in range(8)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = "one two three four five six".split()
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(dict(zip("abc", range(3))), dict([("x", 1), ("y", 2)]), dict(a=1, b=2), dict({"k": 0}, extra=1))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
print(dict(), dict([]), dict(zip([], [])))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
