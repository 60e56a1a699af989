# Dispatching on values with if/elif chains and dict lookups instead of match statements.
def describe(value):
    if value is None:
        return "nothing"
    elif isinstance(value, bool):
        return "a boolean " + str(value).lower()
    elif isinstance(value, int):
        if value < 0:
            return "a negative int"
        elif value == 0:
            return "zero"
        return "a positive int"
    elif isinstance(value, float):
        return "a float"
    elif isinstance(value, str):
        return f"a string of length {len(value)}"
    elif isinstance(value, (list, tuple)):
        if not value:
            return "an empty sequence"
        return f"a sequence starting with {describe(value[0])}"
    elif isinstance(value, dict):
        return f"a dict with keys {sorted(value)}"
    return "something else"

for v in [None, True, -3, 0, 9, 2.5, "hey", [], (1, 2), [[None]], {"b": 1, "a": 2}, {1, 2}]:
    print(repr(v), "->", describe(v))
