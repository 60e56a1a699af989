# Higher-order utilities written by hand: reduce, memoize, pipeline, partial application.
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc

print(my_reduce(lambda a, b: a + b, range(10), 0), my_reduce(lambda a, b: a * b, range(1, 10), 1))
print(my_reduce(lambda a, b: b + a, "abc", ""))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = memoize(slow_fib)
print(fib(80), len(fib.cache))

def partial(fn, *bound, **kwbound):
    def call(*args, **kwargs):
        merged = dict(kwbound)
        merged.update(kwargs)
        return fn(*bound, *args, **merged)
    return call

def describe(a, b, c, sep="-"):
    return sep.join([str(a), str(b), str(c)])

p = partial(describe, 1, sep="+")
print(p(2, 3), p(4, 5, sep="*"), partial(describe, 1, 2, 3)())

def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run

clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello Big World  "))
