# abc: virtual subclasses via register(), __subclasshook__ duck typing, and abstract class/static methods.
from abc import ABC, ABCMeta, abstractmethod

class Serializer(ABC):
    @abstractmethod
    def dumps(self, obj):
        ...

class JsonLike:
    def dumps(self, obj):
        return repr(obj)

print("before register:", issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer))
Serializer.register(JsonLike)
print("after register:", issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer))
print("not in mro:", Serializer in JsonLike.__mro__)

@Serializer.register
class CsvLike:
    def dumps(self, obj):
        return ",".join(map(str, obj))
print("decorator register:", issubclass(CsvLike, Serializer), CsvLike().dumps([1, 2, 3]))
print("register returns class:", CsvLike.__name__)
Serializer.register(tuple)
print("builtin registered:", isinstance((1,), Serializer), isinstance([1], Serializer))

class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class FileLike:
    def close(self): return "closed"
class Socketish(FileLike): pass
class NotCloseable: pass
print("duck typed:", issubclass(FileLike, Closeable), issubclass(Socketish, Closeable), issubclass(NotCloseable, Closeable))
print("isinstance duck:", isinstance(FileLike(), Closeable), isinstance(42, Closeable))

def shutdown(resources):
    return [r.close() for r in resources if isinstance(r, Closeable)]
print("shutdown:", shutdown([FileLike(), NotCloseable(), Socketish(), "text"]))

class Factory(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abstractmethod
    def kind():
        ...
class Widget(Factory):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def kind():
        return "widget"
w = Widget.create()
print("classmethod/staticmethod:", type(w).__name__, Widget.kind(), isinstance(w, Factory))
for cls in (Factory,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Meta(ABCMeta):
    pass
class Custom(metaclass=Meta):
    @abstractmethod
    def go(self): ...
print("custom metaclass:", type(Custom).__name__, isinstance(Custom, ABCMeta))
print("subclass check of int:", issubclass(int, Serializer), issubclass(bool, Closeable))
