# iter with a sentinel via a callable, next with default values, any/all on iterators.
values = [3, 5, 0, 7]
pos = [0]
def produce():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(produce, 0)))
it = iter(["a", "b"])
print(next(it, "x"), next(it, "x"), next(it, "x"), next(it, "x"))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(iter([None, ""])), all(iter("abc")))
it = iter(range(10))
print(any(x > 5 for x in it), list(it))
