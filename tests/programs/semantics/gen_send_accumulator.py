# Generators driven by send(): priming, running averages, and values returned at the end.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, total)

g = averager()
print("primed:", next(g))
for v in [10, 20, 30, 5]:
    print("sent", v, "->", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value, e.args)

def echo_upper():
    received = []
    word = yield "ready"
    while word != "stop":
        received.append(word)
        word = yield word.upper()
    return received

e = echo_upper()
print(e.send(None))
for w in ["alpha", "beta", "gamma"]:
    print(e.send(w))
try:
    e.send("stop")
except StopIteration as stop:
    print("collected", stop.value)

# sending a non-None value to a just-started generator is a TypeError
fresh = averager()
try:
    fresh.send(5)
except TypeError as err:
    print(type(err).__name__, err)

# send after exhaustion keeps raising StopIteration without a value
try:
    e.send("again")
except StopIteration as stop:
    print("exhausted value:", stop.value)

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x

rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])

def counter_with_reset(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1

c = counter_with_reset(100)
print(next(c), next(c), c.send(10), c.send("reset"), next(c), c.send(-50))
