# Stacked decorators: application order bottom-up, call order top-down.
trace = []

def make(label):
    trace.append(f"factory {label}")
    def decorate(func):
        trace.append(f"apply {label} to {func.__name__}")
        def wrapper(*args):
            trace.append(f"enter {label}")
            result = func(*args)
            trace.append(f"exit {label}")
            return f"{label}({result})"
        wrapper.__name__ = f"{label}_{func.__name__}"
        return wrapper
    return decorate

@make("outer")
@make("middle")
@make("inner")
def core(x):
    trace.append("core")
    return x

print(trace)
trace.clear()
print(core(5))
print(trace)
print(core.__name__)

# equivalent explicit form
def core2(x): return x
explicit = make("a")(make("b")(core2))
print(explicit(1), explicit.__name__)

# decorator expressions (PEP 614): any expression is allowed
decorators = {"up": lambda f: (lambda *a: f(*a).upper()),
              "rev": lambda f: (lambda *a: f(*a)[::-1])}

@decorators["up"]
@decorators["rev"]
def word(w):
    return w + "!"

print(word("abc"))

@(lambda f: f if True else None)
def identity(): return "same"
print(identity())

class Registry:
    def __init__(self): self.items = []
    def register(self, func):
        self.items.append(func.__name__)
        return func

reg = Registry()

@reg.register
@make("x")
def alpha():
    return "A"

@make("y")
@reg.register
def beta():
    return "B"

print(reg.items, alpha(), beta())

def counting(func):
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper

@counting
@counting
def f(n): return n
print([f(i) for i in range(3)], f.calls, f.__name__)
