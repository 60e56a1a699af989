# f-strings with nested replacement fields inside format specs.
value = 3.14159265
for width in (8, 12):
    for prec in (2, 4):
        print(f"[{value:{width}.{prec}f}]", end=" ")
print()

for align in "<^>":
    print(f"|{'mid':{align}9}|", f"|{'mid':*{align}9}|", f"|{42:{'0' if align == '>' else ' '}{align}6}|")

fill, width, prec, kind = "_", 14, 3, "e"
print(f"{123456.789:{fill}>{width}.{prec}{kind}}")
print(f"{123456.789:{fill}^{width},.{prec - 1}f}")
spec = "+08.2f"
print(f"{value:{spec}}", f"{-value:{spec}}")

table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.0)]
name_w = max(len(n) for n, _, _ in table)
for name, qty, price in table:
    print(f"{name:<{name_w}} | {qty:>{3}d} | {price:>{6}.{2}f} | {qty * price:>{8}.2f}")

n = 255
for base, prefix in (("b", "#"), ("o", "#"), ("x", "#"), ("X", "")):
    print(f"{n:{prefix}{base}}", f"{n:{prefix}012{base}}", end=" ; ")
print()
print(f"{1234567:,}", f"{1234567:_}", f"{0.000123:.2%}", f"{-42:=+8d}", f"{42: d}")
print(f"{'abc':.{2}}", f"{'truncated':>10.{4}}", f"{12:{'^'}{7}}")

# nested fields inside expressions with dicts, indexing, calls
config = {"w": 10, "p": 1}
nums = [1.25, 22.5, 333.75]
print(" ".join(f"{x:{config['w']}.{config['p']}f}" for x in nums))
print(f"{'-' * 5:{'>'}{10}}", f"{sum(nums):{'.3f'}}")
import datetime
d = datetime.date(2024, 3, 9)
fmt = "%Y/%m/%d"
print(f"{d:{fmt}}", f"{d:%d %b %Y}", f"{d.year}-{d.month:02}-{d.day:02}")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        amount = f"{self.cents / 100:.2f}"
        return f"${amount:{spec}}" if spec else f"${amount}"
m = Money(123456)
print(f"{m}", f"[{m:>12}]", f"[{m:{'<'}{12}}]")
print(format(m, "^14"), "{:>10}".format(m))
print(f"{{literal}} {{{value:.1f}}} {'{'}nested{'}'}")
