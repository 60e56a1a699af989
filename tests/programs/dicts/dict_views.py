# Dict views are live; keys and items views support set operations.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(list(k), len(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 99)}), k == {"b", "c", "d"}, k.isdisjoint({"x"}))
for key in d.keys():
    print(key, end=" ")
print()
for value in d.values():
    print(value, end=" ")
print()
for key, value in d.items():
    print(f"{key}={value}", end=" ")
print()
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
