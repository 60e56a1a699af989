# __bool__ and __len__ decide truthiness; __bool__ wins; bad return values raise TypeError/ValueError.
class Empty:
    pass

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b

class Both:
    def __bool__(self):
        print("  Both.__bool__ called")
        return True
    def __len__(self):
        print("  Both.__len__ called")
        return 0

print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(WithBool(False)), bool(WithBool(True)))
print(bool(Both()))
print(len(WithLen(5)), not WithLen(0), not WithBool(True))
for obj in (WithLen(0), WithLen(2), WithBool(False)):
    if obj:
        print(type(obj).__name__, "truthy")
    else:
        print(type(obj).__name__, "falsy")
r = WithBool(False) or WithBool(True)
print(WithLen(0) or "fallback", WithLen(1) and "second", type(r).__name__, r.b)
print([type(x).__name__ for x in filter(None, [WithLen(0), WithLen(1), WithBool(True), WithBool(False)])])
print(any([WithLen(0), WithBool(False)]), all([WithLen(1), WithBool(True)]))
n = 0
w = WithLen(3)
while w:
    n += 1
    w.n -= 1
print("loops", n)
print("yes" if WithBool(True) else "no", "yes" if WithLen(0) else "no")

for bad in (WithBool(1), WithBool("x"), WithBool(None)):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (WithLen(-1), WithLen("3"), WithLen(2.5)):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(WithLen(-2))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Empty())
except TypeError as e:
    print(type(e).__name__, e)

class Sub(WithBool):
    __bool__ = None
try:
    bool(Sub(True))
except TypeError as e:
    print(type(e).__name__, e)
