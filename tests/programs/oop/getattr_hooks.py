# __getattr__ (only for missing names), __getattribute__ (every lookup), __setattr__ and __delattr__.
class Lazy:
    def __init__(self):
        self.loaded = []
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.loaded.append(name)
        value = name.upper()
        setattr(self, name, value)
        return value

z = Lazy()
print(z.alpha, z.beta, z.alpha, z.loaded)
print(hasattr(z, "_hidden"), getattr(z, "_x", "default"), sorted(vars(z)))

class Traced:
    def __init__(self):
        object.__setattr__(self, "hits", [])
        self.x = 1
    def __getattribute__(self, name):
        if name != "hits":
            object.__getattribute__(self, "hits").append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2

t = Traced()
print(t.x, t.method(), t.hits)
try:
    t.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(t.hits[-1])

class Validated:
    allowed = {"name", "age"}
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name!r}")
        if name == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, got {type(value).__name__}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        if name == "name":
            raise AttributeError("name is permanent")
        print("deleting", name)
        super().__delattr__(name)

v = Validated()
v.name = "Ann"
v.age = 30
for attr, val in (("colour", "red"), ("age", "old")):
    try:
        setattr(v, attr, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del v.age
try:
    del v.name
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(v).items()))

class Both:
    def __getattribute__(self, name):
        if name == "magic":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
b = Both()
b.real = 1
print(b.real, b.magic, b.other)

class Plain:
    pass
p = Plain()
try:
    del p.ghost
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "ghost")
except AttributeError as e:
    print(type(e).__name__, e)
