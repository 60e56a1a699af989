# Class attributes shared vs instance attributes shadowing them; methods stored in classes.
class Config:
    defaults = {"color": "blue"}
    items = []
    count = 0

    def __init__(self):
        self.items = list(Config.items)
        Config.count += 1

    def add(self, item):
        self.items.append(item)

a = Config()
b = Config()
a.add("x")
Config.items.append("shared")
c = Config()
print(a.items, b.items, c.items, Config.count)
a.defaults["size"] = 3
print(b.defaults, Config.defaults)
a.count = 100
print(a.count, b.count, Config.count)
del a.count
print(a.count)
def outside(self):
    return "method added later: " + str(len(self.items))
Config.describe = outside
print(a.describe(), c.describe())
print(Config.__name__, sorted(k for k in vars(Config) if not k.startswith("__")))
