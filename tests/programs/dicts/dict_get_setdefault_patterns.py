# Idioms: get with default, setdefault for grouping, pop with default, dict as switch table.
scores = {"ann": [90, 85], "bob": [70]}
scores.setdefault("cy", []).append(60)
scores.setdefault("ann", []).append(100)
print(scores)
print({k: sum(v) / len(v) for k, v in scores.items()})
print(scores.get("dan", "absent"), scores.pop("dan", None), scores.pop("bob"), scores)
def dispatch(op, a, b):
    table = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b}
    return table.get(op, lambda: f"unknown op {op}")()
print(dispatch("add", 2, 3), dispatch("mul", 4, 5), dispatch("pow", 2, 3))
counts = {}
for ch in "hello world":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
nested = {}
for path, value in [("a.b", 1), ("a.c", 2), ("d", 3)]:
    keys = path.split(".")
    node = nested
    for k in keys[:-1]:
        node = node.setdefault(k, {})
    node[keys[-1]] = value
print(nested)
