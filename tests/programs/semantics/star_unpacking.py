# Star-unpacking in assignments, displays, calls and for loops.
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
print([*range(3), *"ab", *(9,)])
print({*[1, 2], *{2, 3}})
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2, "d": 5})
print((*[1, 2], 3))

def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*[1, 2], *(3,), **d1, **{"z": 0}))
for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    show(**d1, **{"a": 9})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
