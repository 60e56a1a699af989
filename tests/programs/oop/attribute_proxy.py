# Delegating proxies built from __getattr__/__setattr__, with recursion avoided via object methods.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self.balance

acc = Account("bob", 10)
p = Proxy(acc)
print(p.owner, p.deposit(5), p.balance)
p.balance = 100
p.note = "vip"
print(acc.balance, acc.note, "note" in vars(p))
del p.note
print(hasattr(acc, "note"), p._log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only ({name})")
    __delattr__ = __setattr__

r = ReadOnly(a=1, b=2)
print(r.a, r.b, sorted(r.__dict__))
for action in (lambda: setattr(r, "a", 5), lambda: delattr(r, "b")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
r.__dict__["c"] = 3
print(r.c)

class Record:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __dir__(self):
        return sorted(self._data)

rec = Record({"x": 1, "y": [2, 3]})
print(rec.x, rec.y, dir(rec), getattr(rec, "z", None))
try:
    rec.z
except AttributeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __repr__(self):
        return "/".join(self.path) or "<root>"
print(Chain().api.v1.users, Chain())
