# abc: ABC/abstractmethod hierarchies, abstract properties, and instantiation errors.
from abc import ABC, abstractmethod, ABCMeta
import math

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    @property
    def name(self): return "circle"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    @property
    def name(self): return "rect"

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @property
    def name(self): return "square"
for shape in [Circle(1), Rect(2, 3.5), Square(4)]:
    print(shape.describe())
print("abstract methods:", sorted(Shape.__abstractmethods__), "concrete:", sorted(Circle.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Partial(Shape):
    def area(self): return 0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print("Partial abstract:", sorted(Partial.__abstractmethods__))
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"
class Impl(Base):
    def run(self):
        return "impl + " + super().run()
print("super of abstract:", Impl().run(), isinstance(Impl(), Base), type(Base).__name__)
class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
    @abstractmethod
    def execute(self, x): ...
    @classmethod
    def create_all(cls):
        return [c() for c in cls.__subclasses__()]
class Upper(Plugin):
    def execute(self, x): return x.upper()
class Reverse(Plugin):
    def execute(self, x): return x[::-1]
print("registry:", Plugin.registry, [p.execute("abc") for p in Plugin.create_all()])
print("ABC is ABCMeta instance:", isinstance(ABC, ABCMeta), issubclass(Circle, ABC))
