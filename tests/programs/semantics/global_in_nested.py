# global statements in nested functions and at different depths.
counter = 0
created_later = None

def bump():
    global counter
    counter += 1
    return counter

def outer():
    counter = "local to outer"
    def inner():
        global counter
        counter += 100
        return counter
    result = inner()
    return counter, result

print(bump(), bump())
print(outer())
print(counter)

def define_global():
    def deep():
        global brand_new, created_later
        brand_new = "made inside deep"
        created_later = [1, 2]
    deep()

define_global()
print(brand_new, created_later)

def reader():
    return counter * 2    # reads the global without a declaration

print(reader())

def mixed():
    global counter
    def nested():
        return counter    # nested function sees the global, not a local of mixed
    counter = -1
    return nested()

print(mixed(), counter)

x = "global x"
def enclosing():
    x = "enclosing x"
    def uses_global():
        global x
        return x
    def uses_enclosing():
        return x
    return uses_global(), uses_enclosing()
print(enclosing())

def modify_dict():
    registry["k"] = "v"    # mutating a global needs no declaration
registry = {}
modify_dict()
print(registry)

def delete_global():
    global brand_new
    del brand_new
delete_global()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)

def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total, "total" in globals(), sorted(k for k in globals() if k.startswith("c")))
