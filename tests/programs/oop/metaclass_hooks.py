# Metaclasses: __new__, __init__, __call__ and __prepare__, registering and validating classes.
class Meta(type):
    log = []

    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        Meta.log.append(f"prepare {name} {sorted(kwargs)}")
        return {"prepared": True}

    def __new__(mcs, name, bases, namespace, **kwargs):
        Meta.log.append(f"new {name} {sorted(k for k in namespace if not k.startswith('__'))}")
        cls = super().__new__(mcs, name, bases, namespace)
        cls.tag = kwargs.get("tag", "none")
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        Meta.log.append(f"init {name}")
        super().__init__(name, bases, namespace)

    def __call__(cls, *args):
        Meta.log.append(f"call {cls.__name__} {args}")
        return super().__call__(*args)

class Base(metaclass=Meta, tag="base"):
    def __init__(self, v=0):
        self.v = v

class Child(Base):
    extra = 1

c = Child(7)
print(c.v, Child.tag, Base.tag, Child.prepared, type(Child).__name__)
for line in Meta.log:
    print(line)

class Upper(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})

class Shout(metaclass=Upper):
    hello = "world"
print(Shout.HELLO, hasattr(Shout, "hello"))
