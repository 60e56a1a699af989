# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def proper(it):
    for x in it:
        yield x
print(list(proper(iter([1, 2]))))

def returns():
    yield 1
    return "done"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
