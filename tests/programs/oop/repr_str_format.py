# __repr__, __str__ and __format__: conversions in f-strings, format specs, fallbacks and errors.
class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"{self.amount:g}{self.cur[0]}"
        if spec.endswith("c"):
            return f"{int(self.amount * 100):{spec[:-1]}d}c"
        return format(self.amount, spec) + " " + self.cur

m = Money(12.5)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>10.1f}|{m:08c}|{m:c}")
print("{0} {0!r} {0:short} {1:^12}".format(m, "mid"))
print(format(m, ",.3f"), format(m), "%s / %r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

class OnlyStr:
    def __str__(self):
        return "only-str"

o = OnlyRepr()
print(str(o), repr(o), f"{o}", format(o, ""), [o])
s = OnlyStr()
print(str(s), f"{s}", format(s, ""))
print(repr(s).startswith("<__main__.OnlyStr object at "))
for obj in (o, s):
    try:
        format(obj, "10")
    except TypeError as e:
        print(type(e).__name__, e)

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return None
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

class Temp(float):
    def __format__(self, spec):
        if spec.endswith("K"):
            return format(float(self) + 273.15, spec[:-1]) + "K"
        return super().__format__(spec) + "C"

t = Temp(21.5)
print(f"{t}|{t:.1f}|{t:.2fK}|{t:>8}|{t:e}", repr(t), str(t))

class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Nested({self.items!r})"
print(Nested([Money(1), Nested([])]), str(Nested("x")))
print(ascii(Money(3, "€")), repr("caf\u00e9"), f"{'x'!a}")
