# typing: the common names import, annotations are recorded, generics subscript at run time.
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Tuple, Any
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
def apply(f: Callable[[int], int], xs: List[int]) -> Dict[str, int]:
    return {str(x): f(x) for x in xs}
def maybe(x: Optional[int] = None) -> Union[int, str]:
    return "none" if x is None else x
print(Box(3).get(), Box[str]("s").get(), apply(lambda v: v * v, [1, 2]), maybe(), maybe(4))
print(sorted(apply.__annotations__), maybe.__annotations__["x"] == Optional[int])
count: int = 5
print(__annotations__["count"] is int if "__annotations__" in globals() else "no module annotations")
class Config:
    name: str
    retries: int = 3
print(Config.__annotations__, Config.retries, hasattr(Config, "name"))
pair: Tuple[int, str] = (1, "a")
print(pair, Any is not None)
