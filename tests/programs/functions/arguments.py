# Positional, keyword, default, *args, **kwargs, keyword-only and positional-only parameters.
def f(a, b, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"

print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=7, y=8))
print(f(b=2, a=1, d=0))
print(f(*[1, 2, 3, 4], **{"d": 9, "extra": True}))

def g(x, y, /, z, *, w):
    return (x, y, z, w)

print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
for call in [lambda: g(1, y=2, z=3, w=4), lambda: g(1, 2, 3, 4), lambda: g(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def h(*args, **kwargs):
    return len(args), sorted(kwargs.items())

print(h(), h(1, 2), h(a=1), h(1, b=2, a=3))

def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c

print(defaults(1))
print(defaults(2))
print(defaults(3, []))
print(defaults(4))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def stamp(label, when=next_id()):
    return label, when

print(stamp("x"), stamp("y"), stamp("z", 99), counter)
