# Explicit two-argument super(), super() in classmethods, cooperative __init__ with keyword arguments.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = sorted(kw)

    def who(self):
        return "Base.who"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

class Left(Base):
    def __init__(self, left=1, **kw):
        super().__init__(**kw)
        self.log.append(f"Left({left})")

    def who(self):
        return "Left>" + super(Left, self).who()

    @classmethod
    def make(cls):
        return "Left>" + super().make()

class Right(Base):
    def __init__(self, right=2, **kw):
        super().__init__(**kw)
        self.log.append(f"Right({right})")

    def who(self):
        return "Right>" + super().who()

class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")

    def who(self):
        return "Both>" + super().who()

b = Both(left=10, right=20, colour="red")
print(b.log, b.extra)
print(b.who())
print(Both.make(), Left.make())
print(super(Left, b).who())
print(super(Right, b).who())
print(super(Both, Both).make())
s = super(Left, b)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)

class Counter:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

c = Counter()
c.a = 5
c.b = "x"
object.__setattr__(c, "c", 7)
print(c.a, c.b, c.c, sorted(vars(c)))

class Unrelated:
    pass
try:
    super(Unrelated, b)
except TypeError as e:
    print(type(e).__name__, e)

def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
