# Functions are objects: names, defaults, passing and storing them, attributes, callable().
def greet(name, greeting="Hello"):
    """Return a greeting."""
    return f"{greeting}, {name}!"

print(greet.__name__, greet.__doc__, greet.__defaults__, callable(greet), callable(5))
say = greet
print(say("Ann"), say("Bob", greeting="Hi"))
registry = {}
def register(name, fn):
    registry[name] = fn
    return fn
register("double", lambda x: 2 * x)
register("greet", greet)
print(registry["double"](21), registry["greet"]("Cy"))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
greet.calls = 3
print(greet.calls)
def no_return():
    pass
print(no_return(), type(no_return()).__name__)
def early(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return
    return "zero"
print(early(1), early(-1), early(0))
print(type(greet).__name__, type(len).__name__, type(lambda: 0).__name__)
