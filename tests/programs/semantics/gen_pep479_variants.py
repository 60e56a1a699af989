# PEP 479: StopIteration leaking out of a generator body becomes RuntimeError.
def leaky_next():
    it = iter([1, 2])
    while True:
        yield next(it)

try:
    print(list(leaky_next()))
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)
    print("suppress_context:", e.__suppress_context__)

def explicit_raise():
    yield "one"
    raise StopIteration("payload")

g = explicit_raise()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause args:", e.__cause__.args)

print("after:", next(g, "exhausted"))

# a StopIteration caught inside the generator is fine
def guarded():
    it = iter("ab")
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v.upper()

print(list(guarded()))

# StopIteration subclass is converted too
class MyStop(StopIteration): pass

def subclass_leak():
    yield 0
    raise MyStop

try:
    list(subclass_leak())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# Generator expressions convert too
def stopper(x):
    if x == 2:
        raise StopIteration
    return x

try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexp:", e)

# but a list comprehension is not a generator: StopIteration just propagates
try:
    print([stopper(x) for x in range(5)])
except StopIteration as e:
    print("listcomp raised StopIteration", e.args)

# raising StopIteration in an ordinary __next__ ends a for loop
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)))
