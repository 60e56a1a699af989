# with statements: __exit__ returning true suppresses, receiving exc info, nesting and order.
import contextlib
class Suppress:
    def __init__(self, *types):
        self.types, self.seen = types, []
    def __enter__(self):
        return self.seen.append("enter") or self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        self.seen.append(f"exit {name} {exc!s} tb={tb is not None}")
        return exc_type is not None and issubclass(exc_type, self.types)
s = Suppress(KeyError, ZeroDivisionError)
with s as same:
    print("same object:", same is s)
    {}["k"]
    print("not reached")
print(s.seen)

s2 = Suppress(KeyError)
try:
    with s2:
        raise ValueError("passes through")
except ValueError as e:
    print("propagated:", e, s2.seen)

class Truthy:
    def __enter__(self): return "resource"
    def __exit__(self, *info): return "yes"     # truthy, not True
with Truthy() as r:
    raise RuntimeError("hidden")
print("after truthy:", r)

# nested and multiple managers exit in reverse order; the inner one can suppress for the outer
order = []
class Tracked:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        order.append(f"enter {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        order.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return self.suppress

with Tracked("a") as a, Tracked("b", suppress=True) as b, Tracked("c") as c:
    order.append(f"body {a}{b}{c}")
    raise IndexError
print(order)
def early():
    with Tracked("ret"):
        return "returned"

order.clear()
print(early(), order)

order.clear()
for i in range(3):
    with Tracked(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(order)

with contextlib.suppress(FileNotFoundError, KeyError):
    raise KeyError("quiet")
print("suppress ok")
@contextlib.contextmanager
def section(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e} in {name}")
    finally:
        print(f"</{name}>")

with section("one") as v: print("  inside", v)
with section("two"):
    raise ValueError("boom")
print("end")
