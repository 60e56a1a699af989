# __new__ and __init__: singletons, caching instances, __init__ skipped when __new__ returns another type.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
    def __init__(self, step=1):
        self.count += step

a = Singleton()
b = Singleton(5)
print(a is b, a.count)

class Interned:
    _cache = {}
    def __new__(cls, name):
        if name not in cls._cache:
            obj = object.__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]

print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), len(Interned._cache))

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")

print(Other())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple), type(p).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
