# A generator that is already running cannot be resumed; gi_running, gi_frame state.
def selfish():
    yield 1
    yield next(me)

me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print("after error:", next(me, "exhausted"))

def observer():
    print("  running inside:", watched.gi_running)
    yield "a"
    print("  running again:", watched.gi_running)
    yield "b"

watched = observer()
print("before:", watched.gi_running, watched.gi_frame is not None)
print(next(watched))
print("suspended:", watched.gi_running)
print(next(watched))
print(list(watched))
print("finished frame is None:", watched.gi_frame is None)

def named():
    yield
print(named().__name__, named.__name__, named().__qualname__)

class Holder:
    def items(self):
        yield from range(2)

print(Holder().items().__qualname__)

# send into a generator from within itself also fails
def sender():
    x = yield "first"
    try:
        gen.send(1)
    except ValueError as e:
        print("  nested send:", e)
    yield x

gen = sender()
print(next(gen))
print(gen.send("payload"))

# throw into itself
def thrower():
    try:
        yield 1
        gen2.throw(KeyError("k"))
    except ValueError as e:
        yield f"caught {e}"

gen2 = thrower()
next(gen2)
print(next(gen2))

# two independent generator objects from one function
def counter():
    n = 0
    while True:
        n += 1
        yield n

c1, c2 = counter(), counter()
print([next(c1) for _ in range(3)], [next(c2) for _ in range(2)], next(c1))
print(iter(c1) is c1)
