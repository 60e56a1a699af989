# f-strings: nested format specs, conversions !r !s !a, the = specifier, and format() of objects.
import math
name = "Zoë"
width = 10
value = 3.14159
print(f"{name!r} {name!s} {name!a}")
print(f"[{name:>{width}}] [{name:^{width}}] [{name:*<{width}}]")
print(f"{value:.{2}f} {value:{width}.3f} {value:e} {value:%}")
print(f"{value=} {width = } {name=!s} {value=:.1f}")
print(f"{1234567:,} {1234567:_} {255:#x} {255:08b} {-42:+d} {42: d}")
print(f"{'nested ' + f'{width * 2}'}", f"{{literal}}", f"{'a' 'b'}")
items = {"k": [1, 2]}
print(f"{items['k'][1]} {len(items)} {math.pi:.3}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m} {m:short} {m:.1f} {m!r}", format(m, "short"))
print(f"{3 if value > 3 else 4}", f"{'yes' if name else 'no'}", f"{[x * 2 for x in range(3)]}")
print(f"{None} {True:d} {3.0:g} {1e20:g} {0.00001:g}")
