# send, throw and close on generators; GeneratorExit and cleanup in finally.
log = []
def worker():
    try:
        while True:
            try:
                job = yield
                log.append(f"job {job}")
            except ValueError as e:
                log.append(f"recovered {e}")
                yield "recovered"
    finally:
        log.append("cleanup")

w = worker()
next(w)
w.send("a")
print(w.throw(ValueError("bad")))
next(w)
w.send("b")
w.close()
print(log)
print(w.close())
try:
    w.send("c")
except StopIteration:
    print("closed generators stop")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def g():
    yield 1
gen = g()
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(gen))
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
