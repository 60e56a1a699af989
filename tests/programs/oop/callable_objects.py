# __call__: stateful callables, callable(), class-based decorators with and without arguments.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (x + sum(more) + self.n) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(len), callable(lambda: 0))
print(list(map(Adder(100), [1, 2, 3])))

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
        self.__name__ = func.__name__
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.count, square.__name__, type(square).__name__)

class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(40), len(fib.cache))

class Tag:
    def __init__(self, name):
        self.name = name
    def __call__(self, func):
        def wrapper(*a):
            return f"<{self.name}>{func(*a)}</{self.name}>"
        return wrapper

@Tag("b")
@Tag("i")
def hello(who):
    return f"hello {who}"

print(hello("world"))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)

class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers[name] = fn
            return fn
        return register
    def __call__(self, name, *args):
        return self.handlers.get(name, lambda *a: f"no handler for {name}")(*args)

d = Dispatcher()
@d.on("sum")
def _(*xs):
    return sum(xs)
print(d("sum", 1, 2, 3), d("nope", 1))
