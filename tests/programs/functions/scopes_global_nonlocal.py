# global and nonlocal declarations, shadowing, and UnboundLocalError.
x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

def write_global():
    global x
    x = "rewritten"

print(read_global(), shadow(), x)
write_global()
print(x)

def nested():
    y = 1
    def bump():
        nonlocal y
        y += 10
    bump()
    bump()
    return y

print(nested())

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 5
    return z

print(unbound())

def uses_global_counter():
    global counter
    counter = counter + 1 if "counter" in globals() else 1
    return counter

print(uses_global_counter(), uses_global_counter(), counter)

def levels():
    a = 1
    def l2():
        b = 2
        def l3():
            nonlocal b
            b += a
            return a + b
        return l3() + b
    return l2()

print(levels())
