# typing: TypeVar and Generic containers, Optional/Union/Callable annotations used at runtime.
from typing import TypeVar, Generic, List, Dict, Optional, Union, Callable, Iterator, Tuple, Any

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None
    def __len__(self) -> int:
        return len(self._items)
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

s: Stack[int] = Stack[int]()
for n in [1, 2, 3]:
    s.push(n)
print("stack:", list(s), "peek:", s.peek(), "pop:", s.pop(), "len:", len(s))
words = Stack[str]()
print("empty peek:", words.peek())
try:
    words.pop()
except IndexError as e:
    print("IndexError:", e)

class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}
    def register(self, key: K, value: V) -> "Registry[K, V]":
        self._data[key] = value
        return self
    def lookup(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._data.get(key, default)

handlers: Registry[str, Callable[[int], int]] = Registry()
handlers.register("double", lambda x: x * 2).register("square", lambda x: x * x)
print("handlers:", handlers.lookup("double")(21), handlers.lookup("square")(9), handlers.lookup("nope"))

def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
def parse(value: Union[int, str]) -> int:
    return value if isinstance(value, int) else int(value.strip())
def apply_all(funcs: List[Callable[[int], int]], x: int) -> List[int]:
    return [f(x) for f in funcs]
def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())

print("first:", first([9, 8]), first([]), "parse:", parse(" 42 "), parse(7))
print("apply_all:", apply_all([abs, lambda v: v + 1, lambda v: -v], -5))
print("pairs:", pairs({"b": 2, "a": 1}))
print("TypeVar name:", T.__name__, "Generic subclass:", issubclass(Stack, Generic))
print("annotations of parse:", {k: getattr(v, "__name__", None) for k, v in parse.__annotations__.items() if k == "return"})
print("first annotations keys:", list(first.__annotations__))
print("Any passes through:", (lambda x: x)(Any) is Any)
Number = TypeVar("Number", int, float)
def total(xs: List[Number]) -> Number:
    return sum(xs)
print("constrained TypeVar:", total([1, 2, 3]), total([0.5, 0.25]), Number.__constraints__ == (int, float))
