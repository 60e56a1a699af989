# *args / **kwargs forwarding through layers, duplicates and missing arguments.
def target(a, b, c=3, *rest, d=4, **extra):
    return f"a={a} b={b} c={c} rest={rest} d={d} extra={sorted(extra.items())}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

def forward_added(*args, **kwargs):
    kwargs.setdefault("d", "D")
    return forward(*args, "tail", **kwargs)

def report(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

report(lambda: forward(1, 2))
report(lambda: forward(1, 2, 30, 40, 50, d=0, z=9))
report(lambda: forward(b=2, a=1))
report(lambda: forward_added(1, 2))
report(lambda: forward_added(1, 2, 3, d=None, e=5))
report(lambda: forward(1, a=1))
report(lambda: forward(1))
report(lambda: forward(**{"a": 1, "b": 2, "c": 3, "zz": 0}))

def signature_of(*args, **kwargs):
    return (args, kwargs)

print(signature_of())
print(signature_of(1, *[2, 3], *(), **{}, x=1, **{"y": 2}))
print(type(signature_of()[0]).__name__, type(signature_of()[1]).__name__)

# kwargs is a fresh dict: mutations don't leak to the caller
options = {"k": 1}
def mutate(**kw):
    kw["k"] = 99
    kw["new"] = True
    return kw
print(mutate(**options), options)

# args passed positionally and by keyword at once
def pair(x, y):
    return x, y
report(lambda: pair(1, *[2], **{"y": 3}))
report(lambda: pair(*"ab"))
report(lambda: pair(*"abc"))
report(lambda: pair(**{"x": 1, "y": 2, "z": 3}))
report(lambda: pair(1, **{1: 2}))

def counter(*args, **kwargs):
    return len(args), len(kwargs)
print(counter(*range(10), **{c: i for i, c in enumerate("abc")}))

def wrapper_chain(func, *outer, **outer_kw):
    def inner(*args, **kwargs):
        return func(*outer, *args, **{**outer_kw, **kwargs})
    return inner
partial_target = wrapper_chain(target, "A", d="first")
print(partial_target("B"))
print(partial_target("B", "C", d="second", q=1))
