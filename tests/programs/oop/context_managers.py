# __enter__/__exit__: ordering, exception details, suppression, nested and multiple managers, contextlib.
import contextlib

events = []

class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        events.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        events.append(f"exit {self.name} {kind} {exc!r} tb={tb is not None}")
        return self.suppress

with Res("a") as v:
    events.append(f"body {v}")
print(events); events.clear()

with Res("outer", suppress=True), Res("inner") as inner:
    events.append(f"body {inner}")
    raise ValueError("boom")
print(events); events.clear()

try:
    with Res("x"):
        1 / 0
except ZeroDivisionError as e:
    events.append(f"caught {e}")
print(events); events.clear()

def early():
    with Res("ret"):
        return "returned"
print(early(), events); events.clear()

for i in range(3):
    with Res(f"loop{i}", suppress=True):
        if i == 1:
            continue
        if i == 2:
            raise KeyError(i)
print(events); events.clear()

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise RuntimeError("swallowed")
print("after truthy")

@contextlib.contextmanager
def tag(name):
    events.append(f"<{name}>")
    try:
        yield name
    except TypeError as e:
        events.append(f"handled {e}")
    finally:
        events.append(f"</{name}>")

with tag("p") as t, tag("b"):
    events.append(t)
with tag("q"):
    raise TypeError("bad")
print(events); events.clear()

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "xyz"]
    stack.callback(events.append, "callback")
    events.append(str(names))
print(events)
