# Closures created in loops capture variables, not values; default arguments freeze values.
late = []
for i in range(4):
    late.append(lambda: i * 10)
print([f() for f in late])

early = []
for i in range(4):
    early.append(lambda i=i: i * 10)
print([f() for f in early])

comp_late = [lambda: n for n in "abc"]
comp_early = [lambda n=n: n for n in "abc"]
print([f() for f in comp_late], [f() for f in comp_early])

def make_adders():
    adders = {}
    for k in (1, 2, 3):
        def add(x, k=k):
            return x + k
        adders[k] = add
    return adders

print({k: f(100) for k, f in make_adders().items()})

def factory(k):
    return lambda x: x * k
times = [factory(k) for k in range(1, 5)]
print([t(3) for t in times])

# the loop variable can change after the closure is created
def capture_then_change():
    fns = []
    v = "first"
    fns.append(lambda: v)
    v = "second"
    fns.append(lambda: v)
    v = "third"
    return [f() for f in fns]
print(capture_then_change())

# generator expressions bind late too
funcs = [(lambda: x) for x in range(3)]
gen = (lambda: y for y in range(3))
print([f() for f in funcs], [f() for f in gen])

# functools.partial freezes arguments
import functools
parts = [functools.partial(lambda a, b: f"{a}-{b}", j) for j in "xyz"]
print([p("!") for p in parts])

# a closure keeps its cell alive after the loop variable leaves scope
def cells():
    result = []
    for name in ["a", "b"]:
        def show():
            return name
        result.append(show)
    return result
c = cells()
print([f() for f in c], c[0].__closure__[0].cell_contents)
print(c[0].__code__.co_freevars, early[0].__defaults__, late[0].__closure__)

# while loop with late binding
callbacks = []
n = 0
while n < 3:
    callbacks.append(lambda: n)
    n += 1
print([cb() for cb in callbacks])
