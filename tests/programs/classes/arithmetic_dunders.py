# Operator overloading: __add__, __sub__, __mul__, __rmul__, __neg__, __abs__, __bool__, __radd__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b), bool(Vec(0, 0)), bool(a))
print(sum([a, b, Vec(10, 10)]), a == Vec(1, 2), a != b)
v = Vec(1, 1)
v += Vec(1, 0)
print(v)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
