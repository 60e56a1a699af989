# A round-robin scheduler driving async def coroutines by hand with send(None).
from collections import deque

class Yield:
    """Awaitable that suspends the coroutine once, handing a message to the scheduler."""
    def __init__(self, message=None):
        self.message = message
    def __await__(self):
        reply = yield self.message
        return reply

log = []

async def worker(name, steps):
    total = 0
    for i in range(steps):
        got = await Yield(f"{name} step {i}")
        total += got
    log.append(f"{name} finished total={total}")
    return name.upper()

async def helper(x):
    a = await Yield(f"helper {x} a")
    b = await Yield(f"helper {x} b")
    return a * b

async def parent():
    r1 = await helper(1)
    r2 = await helper(2)
    return r1 + r2

def run(coros):
    queue = deque((c, None) for c in coros)
    results = {}
    tick = 0
    while queue:
        coro, value = queue.popleft()
        try:
            msg = coro.send(value)
        except StopIteration as stop:
            results[coro.__name__ + str(tick)] = stop.value
            print(f"tick {tick}: {coro.__qualname__} returned {stop.value!r}")
        else:
            print(f"tick {tick}: {msg}")
            queue.append((coro, tick))
        tick += 1
    return results

res = run([worker("a", 2), worker("b", 3), parent()])
print(sorted(res.items()))
print(log)

# a coroutine object is not iterable and needs awaiting
c = worker("z", 0)
print(type(c).__name__, hasattr(c, "__await__"), hasattr(c, "__next__"))
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as s:
    print("z result", s.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
