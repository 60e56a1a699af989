# async def / await driven by hand with send(None), with a custom awaitable.
class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return f"{self.label}->{got}"

async def step(n):
    r = await Pause(f"p{n}")
    return r.upper()

async def main():
    results = []
    for i in range(3):
        results.append(await step(i))
    return results

coro = main()
print(type(coro).__name__)
value = coro.send(None)
turn = 0
while True:
    print("yielded", value)
    turn += 1
    try:
        value = coro.send(turn)
    except StopIteration as e:
        print("result", e.value)
        break

async def fails():
    await Pause("x")
    raise ValueError("inside")

c = fails()
c.send(None)
try:
    c.send(1)
except ValueError as e:
    print("ValueError:", e)

async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple", e.value)
c2 = simple()
c2.close()
print("closed")
