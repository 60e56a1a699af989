# Keyword-only parameters and the TypeError messages for misuse.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

def report(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

report(lambda: connect("a", secure=True))
report(lambda: connect("a", port=8080, secure=False))
report(lambda: connect("a"))
report(lambda: connect("a", 443, True))
report(lambda: connect("a", secure=1, colour="red"))
report(lambda: connect(secure=True))
report(lambda: connect())

def many(*, a, b, c):
    return a + b + c

report(lambda: many(a=1, b=2, c=3))
report(lambda: many(a=1))
report(lambda: many(1, 2, 3))
report(lambda: many(b=1, c=2))

def after_args(*items, sep=", ", end="."):
    return sep.join(items) + end

report(lambda: after_args("x", "y", "z"))
report(lambda: after_args("x", "y", sep="-", end="!"))
report(lambda: after_args(end="?"))
report(lambda: after_args("x", sepp="/"))

def with_kwargs(a, *, flag=False, **rest):
    return (a, flag, sorted(rest.items()))

report(lambda: with_kwargs(1, flag=True, z=3, y=2))
report(lambda: with_kwargs(a=1, a2=2))
report(lambda: with_kwargs(1, 2))

class Builder:
    def set(self, *, name, value=None):
        return f"{name}={value}"

b = Builder()
report(lambda: b.set(name="k"))
report(lambda: b.set("k"))
report(lambda: b.set())
report(lambda: Builder.set(b, name="z", value=[1]))

print(connect.__kwdefaults__, many.__kwdefaults__, connect.__defaults__)
print(connect.__code__.co_kwonlyargcount, connect.__code__.co_argcount)
