# Decorators applied to classes: adding methods, registries, wrapping __init__, singletons.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
def add_repr(cls):
    fields = list(cls.__annotations__)
    cls.__repr__ = lambda self: "%s(%s)" % (type(self).__name__, ", ".join(f"{f}={getattr(self, f)!r}" for f in fields))
    return cls

def auto_init(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} args, got {len(args)}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
    cls.__init__ = __init__
    return cls

@register
@add_repr
@auto_init
class Point:
    x: int
    y: int

@register
@add_repr
@auto_init
class Label: text: str

p = Point(1, 2)
print(p, Label("hello"))
print(sorted(registry), registry["point"] is Point)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.cls = cls
    return get

@singleton
class Config:
    def __init__(self, name): self.name = name

a, b = Config("first"), Config("second")
print(a is b, a.name, type(Config).__name__, Config.cls.__name__)

def counted_instances(cls):
    original = cls.__init__
    cls.count = 0
    def __init__(self, *args, **kwargs):
        type(self).count += 1
        original(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@counted_instances
class Node:
    def __init__(self, v): self.v = v

nodes = [Node(i) for i in range(4)]
print(Node.count, [n.v for n in nodes])
def with_params(**attrs):
    def decorate(cls):
        [setattr(cls, k, v) for k, v in attrs.items()]
        return cls
    return decorate
@with_params(color="red", size=3)
class Widget: pass
print(Widget.color, Widget.size, sorted(k for k in vars(Widget) if not k.startswith("_")))
