# Subclassing list and dict: which overridden methods the built-in operations do (and don't) call.
class LoggingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []
    def append(self, x):
        self.log.append(f"append {x!r}")
        super().append(x)
    def __getitem__(self, i):
        self.log.append(f"get {i!r}")
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        self.log.append(f"set {i!r}")
        super().__setitem__(i, v)

ll = LoggingList([3, 1, 2])
ll.append(4)
ll.extend([5])
ll += [6]
ll[0] = 30
x = ll[1]
print(ll, len(ll), sorted(ll), ll.log)
print(type(ll).__name__, type(ll + [1]).__name__, type(ll[1:3]).__name__, type(ll * 2).__name__)
print(ll == [30, 1, 2, 4, 5, 6], isinstance(ll, list), list(reversed(ll))[:2], ll.log[-1])
ll.sort()
print(ll, 4 in ll, ll.index(5), ll.count(1))

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
    @property
    def empty(self):
        return not self

s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s.empty, Stack([]).empty, repr(Stack("ab")))

class DefaultDict(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value

d = DefaultDict(a=1)
print(d["a"], d["hello"], d.get("zz"), "zz" in d, sorted(d.items()))

class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

u = UpperDict()
u["x"] = 1
u.update(y=2)
u.setdefault("z", 3)
print(sorted(u.items()), type(u.copy()).__name__, type(u | {}).__name__)
print(UpperDict({"q": 1}), dict(u) == u, isinstance(u, dict))

class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self[item] = self.get(item, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))
c = Counter("mississippi")
print(sorted(c.items()), c.most(), len(c), list(c.keys()))
print(c == {"m": 1, "i": 4, "s": 4, "p": 2}, c.pop("m"), sorted(c))

class Frozen(list):
    def __setitem__(self, *a):
        raise TypeError("frozen list")
    append = __setitem__
fr = Frozen([1])
for action in (lambda: fr.__setitem__(0, 1), lambda: fr.append(2)):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
fr.insert(0, 0)
print(fr)
