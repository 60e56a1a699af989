# nonlocal across several levels, closures capturing loop variables late, and the default-argument fix.
def counter_factory():
    count = 0
    def make_step(step):
        def bump():
            nonlocal count
            count += step
            return count
        return bump
    def read():
        return count
    return make_step, read

make_step, read = counter_factory()
one, ten = make_step(1), make_step(10)
print(one(), ten(), one(), read())

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
            return x
        inner()
        return x
    return middle(), x
print(outer())

total = 0
def add_global(n):
    global total
    def nested():
        global total
        total += n
    nested()
    return total
print(add_global(5), add_global(6), total)

def accumulators():
    fns = []
    for name in ["a", "b"]:
        def make(name=name):
            data = []
            def add(x):
                data.append(x)
                return f"{name}:{data}"
            return add
        fns.append(make())
    return fns
a, b = accumulators()
print(a(1), a(2), b(3))
print(one.__closure__ is not None, len(one.__closure__), one.__code__.co_freevars if hasattr(one, "__code__") else "")
