# __name__, __qualname__, __module__ and __doc__ for nested classes, methods, local functions and lambdas.
class Outer:
    """Outer docstring."""
    class Inner:
        class Deep:
            def method(self):
                def local():
                    return None
                return local
        def method(self):
            """Inner method doc."""
            return None
    def method(self):
        return lambda: None
    @staticmethod
    def smethod():
        pass
    @classmethod
    def cmethod(cls):
        pass
    @property
    def prop(self):
        return 1

def factory():
    class Made:
        def go(self):
            pass
    return Made

for obj in (Outer, Outer.Inner, Outer.Inner.Deep, Outer.method, Outer.Inner.method,
            Outer.Inner.Deep().method(), Outer().method(), Outer.smethod, Outer.cmethod,
            Outer.prop.fget, factory, factory(), factory().go):
    print(obj.__name__, "|", obj.__qualname__, "|", obj.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__, Outer.method.__doc__)
print(Outer().method.__name__, Outer().method.__qualname__, Outer.cmethod.__qualname__)
print(type(Outer()).__name__, type(Outer.Inner()).__qualname__, Outer().__class__ is Outer)
print(int.__name__, int.__qualname__, int.__module__, len.__name__, len.__module__, str.upper.__qualname__)

class Doc:
    "single quoted doc"
    x = 1
print(Doc.__doc__, repr(Doc().__doc__), type(None).__doc__ is not None)

class NoDoc:
    def f(self):
        x = "not a docstring"
print(NoDoc.__doc__, NoDoc.f.__doc__)

def renamed():
    pass
renamed.__name__ = "new_name"
renamed.__qualname__ = "Some.new_name"
print(renamed.__name__, renamed.__qualname__)
Outer.Inner.__qualname__ = "Changed"
print(Outer.Inner.__name__, Outer.Inner.__qualname__, repr(Outer.Inner))
print(repr(Outer.Inner.Deep), repr(factory()))

class UsesClassCell:
    def who(self):
        return __class__.__qualname__
class Derived(UsesClassCell):
    pass
print(Derived().who(), UsesClassCell.who.__qualname__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print(sorted(k for k in Outer.__dict__ if k.startswith("__")))
