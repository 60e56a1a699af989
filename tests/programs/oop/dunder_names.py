# __class__, __dict__, __name__, __qualname__, __module__, __doc__ of classes, methods and functions.
class Outer:
    """Outer docstring."""
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def method(self):
        """A method."""
        return self.__class__

o = Outer()
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__)
print(o.method() is Outer, o.__class__.__name__, Outer.method.__doc__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print("__doc__" in Outer.__dict__, type(Outer.__dict__).__name__)
o.x = 1
print(o.__dict__, vars(o) is o.__dict__)
o.__dict__["y"] = 2
print(o.y)
def f():
    "f doc"
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
class NoDoc: pass
print(NoDoc.__doc__, NoDoc().__module__)
