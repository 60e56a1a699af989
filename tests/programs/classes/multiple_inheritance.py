# Multiple inheritance and the MRO; cooperative super() calls.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def hello(self):
        return "Child>" + super().hello()

c = Child()
print(c.log)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
class Mixin:
    def tag(self):
        return f"<{type(self).__name__}>"
class Tagged(Mixin, Left):
    pass
t = Tagged()
print(t.tag(), t.hello(), t.log)
