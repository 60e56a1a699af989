# del on names, list items, slices and dict keys; using a deleted name raises NameError.
a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0], b[-1]
print(b)
del b[::2]
print(b)
del c["x"]
print(c)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in globals())
def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del c["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
