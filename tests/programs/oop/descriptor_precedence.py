# Lookup precedence: data descriptors beat the instance __dict__, which beats non-data descriptors.
class DataDesc:
    def __get__(self, obj, cls):
        return "data-descriptor"
    def __set__(self, obj, value):
        obj.__dict__["shadow"] = value

class NonData:
    def __get__(self, obj, cls):
        return "non-data"

class GetOnlyWithDelete:
    def __get__(self, obj, cls):
        return "get+delete"
    def __delete__(self, obj):
        print("  __delete__ called")

class C:
    d = DataDesc()
    n = NonData()
    g = GetOnlyWithDelete()
    plain = "class value"

c = C()
c.__dict__.update(d="inst d", n="inst n", g="inst g", plain="inst plain")
print(c.d, c.n, c.g, c.plain)
c.d = "assigned"
print(c.d, c.__dict__["shadow"], c.__dict__["d"])
del c.n
print(c.n)
try:
    c.g = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.g
print(c.g)

class Method:
    def f(self):
        return "method"
m = Method()
print(m.f(), type(Method.__dict__["f"]).__name__)
m.f = lambda: "instance attribute wins"
print(m.f())
del m.f
print(m.f())
bound = Method.__dict__["f"].__get__(m, Method)
print(bound(), type(bound).__name__, bound.__self__ is m, bound.__func__ is Method.f)

class Prop:
    @property
    def p(self):
        return "property"
pr = Prop()
pr.__dict__["p"] = "dict value"
print(pr.p)
try:
    pr.p = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    calls = 0
    @Cached
    def data(self):
        Report.calls += 1
        return [1, 2, 3]
r = Report()
print(r.data, r.data, Report.calls, type(Report.data).__name__)
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    s = sm
    k = cm
print(Holder.s(), Holder().s(), Holder.k(), Holder().k())
print(sm.__get__(None, Holder)(), cm.__get__(None, Holder)())
