# enumerate and zip in loops, with start values and unequal lengths.
names = ["ann", "bob", "cy"]
ages = [31, 25, 47, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, age in zip(names, ages):
    print(name, age)
for a, b, c in zip("abc", range(3), [True, False, None]):
    print(a, b, c)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict(zip(names, ages)), list(enumerate(zip("xy", "pq"))))
print(list(zip(range(5), range(5, 0, -1))))
