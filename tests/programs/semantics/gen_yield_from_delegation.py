# yield from: delegation of send/throw/close, return values, non-generator iterables.
def sub(tag):
    received = []
    try:
        while True:
            x = yield f"{tag}:{len(received)}"
            if x == "end":
                return received
            received.append(x)
    except ValueError as e:
        print("  sub caught", e)
        return ["error", str(e)]
    finally:
        print(f"  sub {tag} finally")

def outer():
    r1 = yield from sub("one")
    print("  r1 =", r1)
    r2 = yield from sub("two")
    print("  r2 =", r2)
    return len(r1) + len(r2)

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("end"))
print(g.send("c"))
try:
    g.throw(ValueError("bad"))
except StopIteration as s:
    print("total", s.value)

# close propagates to the innermost generator
def middle():
    yield from sub("mid")

m = middle()
next(m)
m.close()
print("closed middle")

# yield from over plain iterables
def chain(*iterables):
    for it in iterables:
        result = yield from it
        print("  result of", type(it).__name__, "=", result)

print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

# return value of a generator that ends immediately
def empty():
    return "nothing"
    yield

def wrapper():
    v = yield from empty()
    yield v

print(list(wrapper()))

# deep delegation
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    depth = yield from level(n - 1)
    yield f"level {n}"
    return depth + 1

d = level(4)
out = []
while True:
    try:
        out.append(next(d))
    except StopIteration as s:
        out.append(s.value)
        break
print(out)
