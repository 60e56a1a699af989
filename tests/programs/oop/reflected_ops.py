# Reflected operators: dispatch order, subclass priority, NotImplemented fallback and in-place fallback.
trace = []

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        trace.append(f"{self!r}.__add__({o!r})")
        if isinstance(o, Num):
            return type(self)(self.v + o.v)
        if isinstance(o, int):
            return type(self)(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        trace.append(f"{self!r}.__radd__({o!r})")
        if isinstance(o, int):
            return type(self)(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        trace.append(f"{self!r}.__sub__({o!r})")
        return type(self)(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        trace.append(f"{self!r}.__rsub__({o!r})")
        return type(self)(o - self.v)

class Special(Num):
    def __radd__(self, o):
        trace.append(f"{self!r}.__radd__({o!r})")
        return Special(o.v * 100 + self.v if isinstance(o, Num) else o + self.v)

def run(label, f):
    trace.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(label, r, trace)

run("n+n", lambda: Num(1) + Num(2))
run("n+1", lambda: Num(1) + 5)
run("1+n", lambda: 5 + Num(1))
run("10-n", lambda: 10 - Num(3))
run("n+s", lambda: Num(1) + Special(2))
run("s+n", lambda: Special(2) + Num(1))
run("n+str", lambda: Num(1) + "x")
run("str+n", lambda: "x" + Num(1))
run("sum", lambda: sum([Num(1), Num(2), Num(3)]))

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

x = OnlyAdd(1)
y = x
x += 4
print(x.v, y.v, x is y)

class InPlace:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __imul__(self, o):
        return NotImplemented

p = InPlace()
q = p
p += 1
p += 2
print(p.items, p is q)
try:
    p *= 3
except TypeError as e:
    print(type(e).__name__, e)
