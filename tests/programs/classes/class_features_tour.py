class A:
    x = 1
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    @property
    def double(self): return self.v * 2
    @double.setter
    def double(self, val): self.v = val // 2
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
class B(A):
    def __init__(self, v):
        super().__init__(v + 1)
    def __eq__(self, o): return isinstance(o, B) and o.v == self.v
    __hash__ = None
b = B(1); print(b, b.double, B.s(), B.c(), b.x, B.__mro__)
b.double = 10; print(b.v)
print(B(1) == B(1), B(1) != B(2))
class Meta(type):
    def __new__(m, name, bases, ns): ns['tag'] = name.lower(); return super().__new__(m, name, bases, ns)
class C(metaclass=Meta): pass
print(C.tag, type(C).__name__)
class E(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args)
def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
g = gen(3); print(next(g), g.send("hi"), list(g))
def deleg():
    r = yield from gen(2)
    print("r", r)
print(list(deleg()))
print(sum(x*x for x in range(10)))
with open(__file__) as f: print(len(f.readline()))
