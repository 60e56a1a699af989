# len, type, isinstance, issubclass across the built-in types.
values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), None, True, len, slice(1)]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
for v in ["abc", [1, 2], (1,), {"a": 1, "b": 2}, {1, 2, 3}, range(10), b"xy", frozenset([1]), ""]:
    print(len(v), end=" ")
print()
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(list, (tuple, list)), issubclass(float, int))
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)).__name__, type(None).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance([], ()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
