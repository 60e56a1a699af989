# __init_subclass__ hooks with class keyword arguments, registries and chained super() calls.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.key] = cls
        print(f"registered {cls.__name__} key={cls.key} priority={priority}")

class Csv(Plugin, key="csv", priority=2):
    pass

class Json(Plugin, priority=5):
    pass

class PrettyJson(Json, key="pretty"):
    pass

print(sorted(Plugin.registry), PrettyJson.priority, Json.key, hasattr(Plugin, "key"))
print([c.__name__ for c in sorted(Plugin.registry.values(), key=lambda c: -c.priority)])

class Tagged:
    def __init_subclass__(cls, tags=(), **kw):
        super().__init_subclass__(**kw)
        cls.tags = getattr(cls, "tags", ()) + tuple(tags)

class Mixin:
    def __init_subclass__(cls, **kw):
        print(f"Mixin sees {cls.__name__} with {sorted(kw)}")
        super().__init_subclass__(**kw)

class A(Tagged, tags=["a"]):
    pass
class B(A, tags=["b", "c"]):
    pass
class C(Mixin, Tagged, tags=["m"]):
    pass
print(A.tags, B.tags, C.tags)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(colour="blue"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Counted:
    subclasses = []
    def __init_subclass__(cls):
        Counted.subclasses.append(cls.__qualname__)

def factory(n):
    class Local(Counted):
        pass
    return Local
for i in range(2):
    factory(i)
class Direct(Counted):
    class Inner(Counted):
        pass
print(Counted.subclasses)
T = type("T", (Plugin,), {}, key="dynamic", priority=9)
print(T.key, T.priority, Plugin.registry["dynamic"] is T)
