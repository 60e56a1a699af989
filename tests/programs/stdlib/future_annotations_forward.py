# from __future__ import annotations: annotations become strings; forward references just work.
from __future__ import annotations
import __future__

class Tree:
    def __init__(self, value: int, children: list[Tree] | None = None) -> None:
        self.value = value
        self.children: list[Tree] = children or []

    def add(self, child: Tree) -> Tree:
        self.children.append(child)
        return self

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)

    @classmethod
    def leaf(cls, value: int) -> Tree:
        return cls(value)

t = Tree(1).add(Tree(2).add(Tree.leaf(4))).add(Tree.leaf(3))
print("total:", t.total(), "depth:", t.depth())
print("__init__ annotations:", Tree.__init__.__annotations__)
print("add annotations:", Tree.add.__annotations__)
print("leaf annotations:", Tree.leaf.__annotations__)
print("all strings:", all(isinstance(v, str) for v in Tree.add.__annotations__.values()))

def undefined_names(x: NotDefinedAnywhere, y: dict[str, Undefined2]) -> AlsoMissing:
    return x
print("undefined names are fine:", undefined_names(5, {}), undefined_names.__annotations__)

count: int = 3
ratio: float
print("module annotations:", __annotations__)

class Point:
    x: float
    y: float = 0.0
    origin: Point | None = None
print("class annotations:", Point.__annotations__, Point.y)

def complex_sig(a: int = 1, *args: str, b: tuple[int, ...] = (), **kw: float) -> list[int | None]:
    return [a]
print("complex:", complex_sig.__annotations__)

feature = __future__.annotations
print("feature type:", type(feature).__name__)
print("mandatory release:", feature.getMandatoryRelease())
print("optional release:", feature.getOptionalRelease())
print("compiler_flag is int:", isinstance(feature.compiler_flag, int))
print("known features include annotations:", "annotations" in __future__.all_feature_names)
print("division feature:", __future__.division.getMandatoryRelease()[:2])
