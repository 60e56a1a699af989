# Class attributes vs instance attributes: shadowing, shared mutable state, deletion, lookup order.
class Config:
    level = 1
    tags = []
    label = "default"

    def add(self, tag):
        self.tags.append(tag)

    def set_label(self, label):
        self.label = label

a = Config()
b = Config()
a.add("x")
b.add("y")
print(a.tags, b.tags, Config.tags, a.tags is b.tags)
a.set_label("mine")
print(a.label, b.label, Config.label)
print(sorted(vars(a)), sorted(vars(b)))
Config.label = "changed"
print(a.label, b.label)
del a.label
print(a.label)
try:
    del a.label
except AttributeError as e:
    print(type(e).__name__, e)
a.level += 5
print(a.level, b.level, Config.level)
Config.level = 100
print(a.level, b.level)
a.tags = a.tags + ["z"]
print(a.tags, b.tags)
print("level" in Config.__dict__, "level" in a.__dict__, "level" in b.__dict__)

class Sub(Config):
    level = 2

s = Sub()
print(s.level, s.label, Sub.tags is Config.tags)
Sub.new_attr = "added later"
print(s.new_attr, hasattr(a, "new_attr"))
del Sub.level
print(s.level)
try:
    del Sub.level
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s.missing)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Sub.missing)
except AttributeError as e:
    print(type(e).__name__, e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

objs = [Counter() for _ in range(4)]
print([o.id for o in objs], Counter.count, objs[0].count)
print(getattr(Counter, "count"), getattr(objs[1], "id"), getattr(objs[1], "nothing", "fallback"))
