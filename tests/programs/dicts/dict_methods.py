# Every dict method, and insertion order preserved through updates and deletions.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
print(d.pop("b"), d, d.pop("zz", "default"))
d["b"] = 200
print(d)
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d.update({"a": 10, "x": 5})
d.update([("y", 6)], z=7)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["only_e"] = True
print(d, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
del d["a"]
print(d)
d.clear()
print(d, len(d))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del d["gone"]
except KeyError as e:
    print("KeyError:", e)
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "z"})
f = {"k": 1}
f |= {"k": 2, "m": 3}
print(f)
print(d == {}, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
