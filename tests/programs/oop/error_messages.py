# Exact CPython messages for common errors in calls, attributes, operators and subscripts.
class C:
    def m(self, a):
        return a
    @staticmethod
    def s(x, y=1):
        return x
    @classmethod
    def k(cls, *, flag):
        return flag

def f(a, b, /, c, *, d):
    return a

def g(x, y=2, *args, **kw):
    return x

cases = [
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.s(1, 2, 3),
    lambda: C.k(True),
    lambda: C.k(flg=1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1),
    lambda: g(),
    lambda: g(1, x=2),
    lambda: C(1),
    lambda: C().x,
    lambda: C.x,
    lambda: (1).x,
    lambda: "s".upperr(),
    lambda: None.foo,
    lambda: [].push,
    lambda: 1 + "a",
    lambda: [1] * "a",
    lambda: {} + {},
    lambda: -"s",
    lambda: ~1.5,
    lambda: C() - 1,
    lambda: 1 ** C(),
    lambda: C()(),
    lambda: int(5)(),
    lambda: C()[0],
    lambda: (1, 2)[5],
    lambda: {"a": 1}["b"],
    lambda: len(5),
    lambda: (1).__len__,
    lambda: int("x1"),
    lambda: [][0],
    lambda: "abc"[float(1)],
    lambda: abs("s"),
    lambda: sum(["a", "b"]),
    lambda: object().attr,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)

def setitem(obj, k, v):
    obj[k] = v
def delitem(obj, k):
    del obj[k]
for obj in ((1, 2), "str", C(), frozenset()):
    try:
        setitem(obj, 0, 1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        delitem(obj, 0)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    C().m.__self__.m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
