# del of names, attributes, items and slices, and the errors that follow.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def local_del():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local_del())

class Box:
    pass
b = Box()
b.v = 3
del b.v
try:
    b.v
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.missing
except AttributeError as e:
    print("AttributeError:", e)

items = list(range(10))
del items[0]
del items[-1]
del items[::3]
print(items)
del items[1:3]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
print(d)
a, b2 = 1, 2
del a, b2
print("a" in dir(), "b2" in dir())
try:
    del items[99]
except IndexError as e:
    print("IndexError:", e)
