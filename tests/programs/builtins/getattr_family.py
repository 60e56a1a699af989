# getattr/setattr/hasattr/delattr on built-in objects and functions.
def func():
    return 1

print(hasattr(func, "__name__"), getattr(func, "__name__"), getattr(func, "missing", "dflt"), hasattr(5, "real"), getattr(5, "real"))
setattr(func, "tag", "hello")
print(func.tag, getattr(func, "tag"), hasattr(func, "tag"))
delattr(func, "tag")
print(hasattr(func, "tag"))
print(getattr("abc", "upper")(), getattr([1, 2], "count")(2), getattr({}, "get")("k", "d"))
try:
    getattr(5, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(5, 6)
except TypeError as e:
    print("TypeError:", e)
print(callable(func), callable(len), callable("str"), callable(str), callable(None), callable(lambda: 0))
