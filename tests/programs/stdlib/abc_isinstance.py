# collections.abc checks on built-in and user types; abc.ABC with abstract methods.
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, Generator
from abc import ABC, abstractmethod
def gen():
    yield 1
checks = [Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, Generator]
for value in [[1], (1,), "s", {"a": 1}, {1}, iter([]), gen(), len, 3, None]:
    print(type(value).__name__, [c.__name__ for c in checks if isinstance(value, c)])
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Sized2:
    def __len__(self):
        return 0
print(isinstance(Sized2(), Sized), issubclass(list, Sequence), issubclass(dict, Sequence))
