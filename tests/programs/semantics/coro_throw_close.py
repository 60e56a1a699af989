# Coroutines: throw(), close(), exceptions crossing await, awaiting bad objects.
class Suspend:
    def __await__(self): return (yield "suspended")

async def guarded(name):
    try:
        await Suspend()
        return f"{name} normal"
    except KeyError as e:
        return f"{name} handled {e!r}"
    finally:
        print(f"  finally in {name}")

c = guarded("c1")
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as s:
    print("StopIteration:", s.value)

c2 = guarded("c2"); c2.send(None); c2.close()
print("closed c2")

async def inner():
    await Suspend()
    raise LookupError("deep")

async def middle():
    try:
        await inner()
    except LookupError as e:
        raise RuntimeError("middle failed") from e

c3 = middle()
c3.send(None)
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)

class NotAwaitable: pass

async def bad_await():
    await NotAwaitable()

try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __await__(self): return 5

async def bad_iter():
    await BadIter()

try:
    bad_iter().send(None)
except TypeError as e:
    print(type(e).__name__, e)

async def value_of(x): return x * 2

async def gather(*coros):
    results = []
    for co in coros:
        results.append(await co)
    return results

g = gather(value_of(1), value_of(2), value_of(3))
try:
    g.send(None)
except StopIteration as s:
    print("gathered", s.value)

c4 = guarded("c4"); c4.send(None)
try:
    c4.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)
