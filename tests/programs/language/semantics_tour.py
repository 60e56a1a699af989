import sys
def f():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("finally", i)
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Suppress():
    raise ValueError("x")
print("after")
def g():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield f"caught {e!r}"
    finally:
        print("gen closed")
it = g(); print(next(it), it.throw(KeyError("k"))); it.close()
async def co(x):
    return x * 2
async def main():
    v = await co(21)
    return v
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result", e.value)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw); Base.registry.append(cls.__name__)
class Child(Base): pass
print(Base.registry)
class Slotted:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.b = 2
except AttributeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner): return f"desc {self.name}"
class H:
    d = Desc()
    def __getattr__(self, name): return f"dyn {name}"
print(H().d, H().zzz)
def deco(cls): cls.tag = "decorated"; return cls
@deco
class K: pass
print(K.tag)
first, *middle, last = range(6); print(first, middle, last)
x = 5; del x
try: print(x)
except NameError as e: print(e)
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__)
print(sys.exit.__name__)
sys.exit("bye")
