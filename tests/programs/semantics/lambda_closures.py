# Lambdas as closures: currying, composition, counters, recursion through names.
compose = lambda *fs: (lambda x: __import__("functools").reduce(lambda acc, f: f(acc), reversed(fs), x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
sq = lambda x: x ** 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(sq, inc, dbl)(3), compose()(7))

curry3 = lambda f: lambda a: lambda b: lambda c: f(a, b, c)
vol = curry3(lambda a, b, c: a * b * c)
print(vol(2)(3)(4), vol(1)(1)(1))

def make_counter():
    state = [0]
    return (lambda: state.__setitem__(0, state[0] + 1) or state[0]), (lambda: state[0])

tick, read = make_counter()
tick(); tick(); tick()
print(read())

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(8)])

Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(12)])

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": lambda *xs: max(xs),
}
print({k: f(7, 3) for k, f in ops.items()})

def rpn(tokens):
    stack = []
    for t in tokens.split():
        if t in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[t](a, b))
        else:
            stack.append(int(t))
    return stack
print(rpn("3 4 + 2 *"), rpn("10 2 - 3 max"))

# lambdas with defaults, keyword-only params, *args
fancy = lambda a, b=2, *rest, c=3, **kw: (a, b, rest, c, sorted(kw))
print(fancy(1), fancy(1, 5, 6, 7, c=0, z=1, y=2))
print((lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print(fancy.__name__, fancy.__code__.co_name if hasattr(fancy, "__code__") else "?")

# closure over the enclosing function's parameter and a later-assigned local
def scaler(factor):
    fn = lambda v: v * factor * bonus
    bonus = 10
    return fn
print(scaler(3)(2))

pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
