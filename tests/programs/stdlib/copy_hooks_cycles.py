# copy: deepcopy of cyclic structures and objects, and the __copy__/__deepcopy__ hooks.
import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print("cycle preserved:", b[2] is b, b[2] is not a, b[:2])

d = {"name": "root"}
d["self"] = d
d["children"] = [{"parent": d}]
d2 = copy.deepcopy(d)
print("dict cycle:", d2["self"] is d2, d2["children"][0]["parent"] is d2, d2 is not d)

shared = [0]
container = {"x": shared, "y": shared}
c2 = copy.deepcopy(container)
print("sharing kept:", c2["x"] is c2["y"], c2["x"] is not shared)

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print("object cycle:", m1.next.next is m1, m1.value, m1.next.value, m1 is not n1)
s1 = copy.copy(n1)
print("shallow object:", s1 is not n1, s1.next is n2)

class Tracked:
    log = []
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Tracked.log.append("copy")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        Tracked.log.append(f"deepcopy memo={type(memo).__name__}")
        return Tracked(copy.deepcopy(self.data, memo))

t = Tracked([1, [2, 3]])
tc = copy.copy(t)
td = copy.deepcopy(t)
print("hooks:", Tracked.log)
print("shallow shares data:", tc.data is t.data, "deep copies data:", td.data is not t.data, td.data == t.data)
nested = copy.deepcopy({"k": [t, t]})
print("memo reuses copy:", nested["k"][0] is nested["k"][1], Tracked.log[-1])
class Config:
    def __init__(self):
        self.settings = {"debug": False}
        self.cache = {"big": list(range(3))}
    def __deepcopy__(self, memo):
        new = Config.__new__(Config)
        memo[id(self)] = new
        new.settings = copy.deepcopy(self.settings, memo)
        new.cache = {}
        return new
cfg = Config()
cfg2 = copy.deepcopy(cfg)
cfg2.settings["debug"] = True
print("config:", cfg.settings, cfg2.settings, cfg2.cache)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
s = Slotted([1], [2])
sc = copy.deepcopy(s)
print("slots:", sc.a, sc.b, sc.a is not s.a)
class WithState:
    def __init__(self):
        self.items = [1, 2]
        self.handle = "open"
    def __getstate__(self):
        return {"items": self.items}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = "reopened"
w = copy.deepcopy(WithState())
print("getstate/setstate:", w.items, w.handle)
