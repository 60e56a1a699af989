# Strings as dict keys and in sets (sorted before printing), hash equality, and identity-free checks.
keys = ["alpha", "beta", "gamma", "alpha", "delta", "beta"]
seen = set()
order = []
for k in keys:
    if k not in seen:
        seen.add(k)
        order.append(k)
print(order, sorted(seen), len(seen))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), "abc" == "".join(["a", "b", "c"]))
index = {}
for i, w in enumerate("one two three two one four".split()):
    index.setdefault(w, []).append(i)
print(index)
print(sorted({"x", "y", "z"} | {"w"}), sorted(set("hello")), sorted(frozenset("world")))
