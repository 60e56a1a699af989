# Positional-only parameters (/) and their errors, mixed with normal and keyword-only ones.
def report(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def power(base, exp=2, /):
    return base ** exp

report(lambda: power(3))
report(lambda: power(2, 10))
report(lambda: power(base=2))
report(lambda: power(2, exp=3))
report(lambda: power())
report(lambda: power(1, 2, 3))

def mixed(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

report(lambda: mixed(1, 2, 3, e=5))
report(lambda: mixed(1, 2, c=3, d=0, e=5, f=7))
report(lambda: mixed(1, b=2, c=3, e=5))
report(lambda: mixed(1, 2, 3, 4, 5))
report(lambda: mixed(1, 2, 3))
report(lambda: mixed(1, 2, e=1))

# positional-only names may also appear in **kwargs
def collect(name, /, **kwargs):
    return f"{name} {sorted(kwargs.items())}"

report(lambda: collect("pos", name="kw", other=1))
report(lambda: collect(name="kw"))

def only_pos(x, y, /):
    return x - y

report(lambda: only_pos(5, 3))
report(lambda: only_pos(x=5, y=3))
report(lambda: only_pos(*[9, 4]))

class Vec:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def scaled(self, k, /):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

report(lambda: Vec(1, 2).scaled(3))
report(lambda: Vec(x=1, y=2))
report(lambda: Vec(1, 2).scaled(k=3))

# built-ins with positional-only parameters
report(lambda: len(obj=[1]))
report(lambda: divmod(7, 2))
report(lambda: abs(x=-1))

print(mixed.__code__.co_posonlyargcount, mixed.__code__.co_argcount, mixed.__code__.co_kwonlyargcount)
print(power.__defaults__, mixed.__defaults__, mixed.__kwdefaults__)
