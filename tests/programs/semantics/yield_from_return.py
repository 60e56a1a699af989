# yield from passes values both ways and returns the subgenerator's return value.
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total

def outer():
    a = yield from inner(3)
    b = yield from inner(2)
    return a + b

g = outer()
print(next(g))
print(g.send(10), g.send(20))
print(g.send(None), g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("returned", e.value)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegate():
    result = yield from (x * x for x in range(4))
    yield result
print(list(delegate()))
