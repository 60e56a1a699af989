# Decorators with arguments and decorator factories with optional arguments.
import functools

def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def greet(name): return f"hi {name}"

print(greet("ann"))

def prefix(text, sep=": "):
    def decorate(func):
        def wrapper(*args):
            return text + sep + str(func(*args))
        wrapper.prefix = text
        return wrapper
    return decorate

@prefix("result")
def square(x): return x * x

@prefix("sum", sep=" = ")
def total(*xs): return sum(xs)

print(square(7), square.prefix)
print(total(1, 2, 3))

def retry(func=None, *, attempts=2):
    if func is None:
        return lambda f: retry(f, attempts=attempts)
    @functools.wraps(func)
    def wrapper(*args):
        for i in range(1, attempts + 1):
            try:
                return func(*args)
            except ValueError as e:
                print(f"  attempt {i} of {func.__name__} failed: {e}")
        return None
    return wrapper

state = {"n": 0}

@retry
def flaky():
    state["n"] += 1
    if state["n"] < 2:
        raise ValueError(f"n={state['n']}")
    return "ok"

@retry(attempts=4)
def always_bad(): raise ValueError("never")

print(flaky())
print(always_bad())

def validate(**types):
    def decorate(func):
        def wrapper(**kwargs):
            for key, t in types.items():
                if not isinstance(kwargs.get(key), t):
                    raise TypeError(f"{key} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return decorate

@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"

print(person(name="bo", age=4))
try:
    person(name="bo", age="4")
except TypeError as e:
    print(type(e).__name__, e)
