# Decorators with arguments, stacked decorators, functools.wraps keeping __name__/__doc__/__wrapped__.
import functools

def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

calls = []
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(f"{func.__name__}{args}{sorted(kwargs.items())}")
        return func(*args, **kwargs)
    return wrapper

@repeat(3)
@trace
def greet(name, punct="!"):
    """Say hello."""
    return f"hello {name}{punct}"

print(greet("ann"), greet("bob", punct="?"))
print(calls)
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__wrapped__.__wrapped__("x"))

def no_wraps(func):
    def inner(*a):
        return func(*a)
    return inner

@no_wraps
def named():
    "doc"
print(named.__name__, named.__doc__)

def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
