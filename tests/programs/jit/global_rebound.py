# Globals and builtins that compiled code has taken as constants are rebound, shadowed and
# deleted while that code is in use.
SCALE = 2

def scaled(values):
    out = []
    for v in values:
        out.append(v * SCALE + len(out))
    return out

for _ in range(300):
    scaled([1, 2, 3])
print(scaled([1, 2, 3]))
SCALE = 10
print(scaled([1, 2, 3]))

def len(x):
    return 100

print(scaled([1, 2, 3]))
del len
print(scaled([1, 2, 3]))

def rebinding_loop(n):
    global SCALE
    seen = []
    for i in range(n):
        SCALE = i
        seen.append(scaled([1])[0])
    return seen

print(rebinding_loop(8))

def missing_global():
    return UNDEFINED + 1

for i in range(3):
    try:
        missing_global()
    except NameError as e:
        print(e)
UNDEFINED = 41
print(missing_global())
del UNDEFINED
try:
    missing_global()
except NameError as e:
    print(e)
