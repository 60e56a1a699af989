# __format__ and attribute fields in str.format and f-strings.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

m = Money(123456)
print(str(m), f"{m}", f"[{m:>12}]", f"[{m:*<12}]", "{:^14}".format(m))
p = Point(3, 4)
print("{0.x},{0.y}".format(p), "{p.x}-{p.y}".format(p=p), "{0.x:>4}|".format(p), f"{p.x:03d}")
