# __slots__: no __dict__, assigning an undeclared attribute fails, slots are inherited.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vec(1, 2)
print(v.x, v.y, hasattr(v, "__dict__"))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
v.x = 10
print(v.x)
del v.y
try:
    print(v.y)
except AttributeError as e:
    print("AttributeError:", e)

class Vec3(Vec):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

w = Vec3(1, 2, 3)
print(w.x, w.y, w.z, Vec3.__slots__, Vec.__slots__)

class Loose(Vec):
    pass

l = Loose(5, 6)
l.extra = "ok"
print(l.extra, sorted(l.__dict__))
