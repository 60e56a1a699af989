# Arithmetic operator methods on a 2-D vector: binary, unary, reflected and in-place forms.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, n, mod=None):
        if mod is None:
            return V(self.x ** n, self.y ** n)
        return V(pow(self.x, n, mod), pow(self.y, n, mod))
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return V(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)

a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b)
print(a + 1, 1 + a, 0.5 + b)
print(a / 2, a // 2, a % 2, divmod(a, 2))
print(a ** 2, pow(a, 3, 5), -a, +a, abs(a), ~a)
print(a << 2, V(16, 9) >> 1, a & b, a | b, a ^ b)
print(sum([a, b, V(10, 10)]))
c = a
c += b
print(c, a, c is a)
c *= 3
print(c)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
