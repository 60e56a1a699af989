# __class_getitem__ and generic aliases: list[int], dict[str, int], user-defined parameterization.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

print(Box[int], Box["T"], Box[3], Box[int, str] if False else Box[(int, str)])

class Registry:
    made = {}
    def __class_getitem__(cls, key):
        if key not in cls.made:
            cls.made[key] = type(f"{cls.__name__}_{key.__name__}", (cls,), {"kind": key})
        return cls.made[key]
    def check(self, v):
        return isinstance(v, self.kind)

IntReg = Registry[int]
print(IntReg.__name__, IntReg is Registry[int], IntReg().check(3), IntReg().check("3"))
print(Registry[str]().check("s"), sorted(k.__name__ for k in Registry.made))
print(type(Registry.__dict__["__class_getitem__"]).__name__)

li = list[int]
print(li, dict[str, list[int]], tuple[int, ...], type[str])
print(li.__origin__, li.__args__, dict[str, int].__args__)
print(li([1, 2]), li("ab"), type(li([1])).__name__)
print(isinstance([1], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)

from typing import Generic, TypeVar
T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack.__name__)
print(Stack[int].__origin__ is Stack, Stack[str].__args__ == (str,))

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
inst = Box()
try:
    inst[0]
except TypeError as e:
    print(type(e).__name__, e)
