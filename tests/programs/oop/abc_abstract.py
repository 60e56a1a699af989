# Abstract base classes: abstractmethod, the instantiation TypeError, abstract properties, register().
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area()} perimeter={self.perimeter()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class HalfDone(Shape):
    def area(self):
        return 0

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape).__name__, isinstance(Shape, ABCMeta), issubclass(Square, ABC))

class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...

class Dog(Named):
    @property
    def name(self):
        return "dog"
    @classmethod
    def create(cls):
        return cls()

try:
    Named()
except TypeError as e:
    print(type(e).__name__, e)
print(Dog.create().name)

class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized and any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))

class Drawable(ABC):
    pass

class Canvas:
    pass

Drawable.register(Canvas)
print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), Drawable in Canvas.__mro__)

@Drawable.register
class Sprite:
    pass
print(issubclass(Sprite, Drawable), Sprite.__name__)

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"

class Impl(Base):
    def run(self):
        return "impl+" + super().run()
print(Impl().run())
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
