# copy.copy vs copy.deepcopy over builtin containers, immutables and a settings example.
import copy

original = {"name": "cfg", "tags": ["a", "b"], "limits": {"cpu": 2, "mem": [512, 1024]}, "pair": (1, [2])}
shallow = copy.copy(original)
deep = copy.deepcopy(original)

shallow["name"] = "changed"
shallow["tags"].append("c")
deep["limits"]["mem"].append(2048)
deep["pair"][1].append(3)
print("original:", original)
print("shallow:", shallow)
print("deep:", deep)
print("identity:", shallow["tags"] is original["tags"], deep["tags"] is original["tags"], deep["pair"] is original["pair"])

# immutables are returned as is
for obj in [42, "text", (1, 2), frozenset({1}), None, 3.5, b"raw", range(3)]:
    print(f"{type(obj).__name__:<9} copy is same: {copy.copy(obj) is obj} deepcopy is same: {copy.deepcopy(obj) is obj}")
t = (1, [2])
print("tuple with mutable deepcopied:", copy.deepcopy(t) is t, copy.deepcopy(t) == t)

lst = [[0] * 3] * 3
lst[0][0] = 1
print("aliasing trap:", lst)
grid = [[0] * 3 for _ in range(3)]
g2 = copy.deepcopy(grid)
g2[1][1] = 5
print("grid:", grid, "g2:", g2)
s2 = copy.copy(grid)
s2[0][0] = 9
s2.append("new row")
print("after shallow edits:", grid, len(grid), len(s2))

# sets, bytearrays, and dict subclasses
st = {1, 2, 3}
st2 = copy.copy(st)
st2.add(4)
print("set copy:", sorted(st), sorted(st2))
ba = bytearray(b"abc")
ba2 = copy.deepcopy(ba)
ba2[0] = ord("z")
print("bytearray:", ba, ba2)

class Settings(dict):
    pass
cfg = Settings(theme="dark", plugins=["git"])
cfg.version = 3
cfg2 = copy.deepcopy(cfg)
cfg2["plugins"].append("lint")
print("dict subclass:", type(cfg2).__name__, dict(cfg), dict(cfg2), cfg2.version)

def f():
    return "fn"
print("functions/classes are not copied:", copy.deepcopy(f) is f, copy.copy(Settings) is Settings)
print("list.copy vs slice:", original["tags"].copy() == original["tags"][:])
print("dict.copy shares values:", original.copy()["tags"] is original["tags"])
print("copy.Error exists:", issubclass(copy.Error, Exception))
