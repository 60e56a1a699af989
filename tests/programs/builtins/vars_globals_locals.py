# globals(), locals() and vars(): read module and function namespaces (sorted, filtered).
alpha = 1
beta = "two"
def f(x, y=2):
    z = x + y
    return sorted(locals().items())
print(f(1))
g = globals()
print([k for k in sorted(g) if not k.startswith("__")])
print(g["alpha"], g["beta"], "f" in g, g["__name__"])
g["gamma"] = 3
print(gamma)
def h():
    inner = "value"
    return sorted(vars())
print(h())
print(sorted(k for k in vars() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
