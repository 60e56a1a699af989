# Builtins over lists: len, sum, min, max, sorted, reversed, enumerate, zip, any, all, list().
xs = [4, 8, 15, 16, 23, 42]
print(len(xs), sum(xs), min(xs), max(xs), sum(xs) / len(xs))
print(list(reversed(xs)), xs[::-1] == list(reversed(xs)), list(enumerate(xs, 1))[:3])
print(list(zip(xs, "abcdef")), list(zip(xs, range(3))), any(x > 40 for x in xs), all(x > 3 for x in xs))
print(list(map(str, xs)), list(filter(lambda x: x % 2, xs)), [i for i, x in enumerate(xs) if x > 10])
print(max(xs, key=lambda x: x % 10), min(xs, key=lambda x: -x), sorted(xs, key=lambda x: x % 5))
print(list(), list([]), list(range(0)), list({1: 2}), list("xy"))
