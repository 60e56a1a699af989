# A hand-made Future/event loop: coroutines await futures that are resolved from outside.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro):
        self.ready.append((coro, None))
    def run(self):
        while self.ready:
            coro, value = self.ready.pop(0)
            try:
                fut = coro.send(value)
            except StopIteration as s:
                self.log.append(f"{coro.__qualname__} -> {s.value!r}")
                continue
            self.log.append(f"{coro.__qualname__} waits on {fut.name}")
            fut.callbacks.append(lambda f, c=coro: self.ready.append((c, None)))

loop = Loop()
futures = {name: Future(name) for name in ["db", "cache", "net"]}

async def fetch(key):
    value = await futures[key]
    return f"{key}={value}"

async def combine():
    a = await fetch("db")
    b = await fetch("cache")
    return [a, b]

async def already_done():
    f = Future("instant")
    f.set_result(7)
    return (await f) * 6

loop.spawn(combine())
loop.spawn(fetch("net"))
loop.spawn(already_done())
loop.run()
print("\n".join(loop.log))
print("--- resolving")
loop.log.clear()
futures["net"].set_result(404)
futures["db"].set_result("rows")
loop.run()
futures["cache"].set_result({"hit": True})
loop.run()
print("\n".join(loop.log))

class Twice:
    def __await__(self):
        first = yield "one"
        second = yield "two"
        return (first, second)

async def use_twice():
    return await Twice()

c = use_twice()
print(c.send(None), c.send("x"))
try:
    c.send("y")
except StopIteration as s:
    print("result", s.value)
