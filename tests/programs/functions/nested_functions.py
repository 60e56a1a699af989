# Functions defined inside functions and loops; each definition creates a new function object.
def outer(n):
    def helper(k):
        return k * n
    results = []
    for i in range(3):
        def step(v, i=i):
            return helper(v) + i
        results.append(step(10))
    return results

print(outer(2), outer(5))
def make_ops():
    ops = {}
    for name, sign in [("inc", 1), ("dec", -1)]:
        def op(x, sign=sign):
            return x + sign
        ops[name] = op
    return ops
ops = make_ops()
print(ops["inc"](5), ops["dec"](5), ops["inc"] is ops["dec"], ops["inc"].__name__)
def fib_factory():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(fib_factory()(100))
