# functools.wraps copies __name__, __doc__, __qualname__, __module__, __dict__ and sets __wrapped__.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}{kwargs if kwargs else ''}")
        return func(*args, **kwargs)
    return wrapper

def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=1):
    """Add two numbers."""
    return a + b

@plain
def sub(a, b):
    """Subtract."""
    return a - b

print(add(2, 3), add(a=5))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(10, 20), add.__wrapped__.__name__)
print(sub.__name__, sub.__doc__, sub.__qualname__)
print(hasattr(sub, "__wrapped__"))

def tagged(func):
    func.tags = ["x", "y"]
    return func

@logged
@tagged
def mul(a, b):
    "multiply"
    return a * b

print(mul(3, 4), mul.tags, mul.__doc__)

class Service:
    def __repr__(self):
        return "<Service>"

    @logged
    def handle(self, request):
        """Handle a request."""
        return request.upper()

s = Service()
print(s.handle("ping"))
print(Service.handle.__qualname__, Service.handle.__doc__)

# double wrapping: __wrapped__ chains
double = logged(logged(add.__wrapped__))
print(double(1, 1))
print(double.__wrapped__.__wrapped__ is add.__wrapped__)
# inspect.unwrap follows the chain
import inspect
print(inspect.unwrap(double) is add.__wrapped__)

def no_doc():
    pass
w = functools.wraps(no_doc)(lambda: None)
print(w.__name__, w.__doc__)

# update_wrapper with custom assigned list
def target():
    "target doc"
def shell():
    "shell doc"
functools.update_wrapper(shell, target, assigned=("__doc__",), updated=())
print(shell.__name__, shell.__doc__, shell.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS)
