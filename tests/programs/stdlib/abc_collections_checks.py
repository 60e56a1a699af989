# collections.abc isinstance/issubclass checks over builtin types and custom classes.
from collections import abc, OrderedDict, defaultdict, deque, Counter

def gen():
    yield 1

samples = {
    "list": [1, 2], "tuple": (1,), "str": "ab", "bytes": b"x", "dict": {"a": 1},
    "set": {1}, "frozenset": frozenset(), "range": range(3), "generator": gen(),
    "iter(list)": iter([]), "int": 5, "function": len, "lambda": lambda: 0,
    "deque": deque(), "OrderedDict": OrderedDict(), "defaultdict": defaultdict(int), "Counter": Counter(),
    "None": None, "type": int, "dict.keys": {}.keys(), "map": map(str, []),
}
checks = ["Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping",
          "Callable", "Hashable", "Sized", "Container", "Generator", "Set", "MutableSet", "Collection", "Reversible"]
header = "".join(c[:4].ljust(5) for c in checks)
print(f"{'':<12}{header}")
for name, obj in samples.items():
    row = "".join(("Y" if isinstance(obj, getattr(abc, c)) else ".").ljust(5) for c in checks)
    print(f"{name:<12}{row}")

print("issubclass list Sequence:", issubclass(list, abc.Sequence), "dict Mapping:", issubclass(dict, abc.Mapping))
print("issubclass str MutableSequence:", issubclass(str, abc.MutableSequence))
print("list unhashable:", isinstance([], abc.Hashable), "tuple hashable:", isinstance((), abc.Hashable))

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items

b = Bag(1, 2)
print("Bag Sized/Iterable/Container/Collection:", isinstance(b, abc.Sized), isinstance(b, abc.Iterable),
      isinstance(b, abc.Container), isinstance(b, abc.Collection))
print("Bag Sequence:", isinstance(b, abc.Sequence), "Callable:", isinstance(b, abc.Callable))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
print("Countdown Iterator:", isinstance(cd, abc.Iterator), list(cd))

class Adder:
    def __call__(self, x):
        return x + 1
print("Adder callable:", isinstance(Adder(), abc.Callable), callable(Adder()))

class NoHash:
    __hash__ = None
print("NoHash hashable:", isinstance(NoHash(), abc.Hashable))
