# Mutually recursive functions and recursion over nested data.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(i) for i in range(8)], is_odd(301))

def total(data):
    if isinstance(data, (int, float)):
        return data
    if isinstance(data, dict):
        return sum(total(v) for v in data.values())
    if isinstance(data, (list, tuple)):
        return sum(total(v) for v in data)
    return 0

tree = {"a": [1, 2, {"b": 3.5}], "c": (4, [5, [6]]), "d": "ignored", "e": {}}
print(total(tree))

def render(data, indent=0):
    pad = "  " * indent
    if isinstance(data, dict):
        for k, v in data.items():
            print(pad + str(k) + ":")
            render(v, indent + 1)
    elif isinstance(data, (list, tuple)):
        for v in data:
            render(v, indent + 1)
    else:
        print(pad + repr(data))

render(tree)
