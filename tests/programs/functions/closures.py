# Closures: cells shared between inner functions, late binding, nonlocal counters.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get

inc, get = make_counter(10)
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def make_adders():
    adders = []
    for i in range(4):
        adders.append(lambda x: x + i)
    return adders

print([a(10) for a in make_adders()])

def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(4)]

print([a(10) for a in make_adders_bound()])

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()

print(outer()())

def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

acc = accumulator()
for v in [1, 2, 3, 4]:
    print(acc(v), end=" ")
print()

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

print(compose(str, lambda v: v * 2, abs)(-21))

def cell_after_def():
    def show():
        return value
    value = "assigned later"
    return show()

print(cell_after_def())
