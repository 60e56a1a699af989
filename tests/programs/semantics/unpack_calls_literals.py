# Star and double-star unpacking in literals and calls.
x = [1, 2]
y = (3, 4)
z = range(5, 7)
print([*x, *y, *z], (*x, 0, *y), [*"ab", *{"c": 1}])
print({*x, *y, 2, 3} == {1, 2, 3, 4}, sorted({*"hello", *"world"}))
empty = [*(), *[], *""]
print(empty, (*x,), type((*x,)).__name__)

d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"a": 0, **d1, "a2": 9, **{}})
print({**d1, "b": "override"}, {**dict(zip("xy", [1, 2])), **{"z": 3}})

def show(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"

a = [1, 2]
b = (3,)
k = {"p": 1}
m = {"q": 2, "r": 3}
print(show(*a, *b, **k, **m))
print(show(0, *a, 9, *b, key="v", **k))
print(show(*[], **{}))
print(show(*"xyz", *range(2)))
print(show(**{"a b": 1, "if": 2}))

def report(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

report(lambda: show(**k, **{"p": 2}))
report(lambda: show(**k, p=3))
report(lambda: show(*5))
report(lambda: show(**[1, 2]))
report(lambda: {**[("a", 1)]})
report(lambda: [*None])

class Mapping:
    def keys(self):
        return ["one", "two"]
    def __getitem__(self, key):
        return key.upper()

print(show(**Mapping()), {**Mapping()})

def gen():
    yield from "ab"
    print("  gen exhausted")
print([*gen(), *gen()])
print(print(*[1, 2, 3], sep="-", **{"end": "|\n"}))
print(max(*[3, 9, 2]), min(*"zebra"), "{}-{}-{}".format(*"abc"), "{x}{y}".format(**{"x": 1, "y": 2}))
nested = [[1, 2], [3], []]
print([*[*nested[0], *nested[1]], *nested[2]])
print(dict(**d1, extra=True), list(map(lambda *t: sum(t), *[[1, 2], [10, 20], [100, 200]])))
