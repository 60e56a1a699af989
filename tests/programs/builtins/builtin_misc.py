# Assorted builtins: id-free identity checks, dir of simple objects filtered, repr vs str, ascii.
print(repr("a\nb"), str("a\nb"), ascii("ñ"), repr(b"\x00"), repr(1.0), repr([1.0, "x"]))
print(all(name in dir([]) for name in ["append", "pop", "sort"]), "upper" in dir(""), "__len__" in dir({}))
print(type(print).__name__, type(abs).__name__, print.__name__, len.__name__)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z, None is None)
print(isinstance(print, object), callable(print), bool(print))
print(list(map(type, [1, "", 1.0]))[0] is int, [t.__name__ for t in map(type, [1, "", 1.0, None, []])])
