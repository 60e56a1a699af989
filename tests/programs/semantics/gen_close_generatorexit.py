# close(), GeneratorExit and finally blocks in generators.
log = []

def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(5):
            yield f"{name}{i}"
    except GeneratorExit:
        log.append(f"GeneratorExit in {name}")
        raise
    finally:
        log.append(f"close {name}")

r = resource("A"); print(next(r), next(r))
r.close()
print(log)
print("close again is a no-op:", r.close())
print("next after close:", next(r, "default"))

log.clear()
r2 = resource("B")
print(list(r2))
print(log)

# closing an unstarted generator runs nothing
log.clear()
r3 = resource("C")
r3.close()
print("unstarted close log:", log)

# a generator that yields from GeneratorExit handling -> RuntimeError
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
    print(type(e).__name__, e)

# a generator that returns in response to GeneratorExit is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite: cleaning up")
        return "ignored value"

p = polite(); next(p)
print("close returned", p.close())

# another exception raised during close propagates
def noisy():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

n = noisy()
next(n)
try:
    n.close()
except ValueError as e:
    print("close raised:", e, "| context:", type(e.__context__).__name__)

def catches_exception():
    try:
        yield "x"
    except Exception:
        print("never printed")
    finally:
        print("finally ran")

ce = catches_exception(); next(ce); ce.close()
