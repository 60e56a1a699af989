# del of names and attributes, __delattr__, and the errors afterwards.
a = 1
b = [1, 2]
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
c = b
del b
print(c)
try:
    del b
except NameError as e:
    print("del again:", type(e).__name__, e)

x, y, z = 1, 2, 3
del x, y
print("z" in dir(), "x" in dir(), "y" in dir())
class Point:
    kind = "class attr"
    def __init__(self): self.x, self.y = 1, 2

p = Point()
del p.x
print(vars(p))
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print("del missing:", type(e).__name__, e)
try:
    del p.kind
except AttributeError as e:
    print("del class attr via instance:", type(e).__name__, e)
p.kind = "instance attr"
print(p.kind)
del p.kind
print(p.kind)
del Point.kind
print(hasattr(p, "kind"))

class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.keep = 1
        self.drop = 2
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        if name == "keep":
            raise AttributeError(f"cannot delete {name}")
        object.__delattr__(self, name)

g = Guarded()
del g.drop
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
print(g.log, sorted(vars(g)))
def local_del():
    v = "value"
    w = v
    del v
    return w, "v" in locals()
print(local_del())
class Slotted: __slots__ = ("a",)
s = Slotted(); s.a = 5
del s.a
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in globals())
