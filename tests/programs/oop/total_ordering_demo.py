# functools.total_ordering fills in the missing comparison methods from __eq__ and one ordering method.
from functools import total_ordering

@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.letter == other.letter
    def __lt__(self, other):
        if not isinstance(other, Grade):
            return NotImplemented
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __hash__(self):
        return hash(self.letter)
    def __repr__(self):
        return f"Grade({self.letter})"

a, b, c = Grade("A"), Grade("C"), Grade("C")
print(a > b, a >= b, b <= c, b < c, b >= c, a <= b, a != b)
print(sorted([Grade(x) for x in "CAFDB"]), max(Grade("D"), Grade("B")))
print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in Grade.__dict__))
print(Grade.__le__.__name__, Grade.__gt__.__qualname__.split(".")[0])
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class Length:
    def __init__(self, m):
        self.m = m
    def __eq__(self, o):
        return self.m == (o.m if isinstance(o, Length) else o)
    def __gt__(self, o):
        return self.m > (o.m if isinstance(o, Length) else o)
    def __repr__(self):
        return f"{self.m}m"

print(Length(3) < Length(4), Length(3) <= 3, Length(5) >= 7, 2 < Length(3), 4 >= Length(4))
print(sorted([Length(3), Length(1), Length(2)]), sorted([3, 1, 2], key=Length))

try:
    @total_ordering
    class NoOrder:
        def __eq__(self, o):
            return True
except ValueError as e:
    print(type(e).__name__, e)

@total_ordering
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __str__(self):
        return ".".join(map(str, self.parts))
vs = [Ver(1, 10), Ver(1, 2), Ver(0, 9, 9), Ver(1, 2, 1)]
print([str(v) for v in sorted(vs)], str(max(vs)), Ver(1) > Ver(0, 5), Ver(2) < Ver(2))
