# Calls with * and ** unpacking mixed with explicit arguments; dict order of **kwargs.
def show(*args, **kwargs):
    print(args, kwargs)

show(1, *[2, 3], 4, *(5,))
show(a=1, **{"b": 2, "c": 3}, d=4)
show(*"xy", **dict(k="v"))
opts = {"sep": ", ", "end": "!\n"}
print("a", "b", "c", **opts)
def point(x, y, z=0):
    return (x, y, z)
print(point(**{"y": 2, "x": 1}), point(*[1], **{"y": 5}), point(*(1, 2, 3)))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
