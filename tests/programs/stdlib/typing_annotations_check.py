# typing: annotations are stored in __annotations__ (functions, classes, modules) and can be inspected.
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, get_type_hints

count: int = 0
names: List[str] = []
untyped_default = 5

def greet(name: str, times: int = 1, *, loud: bool = False) -> str:
    text = " ".join([f"hi {name}"] * times)
    return text.upper() if loud else text

def process(data: Dict[str, List[int]], key: Optional[str] = None) -> Union[int, None]:
    if key is None:
        return sum(sum(v) for v in data.values())
    return sum(data.get(key, []))

def callback(fn: Callable[[int, str], bool], args: Tuple[int, ...]) -> Any:
    return [fn(a, str(a)) for a in args]

class Config:
    host: str
    port: int = 8080
    debug: bool = False
    tags: List[str]
    def __init__(self, host: str) -> None:
        self.host = host

print("module annotations:", list(__annotations__), __annotations__["count"].__name__)
print("greet:", {k: v.__name__ for k, v in greet.__annotations__.items()})
print("greet result:", greet("bob", 2), greet("amy", loud=True))
print("process keys:", list(process.__annotations__))
print("process:", process({"a": [1, 2], "b": [3]}), process({"a": [1, 2]}, "a"), process({}, "z"))
print("callback:", callback(lambda n, s: len(s) > 1, (5, 10, 100)))
print("class annotations:", list(Config.__annotations__))
print("class annotation types:", [Config.__annotations__[k].__name__ for k in ("host", "port", "debug")])
c = Config("localhost")
print("instance:", c.host, c.port, c.debug, hasattr(c, "tags"), "tags" in Config.__dict__)
print("no annotations:", (lambda x: x).__annotations__, {} == untyped_default.__class__.__dict__.get("__annotations__", {}))
hints = get_type_hints(greet)
print("get_type_hints:", sorted(hints), hints["return"] is str)

def late(x: "int") -> "List[int]":
    return [x]
print("string annotations:", late.__annotations__)
print("get_type_hints resolves:", get_type_hints(late)["x"] is int)
print("Optional is Union with None:", Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print("List equality:", List[int] == List[int], List[int] != List[str])

def annotated_locals():
    local_var: int = 3
    other: str
    return local_var
print("local annotations not stored:", annotated_locals(), annotated_locals.__annotations__)
class Child(Config):
    extra: float = 1.5
print("subclass annotations own only:", list(Child.__annotations__), sorted(get_type_hints(Child)))
