# Class decorators: registries, adding methods, wrapping __init__, returning a different object.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def counting(cls):
    original = cls.__init__
    def __init__(self, *args, **kwargs):
        cls.created = getattr(cls, "created", 0) + 1
        original(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@register
@with_repr
@counting
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

@register
class Empty:
    pass

print(Point(1, y=2), Point(3))
print(Point.created, sorted(registry))
print(registry["point"] is Point)

def to_name(cls):
    return cls.__name__ + "!"

@to_name
class Gone:
    pass

print(Gone, type(Gone).__name__)
