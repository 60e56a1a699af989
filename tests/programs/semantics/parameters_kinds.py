# Positional-only, keyword-only, defaults, *args and **kwargs, and their TypeError messages.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(1, c=9, d=0, b=8))
for call in [lambda: f(d=1), lambda: f(1), lambda: f(1, 2, 3, 4, d=1, e=2, a=3),
             lambda: f(a=1, d=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def g(x, y):
    return x - y
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, z=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def kwonly(*, key):
    return key
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
print(kwonly(key="k"))

def forward(*args, **kwargs):
    return g(*args, **kwargs)
print(forward(10, 3), forward(y=1, x=5), forward(*[7], **{"y": 2}))
def defaults(a, items=[]):
    items.append(a)
    return items
print(defaults(1), defaults(2), defaults(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount if hasattr(f, "__code__") else None)
