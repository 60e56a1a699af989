# generator.throw(): caught inside, resumed, propagated, thrown into unstarted generators.
class Retry(Exception): pass

def worker():
    attempts = 0
    while True:
        try:
            value = yield attempts
        except Retry as r:
            attempts += 1
            print("  worker caught Retry", r.args)
        except KeyError as k:
            print("  worker caught KeyError, stopping", k)
            return "stopped after %d" % attempts
        else:
            print("  worker got", value)

w = worker()
print("start", next(w))
print("send ->", w.send("job1"))
print("throw ->", w.throw(Retry("first")))
print("throw ->", w.throw(Retry("second", 2)))
try:
    w.throw(KeyError("halt"))
except StopIteration as s:
    print("StopIteration value:", s.value)

def not_catching():
    yield 1
    yield 2

g = not_catching()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print(type(e).__name__, e)
print("after propagated throw:", list(g))

# throwing into a generator that has not started raises at the start, nothing runs
def verbose():
    print("  body started")
    yield "x"

v = verbose()
try:
    v.throw(IndexError("early"))
except IndexError as e:
    print("unstarted throw:", e)
print("then:", list(v))

# throw with an exception class rather than an instance
def catcher():
    try:
        yield "a"
    except ZeroDivisionError as e:
        yield f"caught {type(e).__name__} args={e.args}"
    yield "b"

c = catcher()
print(next(c), "|", c.throw(ZeroDivisionError), "|", next(c))

try:
    c.throw(RuntimeError("late"))
except RuntimeError as e:
    print("finished throw:", e)

def transform():
    try:
        yield 1
    except ValueError as e:
        raise TypeError("converted") from e

t = transform()
next(t)
try:
    t.throw(ValueError("orig"))
except TypeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
